package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.criteria.RuleInput;

/** Drives the real scoring view in a stage: typing scores, refusals, rule inputs, filters and the detail pane. */
@ExtendWith(ApplicationExtension.class)
class ScoringViewTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    @TempDir
    Path folder;

    private ScoringHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScoringHarness(folder, CommuneFixture.fresh());
        harness.show(stage);
    }

    /** Looks inside the view only: TestFX's plain lookup searches just the newest window once a popup shows. */
    private org.testfx.service.query.NodeQuery inView(FxRobot robot, String query) {
        return robot.from(harness.view.getRoot()).lookup(query);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        harness.store.close();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<ScoringRow> table(FxRobot robot) {
        return inView(robot, ".score-table").queryAs(TreeTableView.class);
    }

    /** Clicks the cell of row {@code code} in the column titled {@code column}, scrolling it into view first. */
    private void clickCell(FxRobot robot, String code, String column) {
        scrollTo(robot, code);
        TreeTableCell<?, ?> cell = inView(robot, ".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && c.getTableColumn().getId().equals(columnId(column)))
                .query();
        robot.clickOn(cell);
    }

    private static String columnId(String title) {
        return "column-" + switch (title) {
            case "Tự đánh giá" -> "self";
            case "Thẩm định" -> "appraised";
            case "Điểm trừ" -> "deduction";
            case "Nội dung" -> "title";
            default -> throw new IllegalArgumentException(title);
        };
    }

    private String label(FxRobot robot, String id) {
        return inView(robot, "#" + id).queryAs(Label.class).getText();
    }

    private void scrollTo(FxRobot robot, String code) {
        TreeTableView<ScoringRow> table = table(robot);
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue().code().equals(code)) {
                    table.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String cellText(FxRobot robot, String code, String column) {
        scrollTo(robot, code);
        TreeTableCell<?, ?> cell = inView(robot, ".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && c.getTableColumn().getId().equals(columnId(column)))
                .query();
        return cell.getText();
    }

    @Test
    void theSummaryShowsNoAppraisedIndexBeforeTheAppraisalHasBegun(FxRobot robot) {
        clickCell(robot, "1.4.1", "Tự đánh giá");
        robot.write("0,5").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        // Not "0,00": nothing is appraised yet, so there is no appraised index and no department achieved 0 points.
        assertThat(label(robot, "summary-index")).isEqualTo("—");
        assertThat(label(robot, "summary-self-index")).isNotEqualTo("—");
        TableView<?> departments = inView(robot, "#summary-departments").queryAs(TableView.class);
        assertThat(departments.getItems()).isNotEmpty();
        java.util.List<Object> selfColumn = new java.util.ArrayList<>();
        for (int row = 0; row < departments.getItems().size(); row++) {
            assertThat(departments.getColumns().get(3).getCellData(row)).isEqualTo("—");
            selfColumn.add(departments.getColumns().get(2).getCellData(row));
        }
        // The self column has the department of 1.4.1 and the total; a department with nothing self-scored yet
        // shows "—" there too, not 0,00.
        assertThat(selfColumn.get(selfColumn.size() - 1)).isNotEqualTo("—");
        assertThat(selfColumn.subList(0, selfColumn.size() - 1)).contains("—").anyMatch(t -> !"—".equals(t));

        // Ctrl+2 took the keyboard along, so Ctrl+1 comes back to the table without a click.
        assertThat(departments.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.view.tableHasFocus()).isTrue();
        clickCell(robot, "1.4.1", "Thẩm định");
        robot.write("0,5").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "summary-index")).isEqualTo("0,50");
    }

    @Test
    void typedScoresAreStoredAndTheTotalsFollow(FxRobot robot) {
        assertThat(label(robot, "totals-self")).isEqualTo("—/100,00");

        clickCell(robot, "1.4.1", "Tự đánh giá");
        robot.write("0,5").type(KeyCode.ENTER);
        // Enter moved down to 1.4.2.
        robot.write("1.5").type(KeyCode.ENTER);

        assertThat(harness.stored().entry("1.4.1").self()).isEqualTo(RuleInput.points("0.5"));
        assertThat(harness.stored().entry("1.4.2").self()).isEqualTo(RuleInput.points("1.5"));
        assertThat(label(robot, "totals-self")).isEqualTo("2,00/100,00");
        assertThat(cellText(robot, "1.4", "Tự đánh giá")).isEqualTo("2,00");
        assertThat(cellText(robot, "1", "Tự đánh giá")).isEqualTo("2,00");
    }

    @Test
    void tabMovesToTheAppraisalAndTheDeductionShows(FxRobot robot) {
        Label deduction = robot.lookup("#totals-deduction").queryAs(Label.class);
        assertThat(deduction.getText()).isEqualTo("—");
        javafx.scene.paint.Paint dash = deduction.getTextFill();
        clickCell(robot, "1.4.2", "Tự đánh giá");
        robot.write("2").type(KeyCode.TAB).write("1").type(KeyCode.ENTER);
        // Red for a deduction, not for the dash shown before any.
        assertThat(deduction.getTextFill()).isNotEqualTo(dash);

        assertThat(harness.stored().entry("1.4.2").firstAppraisal()).isEqualTo(RuleInput.points("1"));
        assertThat(cellText(robot, "1.4.2", "Điểm trừ")).isEqualTo("-1,00");
        assertThat(label(robot, "totals-appraised")).isEqualTo("1,00/100,00");
        assertThat(label(robot, "totals-deduction")).isEqualTo("1,00");
    }

    @Test
    void aValueAboveTheMaximumIsRefusedAtTheCellAndNothingIsStored(FxRobot robot) {
        clickCell(robot, "1.4.2", "Tự đánh giá");
        robot.write("3").type(KeyCode.ENTER);

        Label message = robot.lookup(".cell-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Điểm 3,00 vượt quá điểm tối đa 2,00.");
        assertThat(harness.stored().entry("1.4.2").self()).isNull();
        assertThat(inView(robot, ".score-editor").queryAs(TextField.class).getText()).isEqualTo("3");

        robot.type(KeyCode.ESCAPE);
        assertThat(cellText(robot, "1.4.2", "Tự đánh giá")).isEmpty();
        assertThat(harness.stored().entry("1.4.2").self()).isNull();
        assertThat(label(robot, "totals-self")).isEqualTo("—/100,00");
    }

    @Test
    void textThatIsNotANumberIsRefused(FxRobot robot) {
        clickCell(robot, "2.1", "Thẩm định");
        robot.type(KeyCode.F2).write("abc").type(KeyCode.ENTER);

        assertThat(robot.lookup(".cell-message").queryAs(Label.class).getText())
                .isEqualTo("“abc” không phải là một số. Hãy nhập số điểm, ví dụ 0,5.");
        assertThat(harness.stored().entry("2.1").firstAppraisal()).isNull();
    }

    @Test
    void aRatioIsComputedFromBOverA(FxRobot robot) {
        clickCell(robot, "3.13.2", "Thẩm định");
        robot.write("11/16").type(KeyCode.ENTER);

        assertThat(harness.stored().entry("3.13.2").firstAppraisal()).isEqualTo(RuleInput.RatioInput.of(16, 11));
        assertThat(cellText(robot, "3.13.2", "Thẩm định")).isEqualTo("0,69");
        assertThat(label(robot, "totals-appraised")).isEqualTo("0,69/100,00");
    }

    @Test
    void aLevelIsPickedFromItsList(FxRobot robot) {
        clickCell(robot, "1.1.1", "Tự đánh giá");
        robot.write("2");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> editor = inView(robot, ".score-editor").queryAs(ComboBox.class);
        assertThat(editor.getValue()).isEqualTo(1);
        robot.type(KeyCode.ENTER);

        assertThat(harness.stored().entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(1));
        assertThat(cellText(robot, "1.1.1", "Tự đánh giá")).isEqualTo("0,50");
    }

    @Test
    void violationsAreCountedAndDeleteClearsAScore(FxRobot robot) {
        clickCell(robot, "1.5.1", "Tự đánh giá");
        robot.write("3").type(KeyCode.ENTER);
        assertThat(cellText(robot, "1.5.1", "Tự đánh giá")).isEqualTo("0,50");

        clickCell(robot, "1.5.1", "Tự đánh giá");
        robot.type(KeyCode.DELETE);
        assertThat(harness.stored().entry("1.5.1").self()).isNull();
    }

    @Test
    void searchIgnoresDiacriticsAndKeepsAncestors(FxRobot robot) {
        robot.clickOn(".score-table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("tuyen truyen");
        WaitForAsyncUtils.waitForFxEvents();

        TreeTableView<ScoringRow> table = table(robot);
        assertThat(table.getExpandedItemCount()).isEqualTo(4);
        assertThat(table.getTreeItem(2).getValue().title())
                .isEqualTo("Mức độ thực hiện kế hoạch tuyên truyền CCHC đã ban hành");

        // Enter goes to the table; typing there scores the first matching leaf.
        robot.type(KeyCode.ESCAPE);
        assertThat(table.getExpandedItemCount()).isEqualTo(harness.model.rows().size());
    }

    @Test
    void onlyRowsWithDeductions(FxRobot robot) {
        clickCell(robot, "5.3", "Thẩm định");
        robot.write("2").type(KeyCode.ENTER);

        robot.clickOn("#scoring-only-deductions");
        WaitForAsyncUtils.waitForFxEvents();

        TreeTableView<ScoringRow> table = table(robot);
        assertThat(table.getExpandedItemCount()).isEqualTo(2);
        assertThat(table.getTreeItem(1).getValue().code()).isEqualTo("5.3");
        assertThat(cellText(robot, "5.3", "Điểm trừ")).isEqualTo("-2,00");
        assertThat(robot.lookup("#scoring-match-count").queryAs(Label.class).getText())
                .isEqualTo("2/" + harness.model.rows().size() + " tiêu chí");
    }

    @Test
    void theDetailPaneEditsTheSelectedRow(FxRobot robot) {
        clickCell(robot, "3.13.3", "Nội dung");
        robot.clickOn("#detail-first_appraisal-b").write("408");
        robot.clickOn("#detail-first_appraisal-a").write("637").type(KeyCode.ENTER);

        assertThat(harness.stored().entry("3.13.3").firstAppraisal()).isEqualTo(RuleInput.RatioInput.of(637, 408));
        assertThat(cellText(robot, "3.13.3", "Thẩm định")).isEqualTo("0,64");

        robot.clickOn("#detail-not-applicable");
        assertThat(harness.stored().entry("3.13.3").notApplicable()).isTrue();
        assertThat(label(robot, "totals-self")).isEqualTo("—/99,00");
    }
}
