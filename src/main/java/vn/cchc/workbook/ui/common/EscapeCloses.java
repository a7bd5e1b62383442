package vn.cchc.workbook.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Esc closes a secondary window (Phân tích, Xếp hạng nhiều sổ, the guide, the criteria library …), as it closes a
 * dialog, and gives the keyboard back to the window it was opened from. A clerk with Excel's habits presses Esc to
 * leave a window; before, only Alt+F4 closed them.
 *
 * <p>A control that has its own use for Esc keeps it: an open drop-down list or menu (its popup takes the key first
 * and only closes itself), a cell being edited (the edit is cancelled), a field that clears or cancels on Esc. Those
 * consume the key, and only a key nobody consumed reaches the window's own handler, which closes it. Lists, tables
 * and trees consume Esc even when nothing is being edited (JavaFX's behaviours do), so from one of those that is
 * not editing Esc closes the window straight away, as it closes a dialog ({@link Dialogs#style}).
 *
 * <p>What the focused field holds is committed first (fields commit when they lose the keyboard). Closing goes
 * through the window's close request, so a window that asks first (the criteria editor with
 * unsaved changes) asks on Esc as on Alt+F4. The main window never gets this: it is installed by
 * {@link ScreenFit#placeWindow}, which every secondary window goes through and the main window does not.
 */
public final class EscapeCloses {

    private static final Object INSTALLED = new Object();

    private EscapeCloses() {
    }

    /** Installs Esc on {@code stage} (once); {@code owner} gets the keyboard back when Esc closed it. */
    public static void install(Stage stage, Window owner) {
        if (stage.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        // Filter: before the list's or table's own behaviour consumes it. Handler: after every control had it.
        stage.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (isEscape(event) && event.getTarget() instanceof Node target && inIdleList(target)) {
                event.consume();
                close(stage, owner);
            }
        });
        EventHandler<KeyEvent> unclaimed = event -> {
            if (isEscape(event)) {
                event.consume();
                close(stage, owner);
            }
        };
        stage.addEventHandler(KeyEvent.KEY_PRESSED, unclaimed);
    }

    private static boolean isEscape(KeyEvent event) {
        return event.getCode() == KeyCode.ESCAPE && !event.isShortcutDown() && !event.isAltDown()
                && !event.isShiftDown();
    }

    private static void close(Stage stage, Window owner) {
        // A field commits what was typed when it loses the keyboard (the documents' paragraphs do): it loses it now,
        // while the window and its model still listen, not while the window is being taken down.
        Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (focused != null) {
            stage.getScene().getRoot().requestFocus();
        }
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        if (stage.isShowing()) {
            // The window asked and the user kept it (the criteria editor's unsaved changes): back where they were.
            if (focused != null && focused.getScene() == stage.getScene()) {
                focused.requestFocus();
            }
        } else if (owner != null && owner.isShowing()) {
            owner.requestFocus();
        }
    }

    /**
     * Whether {@code node} is (in) a list, table or tree that is not editing a cell: there Esc has nothing to do but
     * JavaFX's behaviour consumes it anyway. A text field inside (a cell's editor) keeps its Esc.
     */
    static boolean inIdleList(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return false;
            }
            if (n instanceof ListView<?> list) {
                return list.getEditingIndex() < 0;
            }
            if (n instanceof TableView<?> table) {
                return table.getEditingCell() == null;
            }
            if (n instanceof TreeTableView<?> table) {
                return table.getEditingCell() == null;
            }
            if (n instanceof TreeView<?> tree) {
                return tree.getEditingItem() == null;
            }
        }
        return false;
    }
}
