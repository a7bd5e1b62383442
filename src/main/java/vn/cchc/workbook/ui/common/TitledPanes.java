package vn.cchc.workbook.ui.common;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Collapsible sections of a form: opening one by its title puts the keyboard in its first field. */
public final class TitledPanes {

    private static final int TRIES = 30;

    private TitledPanes() {
    }

    /**
     * When the user opens {@code pane} from its title (Enter, Space or a click: the title has the focus), the focus
     * moves to the first field inside, so typing can start at once; collapsing it gives the focus back to the title.
     */
    public static void focusContentOnExpand(TitledPane pane) {
        // JavaFX opens a titled pane with Space only; Enter on the title does the same here, as a clerk expects.
        pane.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.getTarget() == pane && pane.isCollapsible()
                    && !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()) {
                pane.setExpanded(!pane.isExpanded());
                event.consume();
            }
        });
        pane.expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded && pane.isFocused() && pane.getScene() != null) {
                focusWhenShown(pane);
            } else if (!expanded && focusInside(pane)) {
                pane.requestFocus();
            }
        });
    }

    /**
     * The content can take the focus only once the skin has made it visible for the opening animation, a pulse or
     * two later: try after each layout pulse, for at most {@link #TRIES} pulses.
     */
    private static void focusWhenShown(TitledPane pane) {
        Scene scene = pane.getScene();
        int[] tries = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Optional<Node> field = firstField(pane.getContent());
            field.ifPresent(Node::requestFocus);
            if (field.map(Node::isFocused).orElse(false) || ++tries[0] >= TRIES || !pane.isExpanded()) {
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** The first node of {@code root} (depth first, in order) the user can type into or press. */
    static Optional<Node> firstField(Node root) {
        if (root == null || !root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (root.isFocusTraversable()) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstField(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean focusInside(TitledPane pane) {
        if (pane.getScene() == null) {
            return false;
        }
        for (Node node = pane.getScene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == pane.getContent()) {
                return true;
            }
        }
        return false;
    }
}
