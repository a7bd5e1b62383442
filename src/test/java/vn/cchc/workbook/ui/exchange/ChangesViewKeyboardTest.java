package vn.cchc.workbook.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;

/**
 * The what-changed filters by keyboard only: Tab reaches each check list, ↓ opens it, Space clears the item under
 * the cursor (the rounds' step rows go), Space again checks it (they come back), Esc closes the list.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesViewKeyboardTest {

    private static final Change STEP = new Change("", "", Field.ROUND_STEP, "",
            "Gửi kết quả thẩm định, ngày 15/10/2026, Sở Nội vụ");
    private static final Change DEADLINE = new Change("", "", Field.ROUND_DEADLINE, "",
            "Gửi giải trình: hạn 25/10/2026");
    private static final Change OPINION = new Change("1.1", "Kế hoạch CCHC", Field.OPINION, "", "Thiếu kế hoạch.");

    private ChangesView view;

    @Start
    void start(Stage stage) {
        view = new ChangesView(new ChangesViewModel(List.of(STEP, DEADLINE, OPINION)), null);
        stage.setScene(new Scene(view, 1000, 400));
        stage.show();
    }

    @Test
    void tabReachesTheFieldFilterDownOpensItAndSpaceHidesAndShowsTheStepRows(FxRobot robot) {
        @SuppressWarnings("unchecked")
        CheckComboBox<Field> fields = robot.lookup("#changesFields").queryAs(CheckComboBox.class);
        @SuppressWarnings("unchecked")
        CheckComboBox<?> kinds = robot.lookup("#changesKinds").queryAs(CheckComboBox.class);
        @SuppressWarnings("unchecked")
        TableView<Change> table = robot.lookup("#changesTable").queryAs(TableView.class);
        assertThat(fields.getItems()).containsExactly(Field.OPINION, Field.ROUND_STEP, Field.ROUND_DEADLINE);

        robot.interact(kinds::requestFocus);
        robot.type(KeyCode.TAB);
        assertThat(fields.isFocused()).as("Tab from the kinds reaches the fields").isTrue();
        ComboBox<?> shown = (ComboBox<?>) fields.lookupAll("*").stream().filter(ComboBox.class::isInstance)
                .findFirst().orElseThrow();
        // The focus shows: the inner combo box is drawn as a focused one.
        assertThat(shown.getPseudoClassStates()).extracting(Object::toString).contains("focused");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.isShowing()).as("↓ opens the list").isTrue();

        // ↓ to "Bước của vòng thẩm định" (the second item), Space clears it: the step row goes.
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fields.getCheckModel().getCheckedItems()).containsExactly(Field.OPINION, Field.ROUND_DEADLINE);
        assertThat(table.getItems()).containsExactly(DEADLINE, OPINION);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).containsExactly(STEP, DEADLINE, OPINION);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown.isShowing()).as("Esc closes the list").isFalse();
    }
}
