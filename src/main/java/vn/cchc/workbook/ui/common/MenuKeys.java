package vn.cchc.workbook.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The arrow keys in a menu pass over greyed items, as GTK and macOS menus do. JavaFX stops on them, and Enter there
 * does nothing, so an officer arrowing through "Tệp" with no workbook open met a dead "Lưu" between "Bộ tiêu chí…"
 * and "Khôi phục dữ liệu…". Items stay in their places (decision 39): a menu keeps its shape whatever is open, and
 * what cannot apply now is still seen, greyed.
 *
 * <p>Works on every menu popup of the program (the menu bar's menus, their submenus, a text field's Cut/Copy/Paste)
 * through public API only: a key filter on each {@link ContextMenu} window repeats the arrow the menu itself handles
 * until it stops on an item that can be chosen, and a menu opened by keyboard onto a greyed first item moves on the
 * same way. The mouse is left alone: pointing at a greyed item keeps it pointed at.
 *
 * <p>A menu opened by keyboard (F10 then ↓, Alt with the underlined letter, the context-menu key) starts on its first
 * item that can be chosen, as GTK and Windows menus do. JavaFX under GTK often showed the menu bar's menus with no
 * item selected, so the next ↓ went to the first item, not the second: an officer who typed F10, →, ↓, ↓, Enter to
 * reach "Đơn vị phụ trách…" got "Hoàn tác" and undid an edit.
 *
 * <p>The key that opens or moves a menu opens nothing else: the menu bar takes the press of ↓, and its release, let
 * through, opened a focused ChoiceBox's list over the menu.
 */
public final class MenuKeys {

    private static final PseudoClass DISABLED = PseudoClass.getPseudoClass("disabled");
    private static final String INSTALLED = MenuKeys.class.getName();
    private static boolean watching;
    /** Whether the last key press or mouse press in any of the program's windows was a key press. */
    private static boolean lastInputByKeyboard;

    private MenuKeys() {
    }

    /** Makes every menu popup shown from now on skip greyed items; calling it again does nothing. */
    public static void skipDisabledItems() {
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().forEach(MenuKeys::install);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(MenuKeys::install);
            }
        });
    }

    private static void install(Window window) {
        if (window.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        window.addEventFilter(KeyEvent.KEY_PRESSED, event -> lastInputByKeyboard = true);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> lastInputByKeyboard = false);
        if (!(window instanceof ContextMenu)) {
            // The menu bar opens a menu on the press of ↓ and lets its release through to the focused control; a
            // ChoiceBox opens on that release, so F10 then ↓ showed its list over the menu. Once a menu is showing,
            // the release of the arrow that opened or moved it belongs to the menu.
            window.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
                if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) && menuShowingOver(window)) {
                    event.consume();
                }
            });
        }
        if (!(window instanceof ContextMenu menu) || menu.getScene() == null) {
            return;
        }
        menu.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            if (lastInputByKeyboard) {
                // After the menu has placed (or not placed) its own focus.
                Platform.runLater(() -> startOnFirstItem(menu));
            }
        });
        boolean[] repeating = {false};
        // True from the popup's showing until a key or the mouse is used in it: the focus put on an item meanwhile
        // is the menu's own choice of where to start (its first item, when opened from the menu bar by keyboard).
        boolean[] opening = {false};
        menu.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            opening[0] = false;
            if (repeating[0] || (event.getCode() != KeyCode.DOWN && event.getCode() != KeyCode.UP)) {
                return;
            }
            event.consume();
            repeating[0] = true;
            try {
                moveToEnabled(menu, event);
            } finally {
                repeating[0] = false;
            }
        });
        menu.addEventFilter(MouseEvent.ANY, event -> opening[0] = false);
        menu.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> opening[0] = true);
        menu.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> opening[0] = false);
        menu.getScene().focusOwnerProperty().addListener((property, before, now) -> {
            if (opening[0] && !repeating[0] && now != null && isGreyed(now)) {
                opening[0] = false;
                // After the menu has finished placing its focus, not inside its request.
                Platform.runLater(() -> {
                    Node focused = focusOwner(menu);
                    if (menu.isShowing() && focused != null && isGreyed(focused)) {
                        repeating[0] = true;
                        try {
                            moveToEnabled(menu, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false,
                                    false, false, false));
                        } finally {
                            repeating[0] = false;
                        }
                    }
                });
            }
        });
    }

    /** Whether a menu popup owned (directly or through another popup) by {@code window} is showing. */
    private static boolean menuShowingOver(Window window) {
        for (Window shown : Window.getWindows()) {
            if (shown instanceof ContextMenu menu && menu.isShowing()) {
                Window owner = menu.getOwnerWindow();
                while (owner instanceof ContextMenu parent) {
                    owner = parent.getOwnerWindow();
                }
                if (owner == window) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Puts the keyboard on the first item of {@code menu} that can be chosen, unless an item already has it. */
    private static void startOnFirstItem(ContextMenu menu) {
        if (!menu.isShowing() || menu.getSkin() == null) {
            return;
        }
        Node focused = focusOwner(menu);
        if (focused != null && isRow(focused)) {
            return;
        }
        rows(menu.getSkin().getNode()).stream().filter(row -> row.isVisible() && !isGreyed(row)).findFirst()
                .ifPresent(Node::requestFocus);
    }

    /** The menu's rows in order: JavaFX keeps each row's item in the row's properties under {@code MenuItem.class}. */
    private static List<Node> rows(Node node) {
        List<Node> rows = new ArrayList<>();
        if (isRow(node)) {
            rows.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> rows.addAll(rows(child)));
        }
        return rows;
    }

    private static boolean isRow(Node node) {
        return node.getProperties().get(MenuItem.class) instanceof MenuItem item && !(item instanceof SeparatorMenuItem);
    }

    /**
     * Sends {@code arrow} to the menu until the focus rests on an item that can be chosen, at most once per item: in
     * a menu where everything is greyed the focus ends where it would have without this class.
     */
    private static void moveToEnabled(ContextMenu menu, KeyEvent arrow) {
        Scene scene = menu.getScene();
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        int items = Math.max(1, menu.getItems().size());
        for (int i = 0; i < items; i++) {
            Node target = focusOwner(menu) != null ? focusOwner(menu) : scene.getRoot();
            Event.fireEvent(target, arrow.copyFor(target, target));
            Node focused = focusOwner(menu);
            if (focused == null || !isGreyed(focused)) {
                return;
            }
        }
    }

    private static Node focusOwner(ContextMenu menu) {
        return menu.getScene() == null ? null : menu.getScene().getFocusOwner();
    }

    /** A menu row drawn greyed: JavaFX marks the row (not the control) with :disabled. */
    static boolean isGreyed(Node row) {
        return row.isDisabled() || row.getPseudoClassStates().contains(DISABLED);
    }
}
