package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.app.DepartmentPartFiles;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.OnConflict;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Resolution;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.ui.exchange.PartMergeViewModel;

/**
 * Department parts from the window: "Gửi phần của phòng ban…" writes the part; the department edits it with the
 * program in another data folder; "Nhận phần…" shows its changes and a conflict side by side, applies nothing
 * until the conflict has a side, then merges. A part opened by itself refuses edits outside its criteria.
 */
class DepartmentPartsWindowTest extends AppWindowTest {

    @TempDir
    Path folder;

    @Test
    void splitEditElsewhereAndMergeWithAConflictResolved(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Path unitFile = folder.resolve("so.cchc");
        files.answers.add(unitFile);
        fx(window.actions()::save);
        waitUntil(() -> Files.exists(unitFile) && !window.model().unsavedProperty().get());
        Assessment workbook = session().assessment();
        DepartmentPartFiles.Choice choice = DepartmentPartFiles.departments(workbook).get(0);
        List<String> codes = DepartmentParts.codesOf(workbook, choice.department().id());
        List<String> leaves = codes.stream().filter(code -> workbook.criteria().node(code).isLeaf()).toList();
        assertThat(leaves).hasSizeGreaterThanOrEqualTo(2);
        String explained = leaves.get(0);
        String contested = leaves.get(1);

        // Gửi phần của phòng ban…
        Path part = folder.resolve("phan.cchc");
        files.answers.add(part);
        fx(window.exchange()::sendPart);
        waitUntil(() -> robot.lookup("#sendDepartment").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentPartFiles.Choice> departments = robot.lookup("#sendDepartment").queryAs(ComboBox.class);
        assertThat(departments.getValue()).isEqualTo(choice);
        robot.clickOn("Chọn nơi lưu…");
        waitUntil(() -> Files.exists(part));
        assertThat(CchcFile.readManifest(part).partOf().codes()).isEqualTo(codes);
        assertThat(CchcFile.readManifest(part).partOf().departmentName()).isEqualTo(choice.department().name());

        // The department, in its own data folder: an explanation and an opinion on two of its criteria.
        Path departmentData = Files.createDirectory(folder.resolve("phong-ban"));
        try (WorkbookStore store = H2WorkbookStore.open(departmentData)) {
            WorkbookFiles departmentFiles = new WorkbookFiles(store);
            String id = departmentFiles.open(part, OnConflict.ASK);
            EditSession edits = new EditSession(store, store.loadAssessment(id).orElseThrow());
            new DepartmentPartFiles(store).limitOf(id).ifPresent(edits::limitTo);
            assertThat(edits.partLimit()).isPresent();
            edits.apply(edits.assessment().entry(explained).withSelfExplanation("Phòng ban đã bổ sung kế hoạch."));
            edits.apply(edits.assessment().entry(contested).withAppraisalOpinion("Ý kiến của phòng ban."));
            edits.requireWritten();
            departmentFiles.save(id, part);
        }
        // Meanwhile the officer changed the same opinion here: a conflict.
        fx(() -> session().apply(session().assessment().entry(contested).withAppraisalOpinion("Ý kiến của văn phòng.")));
        Assessment beforeMerge = session().assessment();

        // Nhận phần…
        files.answers.add(part);
        fx(window.exchange()::receivePart);
        waitUntil(() -> robot.lookup("#mergeConflicts").tryQuery().isPresent());
        assertThat(text(robot, "#mergeHeading")).contains(choice.department().name(), "1 thay đổi nhập được ngay",
                "1 chỗ xung đột");
        @SuppressWarnings("unchecked")
        TableView<Change> changes = robot.lookup("#changesTable").queryAs(TableView.class);
        assertThat(changes.getItems()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo(explained);
            assertThat(change.after()).isEqualTo("Phòng ban đã bổ sung kế hoạch.");
        });
        @SuppressWarnings("unchecked")
        TableView<PartMergeViewModel.ConflictRow> conflicts =
                robot.lookup("#mergeConflicts").queryAs(TableView.class);
        assertThat(conflicts.getItems()).singleElement().satisfies(row -> {
            assertThat(row.conflict().code()).isEqualTo(contested);
            assertThat(row.conflict().workbook()).isEqualTo("Ý kiến của văn phòng.");
            assertThat(row.conflict().part()).isEqualTo("Ý kiến của phòng ban.");
        });
        Button apply = robot.lookup(".dialog-pane .button").match((Button b) -> "Nhập phần này".equals(b.getText()))
                .queryButton();
        snapshot(apply.getScene(), "nhan-phan");
        assertThat(apply.isDisabled()).as("nothing may be applied while the conflict has no side").isTrue();
        assertThat(session().assessment()).isEqualTo(beforeMerge);
        // The side, chosen with the keyboard in the conflict's list: Chưa chọn → Bản trong máy → Bản của phòng ban.
        robot.clickOn(".merge-choice");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> conflicts.getItems().get(0).choiceProperty().get() == Resolution.PART);
        assertThat(apply.isDisabled()).isFalse();
        robot.clickOn(apply);
        waitUntil(() -> session().assessment().entry(explained).selfExplanation()
                .equals("Phòng ban đã bổ sung kế hoạch."));
        assertThat(session().assessment().entry(contested).appraisalOpinion()).isEqualTo("Ý kiến của phòng ban.");
        assertThat(services.store().loadAssessment(workbook.id()).orElseThrow()).isEqualTo(session().assessment());

