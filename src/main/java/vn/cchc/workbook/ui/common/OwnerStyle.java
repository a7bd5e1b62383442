package vn.cchc.workbook.ui.common;

import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * A secondary window looks like the window that opened it: the same stylesheets (the theme's colour tokens, the
 * focus marks, the selected row's colour of app.css) and the same font. A window that only added its own sheet showed
 * a list's selected row in the theme's faint grey while the main window showed it in the accent.
 */
public final class OwnerStyle {

    private OwnerStyle() {
    }

    /** Gives {@code scene} the stylesheets and font of {@code owner}'s scene. */
    public static void inherit(Scene scene, Window owner) {
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(0, owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
