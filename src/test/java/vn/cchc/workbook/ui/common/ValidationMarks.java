package vn.cchc.workbook.ui.common;

import java.util.Optional;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

import impl.org.controlsfx.skin.DecorationPane;

/**
 * Reads what {@link FormValidation} drew on a field, the way a user sees it: the ControlsFX error icon lying over the
 * field (with its tooltip) and the red border of the theme's {@code :danger} state.
 */
public final class ValidationMarks {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private ValidationMarks() {
    }

    /**
     * The tooltip text of the error icon drawn on {@code field}, if one is shown. ControlsFX puts the icon among the
     * field's own children (unmanaged, at its corner); it finds the {@link DecorationPane} only as an ancestor.
     */
    public static Optional<String> markOn(Control field) {
        if (paneOf(field) == null) {
            throw new AssertionError(field + " is not inside a DecorationPane");
        }
        for (Node child : field.getChildrenUnmodifiable()) {
            if (child instanceof Label icon && icon.isVisible() && icon.getTooltip() != null) {
                return Optional.of(icon.getTooltip().getText());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code field} has the red border of a wrong field. */
    public static boolean isMarkedWrong(Control field) {
        return field.getPseudoClassStates().contains(DANGER) && markOn(field).isPresent();
    }

    private static DecorationPane paneOf(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof DecorationPane pane) {
                return pane;
            }
        }
        return null;
    }
}
