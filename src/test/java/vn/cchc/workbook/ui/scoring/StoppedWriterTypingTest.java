package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.app.EditWriter;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.store.SmallDisk;

/**
 * Typing while the edit writer is stopped on a refused write (the store's disk really full, on a small tmpfs where the
 * machine allows it): a new value, in a grid cell or in a detail-pane text, is refused with the writer's message and
 * not applied, but it never disappears. The cell stays in edit (Enter, arrows, a click on another row), the detail
 * pane keeps its text and its row, and once a retry has written the held changes, Enter stores the value.
 */
@ExtendWith(ApplicationExtension.class)
class StoppedWriterTypingTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    private static final String REFUSED = "Chưa nhận thay đổi mới: 1 thay đổi trước CHƯA được lưu vào máy";
    private static final String RESUMED = "Đã ghi được vào máy các thay đổi trước. Giá trị đang gõ ở đây CHƯA được lưu";

    @TempDir
    Path folder;

    private SmallDisk disk;
    private ScoringHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        disk = SmallDisk.mountOn(Files.createDirectories(folder.resolve("disk")));
        harness = new ScoringHarness(folder.resolve("disk"), CommuneFixture.fresh());
        harness.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        harness.store.close();
        disk.free();
        disk.close();
    }

    @Test
    void aValueTypedWhileStoppedStaysInItsCellWhateverTheWayOutAndEnterStoresItAfterTheRetry(FxRobot robot)
            throws Exception {
        stopTheWriterOn(robot, "2.1", "3");

        clickCell(robot, "2.3", "column-self");
        robot.write("2,5").type(KeyCode.ENTER);
        assertKeptInEdit(robot, "2.3", "2,5");

        robot.type(KeyCode.DOWN);
        assertKeptInEdit(robot, "2.3", "2,5");
        robot.type(KeyCode.TAB);
        assertKeptInEdit(robot, "2.3", "2,5");

        // A click on another row: the value is refused again and reopened in its own cell, with its text.
        clickCell(robot, "4.1", "column-self");
        assertKeptInEdit(robot, "2.3", "2,5");

        disk.free();
        harness.session.retryWrites();
        assertThat(harness.session.awaitWritten(Duration.ofSeconds(20))).isEqualTo(EditWriter.Outcome.WRITTEN);
        assertThat(editor(robot).getText()).isEqualTo("2,5");
        // The outdated refusal gives way to what to do now.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> message(robot).startsWith(RESUMED));
        assertThat(message(robot)).startsWith(RESUMED);

        robot.clickOn(editor(robot)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getEditingCell()).isNull();
        assertThat(message(robot)).isEmpty();
        Assessment stored = harness.stored();
        assertThat(stored.entry("2.1").self()).isEqualTo(RuleInput.points("3"));
        assertThat(stored.entry("2.3").self()).isEqualTo(RuleInput.points("2.5"));
    }

    @Test
    void anOpinionTypedWhileStoppedKeepsItsTextAndItsRowAndIsStoredAfterTheRetry(FxRobot robot) throws Exception {
        stopTheWriterOn(robot, "2.1", "3");

        robot.interact(() -> harness.model.setSelectedCode("2.3"));
        robot.interact(() -> harness.view.getRoot().lookup("#detail-opinion").requestFocus());
        robot.write("Thiếu quyết định ban hành").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(detailMessage(robot)).startsWith(REFUSED);
        assertThat(opinion(robot).getText()).isEqualTo("Thiếu quyết định ban hành");
        assertThat(harness.session.assessment().entry("2.3").appraisalOpinion()).isEmpty();

        // A click on another row does not take the pane (and the typed text) away.
        clickCell(robot, "4.1", "column-self");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.model.getSelectedCode()).isEqualTo("2.3");
        assertThat(opinion(robot).getText()).isEqualTo("Thiếu quyết định ban hành");
        assertThat(opinion(robot).isFocused()).isTrue();
        assertThat(detailMessage(robot)).startsWith(REFUSED);

        disk.free();
        harness.session.retryWrites();
        assertThat(harness.session.awaitWritten(Duration.ofSeconds(20))).isEqualTo(EditWriter.Outcome.WRITTEN);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> detailMessage(robot).startsWith(RESUMED));
        assertThat(opinion(robot).getText()).isEqualTo("Thiếu quyết định ban hành");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailMessage(robot)).isEmpty();

        clickCell(robot, "4.1", "column-self");
        assertThat(harness.model.getSelectedCode()).isEqualTo("4.1");
        assertThat(harness.stored().entry("2.3").appraisalOpinion()).isEqualTo("Thiếu quyết định ban hành");
    }

    @Test
    void escGivesUpARefusedRemedyAndThePaneFollowsTheSelectionAgain(FxRobot robot) throws Exception {
        stopTheWriterOn(robot, "2.1", "3");
        robot.interact(() -> harness.model.setSelectedCode("2.3"));
        robot.interact(() -> harness.view.getRoot().lookup("#detail-remedy").requestFocus());
        robot.write("Bổ sung hồ sơ").type(KeyCode.TAB);
        assertThat(detailMessage(robot)).startsWith(REFUSED);
        clickCell(robot, "4.1", "column-self");
        assertThat(harness.model.getSelectedCode()).isEqualTo("2.3");
        TextArea remedy = robot.from(harness.view.getRoot()).lookup("#detail-remedy").queryAs(TextArea.class);
        assertThat(remedy.getText()).isEqualTo("Bổ sung hồ sơ");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(remedy.getText()).isEmpty();
        assertThat(detailMessage(robot)).isEmpty();

        clickCell(robot, "4.1", "column-self");
        assertThat(harness.model.getSelectedCode()).isEqualTo("4.1");
        assertThat(harness.session.assessment().entry("2.3").remedy().measure()).isEmpty();
    }

    @Test
    void undoAndRedoAreOffWhileStoppedAndOnAgainAfterTheRetry(FxRobot robot) throws Exception {
        stopTheWriterOn(robot, "2.1", "3");
        assertThat(harness.session.canUndo()).isFalse();
        assertThat(harness.session.undo()).isNull();
        assertThat(harness.session.assessment().entry("2.1").self()).isEqualTo(RuleInput.points("3"));

        disk.free();
        harness.session.retryWrites();
        assertThat(harness.session.awaitWritten(Duration.ofSeconds(20))).isEqualTo(EditWriter.Outcome.WRITTEN);
        assertThat(harness.session.canUndo()).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Types {@code value} into {@code code}'s Tự đánh giá cell with the disk full: taken, shown, not written. */
    private void stopTheWriterOn(FxRobot robot, String code, String value) throws Exception {
        disk.fill();
        clickCell(robot, code, "column-self");
        robot.write(value).type(KeyCode.ENTER);
        assertThat(harness.session.awaitWritten(Duration.ofSeconds(20))).isEqualTo(EditWriter.Outcome.STOPPED);
        assertThat(harness.session.writeState().unsavedCodes()).containsExactly(code);
    }

    private void assertKeptInEdit(FxRobot robot, String code, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableView<ScoringRow> table = table(robot);
        assertThat(table.getEditingCell()).as("a cell in edit").isNotNull();
        assertThat(table.getTreeItem(table.getEditingCell().getRow()).getValue().code()).isEqualTo(code);
        assertThat(editor(robot).getText()).isEqualTo(text);
        assertThat(message(robot)).startsWith(REFUSED).contains("đã đầy");
        assertThat(harness.session.assessment().entry(code).self()).isNull();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<ScoringRow> table(FxRobot robot) {
        return robot.from(harness.view.getRoot()).lookup(".score-table").queryAs(TreeTableView.class);
    }

    private TextField editor(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(harness.view.getRoot()).lookup(".score-editor").queryAs(TextField.class);
    }

    private TextArea opinion(FxRobot robot) {
        return robot.from(harness.view.getRoot()).lookup("#detail-opinion").queryAs(TextArea.class);
    }

    private String message(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.from(harness.view.getRoot()).lookup(".cell-message").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private String detailMessage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(harness.view.getRoot()).lookup("#detail-message").queryAs(Label.class).getText();
    }

    private void clickCell(FxRobot robot, String code, String columnId) {
        TreeTableView<ScoringRow> table = table(robot);
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue().code().equals(code)) {
                    table.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Under load the scrolled rows are laid out a pulse or more later: wait for the cell rather than look once.
        java.util.function.Supplier<java.util.Optional<TreeTableCell<?, ?>>> find = () -> robot
                .from(harness.view.getRoot()).lookup(".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && columnId.equals(c.getTableColumn().getId()))
                .tryQuery();
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> find.get().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no cell " + code + " / " + columnId + " on screen", e);
        }
        TreeTableCell<?, ?> cell = find.get().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