        // One undo step takes the whole part back out.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> session().assessment().equals(beforeMerge));
    }

    @Test
    void aPartOpenedByItselfRefusesEditsOutsideItsCriteria(FxRobot robot) throws Exception {
        // The unit's side, in another data folder: the sample split for its first department.
        Path unitData = Files.createDirectory(folder.resolve("don-vi"));
        Path part = folder.resolve("phan.cchc");
        Assessment sample = BundledData.sampleAssessment();
        DepartmentPartFiles.Choice choice = DepartmentPartFiles.departments(sample).get(0);
        try (WorkbookStore store = H2WorkbookStore.open(unitData)) {
            store.createAssessment(sample);
            DepartmentPartFiles.Sent sent = new DepartmentPartFiles(store).send(sample.id(),
                    choice.department().id(), part, true);
            assertThat(sent.criteria()).isEqualTo(choice.criteria());
            assertThat(sent.evidenceFiles()).isEqualTo(EvidenceInventory.of(
                    DepartmentParts.split(sample, choice.department())).files().size());
        }
        List<String> codes = DepartmentParts.codesOf(sample, choice.department().id());
        CriterionNode outside = sample.criteria().leaves().stream()
                .filter(node -> !codes.contains(node.code()) && !sample.entry(node.code()).notApplicable())
                .findFirst().orElseThrow();
        String inside = codes.stream().filter(code -> sample.criteria().node(code).isLeaf()).findFirst()
                .orElseThrow();

        waitForStore();
        files.answers.add(part);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitForWorkbook();
        waitUntil(() -> session().partLimit().isPresent());
        assertThat(text(robot, "#statusSaved")).contains("Phần của “" + choice.department().name() + "”",
                "chỉ sửa " + codes.size() + " tiêu chí");

        // A row outside the part: greyed out, and typing in it is refused with a message; nothing changes.
        Assessment before = session().assessment();
        clickSelfScore(robot, outside.code());
        assertThat(robot.lookup(".score-table .tree-table-row-cell").match((javafx.scene.Node n) ->
                n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("outside-part")))
                .tryQuery()).isPresent();
        robot.write("1");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> robot.lookup(".cell-message").match((Label l) -> l.isVisible() && l.getText() != null
                && l.getText().contains("không thuộc phần của")).tryQuery().isPresent());
        assertThat(session().assessment()).isEqualTo(before);
        // Workbook-wide changes are refused as well.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session().setLocked(true))
                .hasMessageContaining("chỉ sửa được các tiêu chí của phần này");

        // The lock command says why before asking anything.
        robot.clickOn("#toolLock");
        waitUntil(() -> robot.lookup(".dialog-pane .label").match((Label l) -> l.getText() != null
                && l.getText().contains("không sửa thông tin chung của sổ")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        assertThat(session().assessment().locked()).isEqualTo(before.locked());

        // Inside the part, editing works as usual.
        fx(() -> session().apply(session().assessment().entry(inside).withSelfExplanation("Đã có kế hoạch.")));
        assertThat(session().assessment().entry(inside).selfExplanation()).isEqualTo("Đã có kế hoạch.");
    }

    /** Writes what the user sees to target/snapshots, to be looked at (not compared). */
    private static void snapshot(javafx.scene.Scene scene, String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image =
                new java.util.concurrent.atomic.AtomicReference<>();
        fx(() -> image.set(scene.snapshot(null)));
        Path folder = Files.createDirectories(Path.of("target", "snapshots"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image.get(), null), "png",
                folder.resolve(name + ".png").toFile());
    }

}
