package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;

class EditingWindowTest extends AppWindowTest {

    private void openSample(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
    }

    /** Gives the first manually scored criterion its full points as self score; returns the entry before. */
    private Entry scoreFirstManualCriterion() {
        CriterionNode node = session().assessment().criteria().leaves().stream()
                .filter(n -> n.rule() instanceof ScoringRule.Manual).findFirst().orElseThrow();
        Entry before = session().assessment().entry(node.code());
        RuleInput full = new RuleInput.PointsInput(node.maxPoints());
        RuleInput changed = full.equals(before.self()) ? new RuleInput.PointsInput(java.math.BigDecimal.ZERO) : full;
        fx(() -> session().apply(before.withSelf(changed)));
        return before;
    }

    @Test
    void undoAndRedoRestoreTheEntryFromTheKeyboard(FxRobot robot) {
        openSample(robot);
        Entry before = scoreFirstManualCriterion();
        Entry after = session().assessment().entry(before.code());
        assertThat(after).isNotEqualTo(before);
        assertThat(robot.lookup("#toolUndo").queryAs(Button.class).isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().assessment().entry(before.code())).isEqualTo(before);
        assertThat(robot.lookup("#toolRedo").queryAs(Button.class).isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().assessment().entry(before.code())).isEqualTo(after);
        session().requireWritten();
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow().entry(before.code()))
                .isEqualTo(after);
    }


    private static boolean accepts(CriterionNode node, String points) {
        try {
            node.rule().points(node.maxPoints(), new RuleInput.PointsInput(new java.math.BigDecimal(points)));
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private void confirmDialog(FxRobot robot) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aScoreTypedInTheTableIsUndoneAndRedoneWithTheKeyboard(FxRobot robot) {
        openSample(robot);
        CriterionNode node = session().assessment().criteria().leaves().stream()
                .filter(n -> n.rule() instanceof ScoringRule.Manual && accepts(n, "0.5")
                        && !session().assessment().entry(n.code()).notApplicable()
                        && !new RuleInput.PointsInput(new java.math.BigDecimal("0.5"))
                                .equals(session().assessment().entry(n.code()).self()))
                .findFirst().orElseThrow();
        Entry before = session().assessment().entry(node.code());
        String totalsBefore = robot.lookup("#totals-self").queryAs(Label.class).getText();

        clickSelfScore(robot, node.code());
        robot.write("0,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().assessment().entry(node.code()).self())
                .isEqualTo(new RuleInput.PointsInput(new java.math.BigDecimal("0.5")));
        assertThat(robot.lookup("#totals-self").queryAs(Label.class).getText()).isNotEqualTo(totalsBefore);
        assertThat(stage.getTitle()).startsWith("•");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().assessment().entry(node.code())).isEqualTo(before);
        assertThat(robot.lookup("#totals-self").queryAs(Label.class).getText()).isEqualTo(totalsBefore);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().assessment().entry(node.code()).self())
                .isEqualTo(new RuleInput.PointsInput(new java.math.BigDecimal("0.5")));
    }

    @Test
    void lockingDisablesEditingUntilUnlockedOnPurpose(FxRobot robot) {
        openSample(robot);
        robot.clickOn("#toolLock");
        confirmDialog(robot);

        assertThat(session().assessment().locked()).isTrue();
        session().requireWritten();
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow().locked()).isTrue();
        assertThat(robot.lookup("#toolDepartments").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#toolSave").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#toolExport").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#statusSaved").queryAs(Label.class).getText()).isEqualTo("Đã chốt điểm — chỉ xem");

        robot.clickOn("#toolLock");
        robot.clickOn("Hủy");
        assertThat(session().assessment().locked()).isTrue();
        robot.clickOn("#toolLock");
        confirmDialog(robot);
        assertThat(session().assessment().locked()).isFalse();
        assertThat(robot.lookup("#toolDepartments").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void oneTotalsLineNamesEachTrackAndFollowsAnEdit(FxRobot robot) {
        openSample(robot);
        assertThat(robot.lookup("#statusTotals").tryQuery()).as("no second totals line in the status bar").isEmpty();
        String shown = robot.lookup("#totals-self").queryAs(Label.class).getText();
        assertThat(robot.lookup("#totals-index-caption").queryAs(Label.class).getText())
                .isEqualTo(session().scorecard().totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED)
                        .scoredLeaves() > 0 ? "Chỉ số (thẩm định)" : "Chỉ số (tự đánh giá)");
        scoreFirstManualCriterion();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#totals-self").queryAs(Label.class).getText()).isNotEqualTo(shown);
    }

    @Test
    void theDepartmentsDialogRefusesToRemoveAnAssignedDepartment(FxRobot robot) {
        openSample(robot);
        Department assigned = session().assessment().entries().values().stream()
                .flatMap(e -> e.responsibilities().stream()).map(Responsibility::departmentId).findFirst()
                .flatMap(id -> session().assessment().department(id)).orElseThrow();
        robot.clickOn("#toolDepartments");
        waitUntil(() -> robot.lookup("#departmentsList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Department> list = robot.lookup("#departmentsList").queryAs(ListView.class);
        fx(() -> list.getSelectionModel().select(assigned));
        robot.clickOn("#departmentRemove");

        assertThat(robot.lookup("#departmentsMessage").queryAs(Label.class).getText())
                .startsWith("Không thể xóa “" + assigned.name() + "”");
        WaitForAsyncUtils.waitForFxEvents();
        Label refusal = robot.lookup("#departmentsMessage").queryAs(Label.class);
        assertThat(vn.cchc.workbook.ui.look.Truncation.find(refusal.getScene().getRoot()))
                .as("the refusal and the dialog's labels are shown whole").isEmpty();
        assertThat(refusal.getHeight()).isGreaterThanOrEqualTo(refusal.prefHeight(refusal.getWidth()) - 1);
        assertThat(list.getItems()).contains(assigned);

        robot.clickOn("#departmentAdd");
        waitUntil(() -> robot.lookup("#departmentName").tryQuery().isPresent());
        Keyboard.writeInto(robot, robot.lookup("#departmentName").query(), "Tổ công nghệ số");
        waitUntil(() -> !robot.lookup("#departmentFormOk").query().isDisabled());
        robot.clickOn("#departmentFormOk");
        assertThat(list.getItems()).extracting(Department::name).contains("Tổ công nghệ số");
        robot.clickOn("Áp dụng");
        assertThat(session().assessment().departments()).extracting(Department::name).contains("Tổ công nghệ số");
        session().requireWritten();
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow().departments())
                .extracting(Department::name).contains("Tổ công nghệ số");
    }

    @Test
    void closingWithChangesNotInTheFileAsksAndCancelKeepsTheWindow(FxRobot robot) {
        openSample(robot);
        scoreFirstManualCriterion();
        assertThat(window.model().unsavedProperty().get()).isTrue();
        assertThat(stage.getTitle()).startsWith("•");

        requestClose();
        robot.clickOn("Hủy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        requestClose();
        robot.clickOn("Không lưu");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        // Nothing typed is lost: the edit is in the store, and the next start offers to continue with it.
        assertThat(services.store().hasUnsavedChanges(session().assessment().id())).isTrue();
        assertThat(services.settings().lastAssessment()).contains(session().assessment().id());
    }

    @Test
    void theSampleOpenedAndClosedUntouchedAsksNothing(FxRobot robot) {
        openSample(robot);
        assertThat(window.model().unsavedProperty().get()).isFalse();
        assertThat(stage.getTitle()).doesNotStartWith("•");

        requestClose();

        // No "Lưu thay đổi?": the copy of the sample is in the store as it was opened, and no file lacks anything.
        assertThat(robot.lookup("Không lưu").tryQuery()).isEmpty();
        assertThat(stage.isShowing()).isFalse();
    }

    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
