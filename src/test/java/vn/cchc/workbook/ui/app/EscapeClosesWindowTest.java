package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Esc closes every secondary window, opened from the main window as the clerk opens it, and the keyboard goes back to
 * the main window; a control that has its own use for Esc (an open drop-down list) keeps it first; the main window
 * never closes on Esc. Before, only Alt+F4 closed these windows.
 */
class EscapeClosesWindowTest extends AppWindowTest {

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

    /** The showing window other than the main one whose scene holds {@code query}, once it has the keyboard. */
    private Stage secondaryWith(FxRobot robot, String query) {
        // Read off the FX thread: a node of a window being closed may have lost its scene between two reads, so the
        // node is matched and kept with its window in one read (the test once failed on a null scene here).
        java.util.concurrent.atomic.AtomicReference<Stage> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> robot.lookup(query).queryAll().stream().anyMatch(n -> {
            javafx.scene.Scene scene = n.getScene();
            if (scene != null && scene.getWindow() instanceof Stage window && window != stage) {
                found.set(window);
                return true;
            }
            return false;
        }));
        Stage secondary = found.get();
        waitUntil(() -> secondary.isShowing() && Keyboard.window() == secondary);
        return secondary;
    }

    /** Esc, then: the window is closed and the keyboard is back in the main window. */
    private void escapeCloses(FxRobot robot, Stage secondary) {
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !secondary.isShowing());
        waitUntil(() -> Keyboard.window() == stage);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void escClosesTheAnalysisWindow(FxRobot robot) {
        openSample(robot);
        menu(robot, "menuTargets");
        Stage analysis = secondaryWith(robot, "#tab-targets");
        escapeCloses(robot, analysis);

        // Opened again after Esc, it is a working window again (its figures follow the workbook), and Esc closes it.
        menu(robot, "menuCompare");
        Stage again = secondaryWith(robot, "#tab-comparison");
        escapeCloses(robot, again);
    }

    @Test
    void escClosesTheRankingWindowButFirstClosesAnOpenDropDownList(FxRobot robot) {
        waitForStore();
        menu(robot, "menuRanking");
        Stage ranking = secondaryWith(robot, "#ranking-view");
        ComboBox<?> basis = robot.lookup("#ranking-basis").queryAs(ComboBox.class);
        fx(basis::requestFocus);
        waitUntil(() -> Keyboard.has(basis));
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        waitUntil(basis::isShowing);

        // The first Esc is the list's: it closes, the window stays.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !basis.isShowing());
        assertThat(ranking.isShowing()).isTrue();
        assertThat(Keyboard.window()).isSameAs(ranking);

        escapeCloses(robot, ranking);
    }

    @Test
    void escClosesTheGuideFromItsContentsList(FxRobot robot) {
        waitForStore();
        robot.type(KeyCode.F1);
        Stage help = secondaryWith(robot, "#helpContents");
        waitUntil(() -> Keyboard.has(robot.lookup("#helpContents").query()));
        escapeCloses(robot, help);
    }

    @Test
    void escClosesTheCriteriaLibraryFromItsTable(FxRobot robot) {
        waitForStore();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        Stage library = secondaryWith(robot, "#libraryTable");
        waitUntil(() -> Keyboard.has(robot.lookup("#libraryTable").query()));
        escapeCloses(robot, library);
    }

    @Test
    void escClosesTheDocumentsWindow(FxRobot robot) {
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        Stage documents = secondaryWith(robot, "#docDate");
        escapeCloses(robot, documents);
    }

    @Test
    void aParagraphTypedJustBeforeEscIsKept(FxRobot robot) {
        openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        Stage documents = secondaryWith(robot, "#docDate");
        javafx.scene.control.TextArea paragraph = robot.lookup("#docParagraph-0")
                .queryAs(javafx.scene.control.TextArea.class);
        fx(paragraph::requestFocus);
        waitUntil(() -> Keyboard.has(paragraph));
        robot.type(KeyCode.END);
        Keyboard.write(robot, " Thêm một câu.");
        var before = session().assessment().documents();

        escapeCloses(robot, documents);
        // The wording is committed when the paragraph loses the keyboard; Esc closes only after that.
        assertThat(session().assessment().documents()).isNotEqualTo(before);
        assertThat(session().assessment().documents().toString()).contains("Thêm một câu.");
    }

    @Test
    void escClosesAMessageWithOnlyAnOkButton(FxRobot robot) {
        waitForStore();
        for (boolean error : new boolean[] {false, true}) {
            var dialogs = new vn.cchc.workbook.ui.common.FxDialogService(stage);
            Platform.runLater(() -> {
                if (error) {
                    dialogs.showError("Không đọc được tệp “a.cchc”.");
                } else {
                    dialogs.showInfo("Đã lưu", "Đã lưu sổ chấm điểm.");
                }
            });
            waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
            Window message = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                    .orElseThrow();
            waitUntil(() -> Keyboard.window() == message);
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !message.isShowing());
        }
    }

    @Test
    void escNeverClosesTheMainWindow(FxRobot robot) {
        openSample(robot);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        assertThat(stage.isShowing()).isTrue();
        assertThat(Window.getWindows()).contains(stage);
    }
}
