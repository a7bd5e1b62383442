package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every dialog opened by keyboard takes the keys at once, in the control meant for them, with no click into it first:
 * the keys are real key presses (Monocle routes them to the window the program asked to focus), and what they do
 * proves where they landed. Esc leaves a dialog from its list too.
 */
class DialogKeyboardTest extends AppWindowTest {

    private void openSample(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
    }

    /** A menu item without a shortcut, fired as the menu does (F10 and the arrows end in the same call). */
    private static void menu(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
    }

    private static boolean owns(Node node) {
        return Keyboard.has(node);
    }

    /** Whether {@code box} is painted with the focus mark of app.css (the accent's soft background). */
    private static boolean showsFocus(CheckBox box) {
        javafx.scene.layout.Background background = box.getBackground();
        return background != null && background.getFills().stream()
                .anyMatch(fill -> javafx.scene.paint.Color.web("#ddeeff").equals(fill.getFill()));
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    @Test
    void ctrlShiftGOpensTheStepWithTheKeyboardInTheSenderField(FxRobot robot) {
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#sendName"));
        TextField name = robot.lookup("#sendName").queryAs(TextField.class);
        waitUntil(() -> owns(name));

        robot.type(KeyCode.H, KeyCode.O, KeyCode.A);
        assertThat(name.getText()).isEqualTo("hoa");
        Keyboard.write(robot, " Lê");
        assertThat(name.getText()).isEqualTo("hoa Lê");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#sendName"));
        assertThat(session().assessment().stage()).isEqualTo(
                services.store().loadAssessment(session().assessment().id()).orElseThrow().stage());
    }

    @Test
    void theDepartmentsOpenOnTheirListAndEscLeavesFromIt(FxRobot robot) {
        openSample(robot);
        menu(robot, "menuDepartments");
        waitUntil(() -> showing(robot, "#departmentsList"));
        ListView<?> list = robot.lookup("#departmentsList").queryListView();
        waitUntil(() -> owns(list));
        // The cursor shows on the first department; the arrows move it.
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);

        // Esc in the list, which JavaFX's list consumes, still closes the dialog as its cancel button.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#departmentsList"));
    }

    @Test
    void theWorkbookInformationOpensInItsFirstField(FxRobot robot) {
        openSample(robot);
        String unit = session().assessment().unit().name();
        menu(robot, "menuInfo");
        waitUntil(() -> showing(robot, "#infoUnitName"));
        TextField name = robot.lookup("#infoUnitName").queryAs(TextField.class);
        waitUntil(() -> owns(name));

        robot.type(KeyCode.END, KeyCode.X, KeyCode.Y);
        assertThat(name.getText()).isEqualTo(unit + "xy");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#infoUnitName"));
        assertThat(session().assessment().unit().name()).isEqualTo(unit);
    }

    @Test
    void ctrlEOpensTheExportOnItsFirstQuestion(FxRobot robot) {
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#exportReport-phu-luc"));
        CheckBox appendix = robot.lookup("#exportReport-phu-luc").queryAs(CheckBox.class);
        waitUntil(() -> owns(appendix));
        assertThat(appendix.isSelected()).isTrue();
        // A ticked box shows that it has the keyboard (the theme's own mark, an accent border on an accent box, did not).
        waitUntil(() -> showsFocus(appendix));

        // Space answers the question in focus; it does not start the export.
        robot.type(KeyCode.SPACE);
        assertThat(appendix.isSelected()).isFalse();
        assertThat(files.lastSuggestedName).as("no file asked for").isNull();
        robot.type(KeyCode.TAB);
        assertThat(owns(robot.lookup("#exportReport-phu-luc").queryAs(CheckBox.class))).isFalse();
        waitUntil(() -> !showsFocus(appendix));
        CheckBox next = robot.lookup("#exportReport-don-vi").queryAs(CheckBox.class);
        waitUntil(() -> owns(next) && showsFocus(next));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#exportGo"));
    }

    /** Seen on screen: Tab in "Nơi nhận" typed a tab character after "- Lưu: VT." instead of going on. */
    @Test
    void tabLeavesTheRecipientsAsItLeavesEveryField(FxRobot robot) {
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#exportRecipients"));
        javafx.scene.control.TextArea recipients = robot.lookup("#exportRecipients")
                .queryAs(javafx.scene.control.TextArea.class);
        fx(recipients::requestFocus);
        waitUntil(() -> owns(recipients));
        fx(() -> recipients.setText("- Lưu: VT."));
        fx(recipients::end);

        robot.type(KeyCode.TAB);
        waitUntil(() -> !owns(recipients));
        assertThat(recipients.getText()).isEqualTo("- Lưu: VT.");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> owns(recipients));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(recipients.getText()).isEqualTo("- Lưu: VT.\t");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#exportGo"));
    }

    /** Seen on screen: Enter on the focused "Phụ lục kết quả đánh giá" took it off the list instead of exporting. */
    @Test
    void enterOnACheckBoxExportsWithTheBoxAsItWas(FxRobot robot) throws Exception {
        openSample(robot);
        java.nio.file.Path target = dataDir.resolve("phu-luc.xlsx");
        files.answers.add(target);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#exportReport-phu-luc"));
        CheckBox appendix = robot.lookup("#exportReport-phu-luc").queryAs(CheckBox.class);
        waitUntil(() -> owns(appendix));

        robot.type(KeyCode.ENTER);

        waitUntil(() -> java.nio.file.Files.exists(target));
        assertThat(appendix.isSelected()).isTrue();
        assertThat(files.lastSuggestedName).isNotNull();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(target.toFile(), null, true)) {
            assertThat(book.getSheetName(0)).isEqualTo("Phụ lục kết quả");
        }
    }

    @Test
    void theRoundsOpenOnTheirFirstQuestionAndEscChangesNothing(FxRobot robot) {
        openSample(robot);
        menu(robot, "menuRoundsInfo");
        waitUntil(() -> showing(robot, "#roundsSide"));
        ComboBox<?> side = robot.lookup("#roundsSide").queryAs(ComboBox.class);
        waitUntil(() -> owns(side));
        Object before = side.getValue();

        robot.type(KeyCode.DOWN);
        assertThat(side.getValue()).isNotEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#roundsSide"));
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow().stage())
                .isEqualTo(session().assessment().stage());
    }

    @Test
    void theMissingListTakesTheKeyboardAndEscClosesIt(FxRobot robot) {
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#missingList"));
        ListView<?> list = robot.lookup("#missingList").queryListView();
        waitUntil(() -> owns(list));
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#missingList"));
    }

    @Test
    void f1OpensTheGuideWithTheKeyboardInItsContentsAgainWhenItIsAlreadyOpen(FxRobot robot) {
        waitForStore();
        robot.type(KeyCode.F1);
        waitUntil(() -> showing(robot, "#helpContents"));
        ListView<?> contents = robot.lookup("#helpContents").queryListView();
        Stage help = (Stage) contents.getScene().getWindow();
        waitUntil(() -> owns(contents));
        robot.type(KeyCode.DOWN);
        int first = contents.getSelectionModel().getSelectedIndex();
        assertThat(first).isNotNegative();

        // Back in the main window, F1 again: the same window comes back with the keyboard (a window already open is
        // not shown again, so nothing else would move the keyboard to it).
        fx(stage::requestFocus);
        robot.type(KeyCode.F1);
        robot.type(KeyCode.DOWN);
        assertThat(contents.getSelectionModel().getSelectedIndex()).isEqualTo(first + 1);
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s && help.getTitle()
                .equals(s.getTitle())).count()).isEqualTo(1);
        fx(help::close);
    }
}
