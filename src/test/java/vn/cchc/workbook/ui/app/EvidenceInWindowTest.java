package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.app.EvidenceService;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.EvidenceSamples;

/**
 * Evidence in the real window: a stored file opens as a checked read-only copy with the system viewer; "Lưu kèm
 * minh chứng…" shows the size before asking where, writes the files into the .cchc, and "Lưu" keeps them.
 */
class EvidenceInWindowTest extends AppWindowTest {

    @TempDir
    Path folder;

    @Test
    void aStoredFileOpensAsACopyAndSavingWithEvidenceShowsTheSizeFirst(FxRobot robot) throws Exception {
        List<Path> opened = new ArrayList<>();
        fx(() -> window.systemViewer().setOpener(opened::add));
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        String code = session().assessment().criteria().leaves().get(0).code();
        Path pdf = EvidenceSamples.write(folder, "Kế hoạch 30.pdf", EvidenceSamples.pdf("Kế hoạch 30"));
        EvidenceDocument attached = new EvidenceService(services.store()).attach(session().assessment(), pdf,
                new EvidenceDocument("30/KH-UBND", null, "Kế hoạch CCHC", ""));
        Entry entry = session().assessment().entry(code);
        fx(() -> session().apply(entry.withEvidence(List.of(attached))));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeTableView<vn.cchc.workbook.ui.scoring.ScoringRow> tree =
                robot.lookup(".score-table").queryAs(javafx.scene.control.TreeTableView.class);
        fx(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue().code().equals(code)) {
                    tree.getSelectionModel().select(i);
                    tree.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        waitUntil(() -> robot.lookup("#detail-evidence").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<EvidenceDocument> table = robot.lookup("#detail-evidence").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        fx(() -> table.getSelectionModel().select(0));
        Button open = robot.lookup("Mở tệp").queryAs(Button.class);
        waitUntil(() -> !open.isDisabled());
        fx(open::fire);
        waitUntil(() -> opened.size() == 1);
        assertThat(opened.get(0)).startsWith(dataDir.resolve("viewer")).hasFileName("Kế hoạch 30.pdf");
        assertThat(Files.readAllBytes(opened.get(0))).isEqualTo(Files.readAllBytes(pdf));

        Path file = folder.resolve("kem-minh-chung.cchc");
        files.answers.add(file);
        fx(window.actions()::saveWithEvidence);
        waitUntil(() -> robot.lookup("Lưu một tệp").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .label").queryAll()).anySatisfy(label ->
                assertThat(((javafx.scene.control.Label) label).getText()).contains("1 tệp minh chứng", "MB"));
        robot.clickOn("Lưu một tệp");
        waitUntil(() -> Files.exists(file) && !window.model().unsavedProperty().get());
        assertThat(CchcFile.readManifest(file).evidence()).singleElement()
                .satisfies(e -> assertThat(e.sha256()).isEqualTo(attached.file().sha256()));

        // An edit, then "Lưu": the file keeps its evidence.
        fx(() -> session().apply(session().assessment().entry(code).withAppraisalOpinion("Đủ minh chứng.")));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !window.model().unsavedProperty().get());
        assertThat(CchcFile.readManifest(file).hasEvidence()).isTrue();
        assertThat(CchcFile.read(file).entry(code).appraisalOpinion()).isEqualTo("Đủ minh chứng.");
    }

    @Test
    void aReturnedFileShowsWhatTheOtherSideChangedAndTheHistoryKeepsTheSentCopy(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Path file = folder.resolve("gui-tham-dinh.cchc");
        files.answers.add(file);
        fx(window.actions()::save);
        waitUntil(() -> Files.exists(file) && !window.model().unsavedProperty().get());
        var sent = session().assessment();
        String code = sent.criteria().leaves().get(0).code();
        // The appraiser's copy comes back with an opinion on the first criterion.
        var returned = sent.withEntry(sent.entry(code).withAppraisalOpinion("Thiếu văn bản kiểm chứng."));
        Path back = folder.resolve("tra-lai.cchc");
        Files.write(back, CchcFile.toBytes(returned, java.time.Instant.now()));

        files.answers.add(back);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isPresent());
        assertThat(text(robot, "#returnedHeading")).contains("thay đổi 1 mục");
        @SuppressWarnings("unchecked")
        TableView<vn.cchc.workbook.domain.assessment.AssessmentChanges.Change> changes =
                robot.lookup("#changesTable").queryAs(TableView.class);
        assertThat(changes.getItems()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo(code);
            assertThat(change.after()).isEqualTo("Thiếu văn bản kiểm chứng.");
        });
        robot.clickOn("Nhận tệp này");
        waitUntil(() -> session().assessment().entry(code).appraisalOpinion().equals("Thiếu văn bản kiểm chứng."));
        assertThat(services.store().history(sent.id(), 10)).anySatisfy(edit ->
                assertThat(edit.before()).isEqualTo(sent.entry(code)));
    }
}
