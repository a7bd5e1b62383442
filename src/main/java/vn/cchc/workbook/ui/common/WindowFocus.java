package vn.cchc.workbook.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Gives a dialog or secondary window the keyboard when it opens, in the control meant to take it, so a clerk who
 * opened it by a shortcut can type at once.
 *
 * <p>Why this is needed: JavaFX on Linux (GTK) maps a new window and tells its scene straight away that it has the
 * focus (JDK-8220272), whatever the window manager then does: the scene's focused state says nothing about where
 * typed keys go, and whether the new window gets them is left to the window manager's rules for newly mapped windows
 * (openbox's focus-stealing prevention compares user times). Keys that still go to the owner of a modal dialog are
 * dropped, because the owner is disabled. On top of that, a dialog puts the keyboard on its default button once it
 * is shown, which undoes a {@code requestFocus} made in {@code setOnShown}. So, once the window is shown and placed,
 * this asks the window manager for the window's focus explicitly ({@link Window#requestFocus()}, on GTK
 * {@code gtk_window_present} stamped with the user's last event time, as the request of the application the user is
 * working in) and then puts the keyboard on the intended control.
 */
public final class WindowFocus {

    /** Key (in a dialog pane's or a window's properties) of the control meant to take the keyboard. */
    private static final Object CONTROL = new Object();
    /** Marks a window whose shown handler is installed. */
    private static final Object INSTALLED = new Object();

    private WindowFocus() {
    }

    /**
     * Names the control of {@code pane}'s dialog that takes the keyboard when it opens. Without one, the dialog keeps
     * JavaFX's choice (its default button), which suits a dialog that only asks a question.
     */
    public static void initialControl(DialogPane pane, Node control) {
        pane.getProperties().put(CONTROL, control);
    }

    /** The control named for {@code pane}, if any. */
    public static Node initialControl(DialogPane pane) {
        return pane.getProperties().get(CONTROL) instanceof Node node ? node : null;
    }

    /**
     * For a secondary window (a {@link Stage}, not a dialog): every time it is shown, it takes the keyboard with
     * {@code control} focused (null: the control the window's scene chose). Call after its placement is installed
     * ({@link ScreenFit#placeWindow}), so the window is placed first.
     */
    public static void onShown(Stage stage, Node control) {
        stage.getProperties().put(CONTROL, control);
        if (stage.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(() ->
                    take(stage, stage.getProperties().get(CONTROL) instanceof Node node ? node : null)));
        }
    }

    /**
     * Shows {@code stage}, or, when it is already open, brings it to the front with the keyboard (a window already
     * open behind the main one is not shown again, so its shown handler does not run).
     */
    public static void show(Stage stage) {
        if (stage.isShowing()) {
            stage.toFront();
            take(stage, null);
        } else {
            stage.show();
        }
    }

    /**
     * Asks for {@code window}'s focus and puts the keyboard on {@code control} when it is in that window and can take
     * it (otherwise the scene's own focus owner stays). Run after the window is shown, from a later event than the
     * one that showed it: by then the dialog has focused its default button and the scene has settled.
     */
    public static void take(Window window, Node control) {
        if (window == null || !window.isShowing()) {
            return;
        }
        window.requestFocus();
        Scene scene = window.getScene();
        if (scene != null && control != null && control.getScene() == scene && !control.isDisabled()
                && control.isVisible()) {
            control.requestFocus();
        }
    }

    /**
     * A dialog's list or table that takes the keyboard with nothing chosen gets its first row chosen, so the clerk sees
     * where the arrows start (JavaFX keeps an invisible cursor on the first row, and the first Down then lands on the
     * second). Not for secondary windows: the guide's contents would scroll the page past its introduction.
     */
    static void chooseFirstRow(Node control) {
        if (control instanceof ListView<?> list && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        } else if (control instanceof TableView<?> table && table.getSelectionModel().isEmpty()
                && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        } else if (control instanceof TreeTableView<?> tree && tree.getSelectionModel().isEmpty()
                && tree.getExpandedItemCount() > 0) {
            tree.getSelectionModel().selectFirst();
        }
    }
}
