package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

/** The program was killed with an edit not written to any file: the next start offers to continue with it. */
class ContinueAfterCrashTest extends AppWindowTest {

    private String assessmentId;
    private Entry typedBeforeTheCrash;

    @Override
    protected void prepareDataDir(Path dir) {
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment sample = BundledData.sampleAssessment();
            store.createAssessment(sample);
            EditSession session = new EditSession(store, sample);
            String code = sample.entries().keySet().iterator().next();
            typedBeforeTheCrash = sample.entry(code).withAppraisalOpinion("Gõ trước khi máy tắt đột ngột");
            session.apply(typedBeforeTheCrash);
            session.requireWritten();
            assessmentId = sample.id();
        }
        AppSettings.load(dir).setLastAssessment(assessmentId);
    }

    @Test
    void offersToContinueWhereTheClerkStoppedAndOpensTheWorkbook(FxRobot robot) {
        waitUntil(() -> robot.lookup("Mở lại sổ").tryQuery().isPresent());
        H2WorkbookStore store = (H2WorkbookStore) services.store();
        assertThat(store.assessmentReads()).as("the store's opening check only: the question needs no read")
                .isEqualTo(1);
        robot.clickOn("Mở lại sổ");
        waitForWorkbook();
        waitUntil(() -> !window.actions().isRefreshingRecent());
        assertThat(store.assessmentReads()).as("read once more, to open it; the start list kept its figures")
                .isEqualTo(2);

        assertThat(session().assessment().id()).isEqualTo(assessmentId);
        assertThat(session().assessment().entry(typedBeforeTheCrash.code())).isEqualTo(typedBeforeTheCrash);
        assertThat(stage.getTitle()).startsWith("•");
        assertThat(session().canUndo()).isTrue();
    }
}
