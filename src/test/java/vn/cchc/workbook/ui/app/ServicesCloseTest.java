package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.store.H2StoreAccess;

/**
 * The window closed while the store still opens (a first start creating it, or an upgrade): closing lets the open
 * finish and closes what it opened, so that the next start finds the store free rather than held by a store nobody
 * closes.
 */
class ServicesCloseTest {

    @Test
    void closingWhileTheStoreOpensReleasesItForTheNextStart(@TempDir Path dataDir) throws IOException {
        AppServices first = AppServices.start(dataDir, new H2StoreAccess());
        first.openStore();
        first.close();
        assertThat(first.storeFuture()).as("the open finished before close returned").isDone();

        AppServices next = AppServices.start(dataDir, new H2StoreAccess());
        next.openStore();
        try {
            WorkbookStore store = next.storeFuture().join();
            assertThat(store.listAssessments()).isEmpty();
        } finally {
            next.close();
        }
    }
}
