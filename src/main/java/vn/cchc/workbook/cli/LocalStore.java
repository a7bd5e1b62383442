package vn.cchc.workbook.cli;

import vn.cchc.workbook.store.DataDirectory;
import vn.cchc.workbook.store.H2WorkbookStore;

/** Opens the local store in the folder of {@code --data-dir} (else the property, the variable, the OS default). */
final class LocalStore {

    private LocalStore() {
    }

    /** @throws vn.cchc.workbook.app.StoreException when the store cannot be opened (in use, newer version) */
    static H2WorkbookStore open(CchcCommand top) {
        return H2WorkbookStore.open(DataDirectory.resolve(top.dataDir().orElse(null)));
    }
}
