package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * "Chấm điểm" lists the scoring view's keys and filters: each item does what its key or button does, the filters
 * are ticked as they are, and the shortcuts also work with the keyboard outside the view (on the toolbar).
 */
class ScoringMenuWindowTest extends AppWindowTest {

    private void openSample(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
    }

    private static Menu scoringMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menuScoring".equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(FxRobot robot, String id) {
        return scoringMenu(robot).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void fire(FxRobot robot, String id) {
        MenuItem item = item(robot, id);
        Platform.runLater(item::fire);
        waitUntil(() -> true);
    }

    private static boolean focused(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return Keyboard.has(node);
    }

    /** Whether the keyboard is in a control within {@code query}. */
    private static boolean inside(FxRobot robot, String query) {
        Node area = robot.lookup(query).query();
        if (area.getScene() == null || area.getScene().getWindow() != Keyboard.window()) {
            return false;
        }
        for (Node node = area.getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == area) {
                return true;
            }
        }
        return false;
    }

    private static boolean tableHasKeys(FxRobot robot) {
        return Keyboard.has(robot.lookup(".score-table").query());
    }

    private static int rowsShown(FxRobot robot) {
        return robot.lookup(".score-table").queryAs(javafx.scene.control.TreeTableView.class).getExpandedItemCount();
    }

    /** A menu item of any menu of the bar, by id. */
    private static MenuItem anyItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void undoAndRedoNameTheCriterionTheyGoBackTo(FxRobot robot) {
        openSample(robot);
        MenuItem undo = anyItem(robot, "menuUndo");
        MenuItem redo = anyItem(robot, "menuRedo");
        assertThat(undo.getText()).isEqualTo("Hoàn tác");
        var leaf = session().assessment().criteria().leaves().stream()
                .filter(node -> !session().assessment().entry(node.code()).notApplicable()).findFirst().orElseThrow();
        waitUntil(() -> tableHasKeys(robot));
        robot.write("2").type(KeyCode.ENTER);
        waitUntil(() -> undo.getText().equals("Hoàn tác (" + leaf.code() + ")"));
        assertThat(redo.getText()).isEqualTo("Làm lại");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> redo.getText().equals("Làm lại (" + leaf.code() + ")"));
        assertThat(undo.getText()).isEqualTo("Hoàn tác");
    }

    @Test
    void theMenuNamesTheKeysAndFiltersInOrder(FxRobot robot) {
        openSample(robot);
        assertThat(scoringMenu(robot).getItems().stream()
                .map(i -> i.getText() == null ? "—" : i.getText()
                        + (i.getAccelerator() == null ? "" : " [" + i.getAccelerator().getDisplayText() + "]"))
                .toList())
                .containsExactly("Đi tới mã… [Ctrl+G]", "Tìm kiếm… [Ctrl+F]",
                        "Sang khung chi tiết / về bảng [F6]", "—", "Bảng chấm điểm [Ctrl+1]", "Tổng hợp [Ctrl+2]", "—",
                        "Chỉ hiện tiêu chí có điểm trừ", "Chỉ hiện tiêu chí chưa chấm",
                        "Chỉ hiện tiêu chí không áp dụng", "Bỏ lọc", "—", "Chốt điểm…");
    }

    @Test
    void eachItemDoesWhatItsKeyOrButtonDoes(FxRobot robot) {
        openSample(robot);
        fire(robot, "menuGoTo");
        waitUntil(() -> focused(robot, "#scoring-goto"));

        fire(robot, "menuSearch");
        waitUntil(() -> focused(robot, "#scoring-search"));

        fire(robot, "menuSummary");
        TabPane tabs = robot.lookup("#scoring-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        waitUntil(() -> focused(robot, "#summary-departments"));

        fire(robot, "menuTable");
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0 && tableHasKeys(robot));

        fire(robot, "menuSwitchPane");
        waitUntil(() -> !tableHasKeys(robot) && inside(robot, "#detail-pane"));
        fire(robot, "menuSwitchPane");
        waitUntil(() -> tableHasKeys(robot));
    }

    @Test
    void theFiltersAreTickedAsTheyAreAndTurnOnAndOffFromTheMenu(FxRobot robot) {
        openSample(robot);
        ToggleButton deductions = robot.lookup("#scoring-only-deductions").queryAs(ToggleButton.class);
        CheckMenuItem onlyDeductions = (CheckMenuItem) item(robot, "menuOnlyDeductions");
        int all = rowsShown(robot);

        // Ticked from the menu: the toolbar's button shows it, fewer rows, the keyboard in the table.
        fx(() -> onlyDeductions.setSelected(true));
        fire(robot, "menuOnlyDeductions");
        waitUntil(deductions::isSelected);
        assertThat(rowsShown(robot)).isBetween(1, all - 1);
        waitUntil(() -> tableHasKeys(robot));

        // Turned off with the toolbar's button: the menu, opened again, shows it off.
        fx(() -> deductions.setSelected(false));
        fx(() -> scoringMenu(robot).show());
        waitUntil(() -> !onlyDeductions.isSelected());
        fx(() -> scoringMenu(robot).hide());

        fx(() -> robot.lookup("#scoring-only-unscored").queryAs(ToggleButton.class).setSelected(true));
        fx(() -> scoringMenu(robot).show());
        waitUntil(() -> ((CheckMenuItem) item(robot, "menuOnlyUnscored")).isSelected());
        fx(() -> scoringMenu(robot).hide());
        fx(() -> scoringMenu(robot).show());
        assertThat(item(robot, "menuClearFilter").isDisable()).as("Bỏ lọc with a filter on").isFalse();
        fx(() -> scoringMenu(robot).hide());
        fire(robot, "menuClearFilter");
        waitUntil(() -> !robot.lookup("#scoring-only-unscored").queryAs(ToggleButton.class).isSelected());
        assertThat(rowsShown(robot)).isEqualTo(all);
        fx(() -> scoringMenu(robot).show());
        assertThat(item(robot, "menuClearFilter").isDisable()).as("Bỏ lọc without a filter").isTrue();
        fx(() -> scoringMenu(robot).hide());
    }

    @Test
    void theShortcutsWorkWithTheKeyboardOnTheToolbarAndOnceInTheView(FxRobot robot) {
        openSample(robot);
        fx(() -> robot.lookup("#toolSave").query().requestFocus());
        waitUntil(() -> focused(robot, "#toolSave"));
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> focused(robot, "#scoring-goto"));

        // In the view the view's own handling takes the key: Ctrl+2 then Ctrl+1 come back to the table.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#scoring-tabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0 && tableHasKeys(robot));
    }
}
