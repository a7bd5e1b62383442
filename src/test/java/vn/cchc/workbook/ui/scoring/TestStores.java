package vn.cchc.workbook.ui.scoring;

import java.nio.file.Path;

import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;

/** Opens the real H2 store in a test's temporary folder. */
final class TestStores {

    private TestStores() {
    }

    static WorkbookStore open(Path folder) {
        return H2WorkbookStore.open(folder);
    }
}
