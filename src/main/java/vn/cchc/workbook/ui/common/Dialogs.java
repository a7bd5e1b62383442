package vn.cchc.workbook.ui.common;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Gives a dialog the owner window's stylesheets and font, so dialogs look like the window they belong to. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void style(DialogPane pane, Window owner) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
