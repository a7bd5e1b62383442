package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

/**
 * The kept figures stay as many as the stored workbooks: a deleted workbook's are forgotten at the next read, so a
 * list that lives as long as the window does not grow with every workbook ever deleted. Real H2 store.
 */
class StoredWorkbookListTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedWorkbooksFiguresAreForgottenAtTheNextRead() {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            for (int n = 1; n <= 3; n++) {
                store.createAssessment(BundledData.sampleAssessment().withId("w" + n));
            }
            StoredWorkbookList<String> list = new StoredWorkbookList<>(o -> o.isDamaged() ? o.damage() : "sound");
            assertThat(list.read(store)).extracting(StoredWorkbookList.Line::figures)
                    .containsExactly("sound", "sound", "sound");
            assertThat(list.keptCount()).isEqualTo(3);

            store.deleteAssessment("w2");
            store.deleteAssessment("w3");
            list.read(store);

            assertThat(list.keptCount()).isEqualTo(1);
            assertThat(list.workbooksChecked()).isEqualTo(3);
        }
    }
}
