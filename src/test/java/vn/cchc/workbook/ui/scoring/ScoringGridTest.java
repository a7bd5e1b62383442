package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.RuleInput;

/**
 * The score table used as a spreadsheet, by keyboard, on the real view over a real H2 store: values typed down a
 * column land on the intended criteria, leaving a cell in any way stores it or keeps it open with its message, paste
 * and copy work like Excel, and no keystroke is swallowed without a word.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringGridTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    @TempDir
    Path folder;

    private ScoringHarness harness;

    @Start
    void start(Stage stage) {
        Assessment assessment = CommuneFixture.fresh();
        assessment = assessment.withEntry(assessment.entry("1.5.3").withNotApplicable(true));
        harness = new ScoringHarness(folder, assessment);
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.store.close();
    }

    // ---- typing down a column ----------------------------------------------------------------------------------

    @Test
    void twentyFiveValuesTypedDownTheSelfColumnLandOnTheirCriteriaAcrossGroupAndNotApplicableRows(FxRobot robot) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("1.1.1", "0,5");
        typed.put("1.1.2", "3/4");
        typed.put("1.2", "1");
        typed.put("1.3", "1,25");
        typed.put("1.4.1", "0,5");
        typed.put("1.4.2", "1,5");
        typed.put("1.5.1", "2");
        typed.put("1.5.2", "1");
        // 1.5.3 is không áp dụng: the cursor passes it, as it passes the group rows 1.4, 1.5, 2, 3, 3.5, …
        typed.put("1.5.4", "2");
        typed.put("2.1", "3,75");
        typed.put("2.2", "3");
        typed.put("2.3", "2,5");
        typed.put("3.5.1", "3");
        typed.put("3.5.2", "1");
        typed.put("3.11.1", "164/739");
        typed.put("3.11.2", "8/9");
        typed.put("3.12.1", "1/2");
        typed.put("3.12.2", "2/2");
        typed.put("3.13.1", "5/10");
        typed.put("3.13.2", "11/16");
        typed.put("3.13.3", "408/637");
        typed.put("3.14", "10,5");
        typed.put("4.1", "3,5");
        typed.put("4.2", "4");
        typed.put("5.1", "0");
        assertThat(typed).hasSize(25);

        clickCell(robot, "1.1.1", "column-self");
        for (String value : typed.values()) {
            robot.write(value).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();

        Assessment stored = harness.stored();
        typed.forEach((code, value) ->
                assertThat(InputText.format(stored.criteria().node(code).rule(), stored.entry(code).self())).as("self score of %s", code).isEqualTo(value));
        for (String untouched : List.of("1.5.3", "5.2", "5.3", "6.1", "1", "1.4", "3.12")) {
            assertThat(stored.entry(untouched).self()).as("self score of %s", untouched).isNull();
        }
        assertThat(stored.criteria().leaves()).allSatisfy(leaf ->
                assertThat(stored.entry(leaf.code()).firstAppraisal()).isNull());
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-self");
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("5.2");
    }

    @Test
    void downRightDownFillsTheAppraisalAndLeavesTheSelfScoresAlone(FxRobot robot) {
        clickCell(robot, "4.1", "column-self");
        robot.write("3").type(KeyCode.ENTER).write("4").type(KeyCode.ENTER);
        // Now on 5.1 (group 5 passed). Down, Right, then type down the Thẩm định column.
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT);
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-appraised");
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("5.2");
        robot.write("2").type(KeyCode.DOWN).write("1").type(KeyCode.ENTER).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Assessment stored = harness.stored();
        assertThat(stored.entry("4.1").self()).isEqualTo(RuleInput.points("3"));
        assertThat(stored.entry("4.2").self()).isEqualTo(RuleInput.points("4"));
        for (String code : List.of("5.1", "5.2", "5.3", "6.1")) {
            assertThat(stored.entry(code).self()).as("self score of %s", code).isNull();
        }
        assertThat(stored.entry("5.1").firstAppraisal()).isNull();
        assertThat(stored.entry("5.2").firstAppraisal()).isEqualTo(RuleInput.points("2"));
        assertThat(stored.entry("5.3").firstAppraisal()).isEqualTo(new RuleInput.ViolationCount(1));
        assertThat(stored.entry("6.1").firstAppraisal()).isEqualTo(RuleInput.points("4"));
    }

    @Test
    void leftAndRightMoveBetweenCellsAndNeverCollapseAGroup(FxRobot robot) {
        clickCell(robot, "1.4", "column-title");
        robot.type(KeyCode.LEFT);
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-code");
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("1.4");
        robot.type(KeyCode.LEFT);
        assertThat(harness.table(robot).getTreeItem(harness.focused(robot).getRow()).isExpanded()).isTrue();
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-self");

        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(harness.table(robot).getTreeItem(harness.focused(robot).getRow()).isExpanded()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(harness.table(robot).getTreeItem(harness.focused(robot).getRow()).isExpanded()).isTrue();
    }

    @Test
    void ctrlHomeEndHomeEndAndPagesMoveTheSelectionWithTheCursor(FxRobot robot) {
        clickCell(robot, "2.1", "column-self");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertCursor(robot, "7.3", "column-self");
        waitUntil(() -> detailTitle(robot).startsWith("7.3"));

        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        assertCursor(robot, "1.1.1", "column-self");
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        assertCursor(robot, "7.3", "column-self");
        robot.press(KeyCode.CONTROL).type(KeyCode.UP).release(KeyCode.CONTROL);
        assertCursor(robot, "1.1.1", "column-self");

        // A screen down and back up lands on rows that take a self score, never on a group row.
        robot.type(KeyCode.PAGE_DOWN);
        String down = harness.rowAt(robot, harness.focused(robot).getRow());
        assertThat(harness.focused(robot).getRow()).isGreaterThan(5);
        assertThat(harness.model.whyNotScorable(down)).isEmpty();
        assertCursor(robot, down, "column-self");
        robot.type(KeyCode.PAGE_UP);
        assertCursor(robot, "1.1.1", "column-self");

        robot.type(KeyCode.END);
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-opinion");
        robot.type(KeyCode.HOME);
        assertCursor(robot, "1.1.1", "column-code");

        // What is typed goes where the cursor is: Ctrl+End then a value scores the last criterion.
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertCursor(robot, "7.3", "column-self");
        robot.write("2").type(KeyCode.ENTER);
        waitUntil(() -> RuleInput.points("2").equals(harness.stored().entry("7.3").self()));
    }

    /** The focused cell and the selection are both on {@code code}'s cell in {@code column}. */
    private void assertCursor(FxRobot robot, String code, String column) {
        var focused = harness.focused(robot);
        assertThat(harness.rowAt(robot, focused.getRow()) + " " + focused.getTableColumn().getId())
                .isEqualTo(code + " " + column);
        var selected = harness.table(robot).getSelectionModel().getSelectedCells();
        assertThat(selected).hasSize(1);
        assertThat(harness.rowAt(robot, selected.get(0).getRow()) + " " + selected.get(0).getTableColumn().getId())
                .isEqualTo(code + " " + column);
    }

    private String detailTitle(FxRobot robot) {
        return robot.from(harness.view.getRoot()).lookup(".detail-title").queryAs(Label.class).getText();
    }

    // ---- leaving a cell ----------------------------------------------------------------------------------------

    @Test
    void clickingAnotherRowStoresTheValueTyped(FxRobot robot) {
        clickCell(robot, "2.1", "column-self");
        robot.write("2,5");
        clickCell(robot, "4.1", "column-title");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.stored().entry("2.1").self()).isEqualTo(RuleInput.points("2.5"));
        assertThat(cellText(robot, "2.1", "column-self")).isEqualTo("2,50");
    }

    @Test
    void clickingIntoTheDetailPaneStoresTheValueTyped(FxRobot robot) {
        clickCell(robot, "2.3", "column-self");
        robot.write("1,5");
        robot.clickOn(robot.from(harness.view.getRoot()).lookup("#detail-target").queryAs(Control.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.stored().entry("2.3").self()).isEqualTo(RuleInput.points("1.5"));
    }

    @Test
    void aRefusedValueStaysInItsCellWithTheMessageWhenTheClerkClicksAway(FxRobot robot) {
        clickCell(robot, "1.4.1", "column-self");
        robot.write("7");
        clickCell(robot, "1.5.2", "column-title");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.stored().entry("1.4.1").self()).isNull();
        assertThat(editorText(robot)).isEqualTo("7");
        assertThat(harness.rowAt(robot, harness.table(robot).getEditingCell().getRow())).isEqualTo("1.4.1");
        assertThat(harness.message(robot)).isEqualTo("Điểm 7,00 vượt quá điểm tối đa 1,00.");

        robot.eraseText(1).write("1").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("1.4.1").self()).isEqualTo(RuleInput.points("1"));
    }

    @Test
    void aStoreFailureKeepsTheValueStopsTheWriterAndTheNextValueIsRefusedAloud(FxRobot robot)
            throws InterruptedException {
        clickCell(robot, "2.1", "column-self");
        robot.write("3");
        robot.interact(() -> harness.store.close());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // Accepted and shown; the background writer is refused by the closed store and holds it.
        assertThat(harness.session.assessment().entry("2.1").self()).isEqualTo(RuleInput.points("3"));
        assertThat(harness.session.awaitWritten(java.time.Duration.ofSeconds(20)))
                .isEqualTo(vn.cchc.workbook.app.EditWriter.Outcome.STOPPED);
        assertThat(harness.session.writeFailure()).contains("Kho dữ liệu đã đóng.");
        assertThat(harness.session.writeState().unsavedCodes()).containsExactly("2.1");

        // Enter moved down to 2.2: the next value (0 points, its third level) is refused aloud and not applied.
        robot.write("0").type(KeyCode.ENTER);

        assertThat(harness.message(robot)).startsWith("Chưa nhận thay đổi mới: 1 thay đổi trước CHƯA được lưu vào máy")
                .contains("Kho dữ liệu đã đóng.");
        // Refused, but not dropped: 2.2's level list stays open in edit with level 3 chosen and the message beside it.
        assertThat(harness.table(robot).getEditingCell()).isNotNull();
        assertThat(harness.rowAt(robot, harness.table(robot).getEditingCell().getRow())).isEqualTo("2.2");
        assertThat(robot.from(harness.view.getRoot()).lookup(".score-editor")
                .queryAs(javafx.scene.control.ComboBox.class).getValue()).isEqualTo(2);
        assertThat(harness.session.assessment().entry("2.2").self()).isNull();
    }

    // ---- what a count typed gives ------------------------------------------------------------------------------

    /**
     * 1.2 deducts 0,5 a violation from 2 points: "1" typed there is one violation, not one point. The cell says so
     * while the clerk types, before anything is stored, and says nothing once the value is stored.
     */
    @Test
    void aCountTypedShowsWhatItGivesBeforeItIsStored(FxRobot robot) {
        clickCell(robot, "1.2", "column-self");
        robot.write("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.message(robot)).isEqualTo("1 lần vi phạm → 1,50 điểm");
        assertThat(harness.stored().entry("1.2").self()).isNull();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(harness.message(robot)).isEqualTo("Gõ số lần vi phạm (không phải số điểm): mỗi lần trừ 0,5 điểm.");
        robot.write("0,5");
        assertThat(harness.message(robot)).isEqualTo("Gõ số lần vi phạm (không phải số điểm): mỗi lần trừ 0,5 điểm.");
        robot.type(KeyCode.ENTER);
        assertThat(harness.message(robot)).startsWith("“0,5” không phải là số lần vi phạm");
        assertThat(harness.stored().entry("1.2").self()).isNull();

        robot.eraseText(3).write("2").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("1.2").self()).isEqualTo(new RuleInput.ViolationCount(2));
        assertThat(harness.message(robot)).isEmpty();

        clickCell(robot, "1.1.2", "column-self");
        robot.write("11/16");
        assertThat(harness.message(robot)).isEqualTo("b/a = 11/16 → 1,38 điểm");
        robot.type(KeyCode.ESCAPE);

        // Points typed on 1.5.1 (a count) and a click elsewhere: reopened with the refusal, not the hint.
        clickCell(robot, "1.5.1", "column-self");
        robot.write("1,5");
        clickCell(robot, "1.5.2", "column-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.rowAt(robot, harness.table(robot).getEditingCell().getRow())).isEqualTo("1.5.1");
        assertThat(harness.message(robot)).startsWith("“1,5” không phải là số lần vi phạm");
    }

    // ---- nothing swallowed -------------------------------------------------------------------------------------

    @Test
    void digitsTypedOnAGroupRowAreRefusedAloud(FxRobot robot) {
        clickCell(robot, "1.4", "column-self");
        robot.write("1");

        assertThat(harness.message(robot)).startsWith("Dòng 1.4 là tổng của các tiêu chí con");
        assertThat(harness.table(robot).getEditingCell()).isNull();
        assertThat(harness.stored().entry("1.4").self()).isNull();
        assertThat(harness.view.statusMessageProperty().get()).startsWith("Dòng 1.4");
    }

    @Test
    void aLevelThatDoesNotExistIsRefusedAloud(FxRobot robot) {
        clickCell(robot, "1.1.1", "column-self");
        robot.write("5");

        assertThat(harness.message(robot)).isEqualTo("Không có mức 5: tiêu chí này có 3 mức, hãy gõ số điểm của một mức "
                + "(1; 0,5; 0) hoặc số thứ tự từ 1 đến 3.");
        assertThat(harness.table(robot).getEditingCell()).isNull();
        assertThat(harness.stored().entry("1.1.1").self()).isNull();
    }

    @Test
    void keysTypedFasterThanAFrameAllReachTheCell(FxRobot robot) {
        clickCell(robot, "3.11.2", "column-self");
        // Five keys within one pulse, as a quick typist's burst arrives: the editor opened by the first must take
        // the others, not drop them ("15/20" became "1/20", a wrong ratio accepted without a word).
        robot.interact(() -> typeWithinOneFrame("15/20"));
        robot.type(KeyCode.ENTER);

        assertThat(harness.stored().entry("3.11.2").self()).isEqualTo(InputText.ratio("20", "15"));

        clickCell(robot, "1.1.1", "column-self");
        robot.interact(() -> typeWithinOneFrame("0,5"));
        robot.type(KeyCode.ENTER);
        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(1));
    }

    private void typeWithinOneFrame(String keys) {
        javafx.scene.Scene scene = harness.view.getRoot().getScene();
        for (char key : keys.toCharArray()) {
            javafx.event.Event.fireEvent(scene.getFocusOwner(), new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(key), "", KeyCode.UNDEFINED,
                    false, false, false, false));
        }
    }

    @Test
    void aLevelCanBeTypedAsThePointsTheGuidanceGivesIt(FxRobot robot) {
        // 1.1.1's levels are worth 1; 0,5; 0 points: a clerk reading "ban hành chậm: 0,5 điểm" types 0,5.
        clickCell(robot, "1.1.1", "column-self");
        robot.write("0,5");
        // The cell shows what the keys chose, the level and its points, before it is stored.
        assertThat(robot.from(harness.view.getRoot()).lookup(".score-editor")
                .queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText()).isEqualTo("2 · 0,5");
        robot.type(KeyCode.ENTER);

        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(1));
        assertThat(harness.table(robot).getEditingCell()).isNull();

        clickCell(robot, "1.1.1", "column-self");
        robot.write("0").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(2));

        // A position still names its level, and a second digit replaces the first: "1" then "2" is level 2.
        clickCell(robot, "1.1.1", "column-self");
        robot.write("12").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(1));
    }

    @Test
    void keysThatNameNoLevelKeepTheCellOpenWithTheirMessageAndChangeNothing(FxRobot robot) {
        clickCell(robot, "1.1.1", "column-self");
        robot.write("1").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(0));

        clickCell(robot, "1.1.1", "column-self");
        robot.write("0,7");
        assertThat(harness.message(robot)).isEqualTo("“0,7” không phải là số điểm hay số thứ tự của một mức: hãy gõ số "
                + "điểm của một mức (1; 0,5; 0), hoặc số thứ tự từ 1 đến 3, hoặc chọn mức trong danh sách.");
        // What ends the edit, if anything does, is kept for the failure's message (this test failed now and then
        // in the full run, never alone).
        StringBuffer ended = new StringBuffer();
        javafx.beans.value.ChangeListener<Object> watch = (obs, was, now) -> {
            if (now == null) {
                var scene = harness.table(robot).getScene();
                ended.append("edit ended; focus owner ").append(scene == null ? null : scene.getFocusOwner())
                        .append(", window focused ").append(scene != null && scene.getWindow().isFocused())
                        .append(", windows ").append(javafx.stage.Window.getWindows().size()).append('\n');
                for (StackTraceElement frame : new Throwable().getStackTrace()) {
                    ended.append("  at ").append(frame).append('\n');
                }
            }
        };
        robot.interact(() -> harness.table(robot).editingCellProperty().addListener(watch));
        robot.type(KeyCode.ENTER);

        // Enter did not take it: the level list is still open on 1.1.1, with the message, and level 1 is kept.
        waitUntilEditing(robot, ended);
        robot.interact(() -> harness.table(robot).editingCellProperty().removeListener(watch));
        assertThat(harness.table(robot).getEditingCell()).isNotNull();
        assertThat(harness.rowAt(robot, harness.table(robot).getEditingCell().getRow())).isEqualTo("1.1.1");
        assertThat(harness.message(robot)).startsWith("“0,7” không phải");
        robot.type(KeyCode.ESCAPE);
        assertThat(harness.table(robot).getEditingCell()).isNull();
        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(0));
    }

    /**
     * Typed into the opinion column as into a spreadsheet's cell, an opinion was lost but for a message ("nhấn F6");
     * where the opinion is still empty, the keys now go on into the pane's opinion field, and F6 comes back.
     */
    @Test
    void typingInAnEmptyOpinionCellStartsTheOpinionInThePane(FxRobot robot) {
        assertThat(harness.stored().entry("1.1.1").appraisalOpinion()).isEmpty();
        clickCell(robot, "1.1.1", "column-opinion");

        robot.write("Kế hoạch ban hành chậm");
        robot.type(KeyCode.F6);

        assertThat(harness.stored().entry("1.1.1").appraisalOpinion()).isEqualTo("Kế hoạch ban hành chậm");
        assertThat(harness.message(robot)).isEmpty();
        assertThat(harness.table(robot).isFocused()).isTrue();
        assertThat(harness.rowAt(robot, harness.table(robot).getFocusModel().getFocusedCell().getRow()))
                .isEqualTo("1.1.1");
    }

    @Test
    void typingInTheOpinionOrDepartmentColumnSaysWhereTheyAreTyped(FxRobot robot) {
        // An opinion already written is not typed over: the column says where to edit it.
        writeOpinion(robot, "1.1.1", "Đơn vị chưa thống kê được kết quả.");
        clickCell(robot, "1.1.1", "column-opinion");
        robot.write("K");
        assertThat(harness.stored().entry("1.1.1").appraisalOpinion()).isEqualTo("Đơn vị chưa thống kê được kết quả.");
        assertThat(harness.message(robot)).isEqualTo("Cột “Ý kiến thẩm định / lý do trừ điểm” được nhập ở khung chi tiết "
                + "bên phải: nhấn F6 để sang khung đó, F6 lần nữa để về bảng.");
        assertThat(harness.table(robot).getEditingCell()).isNull();

        clickCell(robot, "1.1.1", "column-departments");
        robot.write("K");
        assertThat(harness.message(robot)).startsWith("Cột “Đơn vị phụ trách” được nhập ở khung chi tiết bên phải");

        // A column no one types in keeps its own message.
        clickCell(robot, "1.1.1", "column-max");
        robot.write("1");
        assertThat(harness.message(robot)).isEqualTo("Cột “Điểm chuẩn” chỉ để xem; hãy nhập điểm ở cột Tự đánh giá hoặc "
                + "Thẩm định.");
    }

    @Test
    void theColumnsMessageGoesOnceF6TakesTheKeyboardToTheFieldItPointsTo(FxRobot robot) {
        writeOpinion(robot, "1.1.1", "Đơn vị chưa thống kê được kết quả.");
        clickCell(robot, "1.1.1", "column-opinion");
        robot.write("K");
        assertThat(harness.message(robot)).startsWith("Cột “Ý kiến thẩm định / lý do trừ điểm”");

        // The message lay over the opinion field the officer was sent to, and stayed there while he typed.
        robot.type(KeyCode.F6);
        assertThat(harness.message(robot)).isEmpty();

        // A refusal about the cell where the keyboard is stays (1.1.1 has three levels, none numbered 7).
        robot.type(KeyCode.F6);
        clickCell(robot, "1.1.1", "column-self");
        robot.write("7");
        assertThat(harness.message(robot)).contains("7");
    }

    @Test
    void typingOnANotApplicableRowSaysWhy(FxRobot robot) {
        clickCell(robot, "1.5.3", "column-self");
        robot.write("1");
        assertThat(harness.message(robot)).startsWith("Tiêu chí 1.5.3 đang đánh dấu “Không áp dụng”");
    }

    private void writeOpinion(FxRobot robot, String code, String opinion) {
        robot.interact(() -> harness.session.apply(harness.session.assessment().entry(code)
                .withAppraisalOpinion(opinion)));
    }

    // ---- paste and copy ----------------------------------------------------------------------------------------

    @Test
    void aPastedColumnWithOneBadValueStoresNoneAndNamesTheRowThenAGoodOneIsOneUndoStep(FxRobot robot) {
        robot.interact(() -> harness.session.apply(harness.session.assessment().entry("1.5.3")
                .withNotApplicable(false)));
        List<String> codes = List.of("1.3", "1.4.1", "1.4.2", "1.5.1", "1.5.2", "1.5.3", "1.5.4", "2.1", "2.2",
                "2.3", "3.5.1", "3.5.2", "3.11.1", "3.11.2", "3.12.1", "3.12.2", "3.13.1", "3.13.2", "3.13.3", "3.14",
                "4.1", "4.2", "5.1", "5.2", "5.3", "6.1", "6.2", "7.1", "7.2", "7.3");
        List<String> values = List.of("1,75", "0,5", "1,5", "0", "1", "1", "2", "3,25", "1,5", "3", "2,5", "1",
                "164/739", "8/9", "1/2", "2/2", "5/10", "11/16", "408/637", "10,5", "4,5", "4", "3,5", "4", "2", "4",
                "3,5", "5", "9/10", "4");
        assertThat(codes).hasSize(30);
        assertThat(values).hasSize(30);

        clickCell(robot, "1.3", "column-self");
        putOnClipboard(robot, String.join("\r\n", values) + "\r\n");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.message(robot)).startsWith("Chưa dán giá trị nào vì 1 giá trị không hợp lệ:")
                .contains("4.1 (Tự đánh giá): Điểm 4,50 vượt quá điểm tối đa 4,00.");
        for (String code : codes) {
            assertThat(harness.stored().entry(code).self()).as("self score of %s", code).isNull();
        }

        List<String> fixed = new java.util.ArrayList<>(values);
        fixed.set(codes.indexOf("4.1"), "4");
        putOnClipboard(robot, String.join("\n", fixed) + "\n");
        clickCell(robot, "1.3", "column-self");
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // 1.5.1 deducts 0,5 a violation: its "0" is no violation, full points; the clerk is told so (5.3 too).
        assertThat(harness.message(robot)).startsWith("Đã dán 30 giá trị vào các tiêu chí 1.3 … 7.3")
                .contains("Ở 1.5.1, 5.3, số dán vào là số lần vi phạm (hoặc số mục đạt), không phải số điểm");

        Assessment stored = harness.stored();
        for (int i = 0; i < codes.size(); i++) {
            assertThat(InputText.format(stored.criteria().node(codes.get(i)).rule(),
                    stored.entry(codes.get(i)).self())).as("self score of %s", codes.get(i))
                    .isEqualTo(fixed.get(i));
        }
        robot.interact(() -> harness.session.undo());
        for (String code : codes) {
            assertThat(harness.stored().entry(code).self()).as("after one undo, %s", code).isNull();
        }
    }

    @Test
    void ctrlCCopiesTheSelectedBlockAsTabSeparatedTextWithDecimalCommas(FxRobot robot) {
        robot.interact(() -> {
            harness.session.apply(harness.session.assessment().entry("1.4.1").withSelf(RuleInput.points("0.5"))
                    .withFirstAppraisal(RuleInput.points("1")));
            harness.session.apply(harness.session.assessment().entry("1.4.2").withSelf(RuleInput.points("1.5")));
        });
        clickCell(robot, "1.4.1", "column-self");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo("0,50\t1,00\r\n1,50\t\r\n");
    }

    // ---- going to a criterion ----------------------------------------------------------------------------------

    @Test
    void ctrlGTakesACodeAsPrintedAndPutsTheCursorInItsSelfCell(FxRobot robot) {
        clickCell(robot, "1.1.1", "column-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.write("9.9").type(KeyCode.ENTER);
        assertThat(harness.message(robot)).isEqualTo("Không có tiêu chí mã “9.9” trong bộ tiêu chí này.");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("3.13.2").type(KeyCode.ENTER);
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("3.13.2");
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-self");
        robot.write("11/16").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("3.13.2").self()).isEqualTo(RuleInput.RatioInput.of(16, 11));
    }

    @Test
    void searchAndEnterGoToTheFirstMatch(FxRobot robot) {
        clickCell(robot, "1.1.1", "column-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("chu ky so").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("7.3");
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-self");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }


    private String editorText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(harness.view.getRoot()).lookup(".score-editor")
                .queryAs(javafx.scene.control.TextField.class).getText();
    }

    private void scrollTo(FxRobot robot, String code) {
        TreeTableView<ScoringRow> table = harness.table(robot);
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue().code().equals(code)) {
                    table.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeTableCell<?, ?> cell(FxRobot robot, String code, String columnId) {
        scrollTo(robot, code);
        return robot.from(harness.view.getRoot()).lookup(".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && columnId.equals(c.getTableColumn().getId()))
                .query();
    }

    private void clickCell(FxRobot robot, String code, String columnId) {
        robot.clickOn(cell(robot, code, columnId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cellText(FxRobot robot, String code, String columnId) {
        return cell(robot, code, columnId).getText();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    private void waitUntilEditing(FxRobot robot, CharSequence why) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> harness.table(robot).getEditingCell() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no cell is being edited\n" + why, e);
        }
    }
}
