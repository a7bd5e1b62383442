package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.app.EvidenceService;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.EvidenceSamples;

/**
 * "Lưu thành…" of a workbook with evidence asks whether the files go along (the last choice is the default), and
 * the notice after saving says what was saved; it never drops the files without a word.
 */
class SaveAsEvidenceWindowTest extends AppWindowTest {

    @TempDir
    Path folder;

    @Test
    void saveAsAsksFollowsTheLastChoiceAndSaysWhatWasSaved(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        String code = session().assessment().criteria().leaves().get(0).code();
        Path pdf = EvidenceSamples.write(folder, "Kế hoạch 30.pdf", EvidenceSamples.pdf("Kế hoạch 30"));
        EvidenceDocument attached = new EvidenceService(services.store()).attach(session().assessment(), pdf,
                new EvidenceDocument("30/KH-UBND", null, "Kế hoạch CCHC", ""));
        fx(() -> session().apply(session().assessment().entry(code).withEvidence(List.of(attached))));

        Path dataOnly = folder.resolve("chi-du-lieu.cchc");
        files.answers.add(dataOnly);
        fx(window.actions()::saveAs);
        waitUntil(() -> robot.lookup("Chỉ lưu dữ liệu").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").match((Label l) -> l.getText() != null
                && l.getText().contains("1 tệp minh chứng")).tryQuery()).isPresent();
        assertThat(defaultButton(robot)).isEqualTo("Lưu kèm minh chứng");
        robot.clickOn("Chỉ lưu dữ liệu");
        waitUntil(() -> Files.exists(dataOnly) && !window.model().unsavedProperty().get());
        assertThat(CchcFile.readManifest(dataOnly).hasEvidence()).isFalse();
        assertThat(window.actions().lastSaveNotice()).contains("chi-du-lieu.cchc",
                "chỉ có dữ liệu, không kèm 1 tệp minh chứng");
        assertThat(services.settings().saveAsWithEvidence()).isFalse();

        // The next "Lưu thành…" offers the last choice first; this time the evidence goes along.
        Path withEvidence = folder.resolve("kem-minh-chung.cchc");
        files.answers.add(withEvidence);
        fx(window.actions()::saveAs);
        waitUntil(() -> robot.lookup("Chỉ lưu dữ liệu").tryQuery().isPresent());
        assertThat(defaultButton(robot)).isEqualTo("Chỉ lưu dữ liệu");
        robot.clickOn("Lưu kèm minh chứng");
        waitUntil(() -> Files.exists(withEvidence) && window.actions().lastSaveNotice().contains("kem-minh-chung"));
        assertThat(CchcFile.readManifest(withEvidence).evidence()).singleElement()
                .satisfies(e -> assertThat(e.sha256()).isEqualTo(attached.file().sha256()));
        assertThat(window.actions().lastSaveNotice()).contains("kèm 1 tệp minh chứng");

        // Cancelling writes nothing.
        Path cancelled = folder.resolve("huy.cchc");
        files.answers.add(cancelled);
        fx(window.actions()::saveAs);
        waitUntil(() -> robot.lookup("Chỉ lưu dữ liệu").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Hủy".equals(b.getText()))
                .queryButton());
        waitUntil(() -> robot.lookup("Chỉ lưu dữ liệu").tryQuery().isEmpty());
        assertThat(cancelled).doesNotExist();
    }

    private static String defaultButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton().getText();
    }
}
