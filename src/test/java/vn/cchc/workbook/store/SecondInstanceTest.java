package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;

/** A second copy of the program on the same store is turned away with a message; the store stays whole. */
class SecondInstanceTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void secondOpenWhileAnotherProcessHoldsTheStoreIsRefused() throws Exception {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
        }
        try (ChildJvm holder = ChildJvm.start(logs.resolve("holder.log"), "hold", dir.toString())) {
            assertThat(holder.readLine()).isEqualTo("OPEN 1");

            assertThatThrownBy(() -> H2WorkbookStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey())
                    .isEqualTo("store.open.inUse");
            assertThatThrownBy(() -> H2WorkbookStore.open(dir))
                    .hasMessageStartingWith("Dữ liệu “" + dir.resolve("workbook.mv.db").toAbsolutePath()
                            + "” đang được một cửa sổ khác của chương trình sử dụng.");

            holder.process().getOutputStream().close();
            assertThat(holder.readLine()).isEqualTo("CLOSED");
            assertThat(holder.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1")).contains(rich);
        }
    }
}
