package vn.cchc.workbook.ui.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text typed where the keyboard is, without clicking first. Monocle gives the keyboard to the window the program last
 * asked to focus (a new dialog) but never tells the earlier windows that they lost it, so several windows report
 * {@code isFocused()}; TestFX's {@code write} then types into the one it targeted last (usually the main window).
 * The window with the keyboard is the newest showing window that is focused; keys pressed as key codes
 * ({@code type}, {@code push}) go there by themselves.
 */
final class Keyboard {

    private Keyboard() {
    }

    /** The window the keyboard goes to. */
    static Window window() {
        Window newest = null;
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.isFocused()) {
                newest = window;
            }
        }
        if (newest == null) {
            throw new AssertionError("no window has the keyboard");
        }
        return newest;
    }

    /** Types {@code text} (any characters) into the focus owner of the window with the keyboard. */
    static void write(FxRobot robot, String text) {
        robot.targetWindow(window()).write(text);
    }

    /** Whether {@code node} is where typed keys go: the focus owner of the window with the keyboard. */
    static boolean has(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getFocusOwner() == node && scene.getWindow() == window();
    }

    /**
     * Waits until {@code field} has the keyboard by itself (no click), then types {@code text} there; fails when the
     * keyboard does not come to it.
     */
    static void writeInto(FxRobot robot, Node field, String text) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> has(field));
        } catch (TimeoutException e) {
            throw new AssertionError("the keyboard did not come to " + field, e);
        }
        write(robot, text);
    }
}
