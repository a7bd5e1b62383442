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
        sizeToContent(pane);
    }

    /**
     * Makes the dialog's window as big as its content when it is shown, and bigger when the content grows (a message
     * appears under a field). On Linux a resizable dialog otherwise opens as an empty 200×200 box, and a message added
     * later is cut mid-sentence.
     */
    public static void sizeToContent(DialogPane pane) {
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            scene.windowProperty().addListener((o, before, window) -> {
                if (window != null) {
                    window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                            event -> javafx.application.Platform.runLater(() -> grow(pane, true)));
                }
            });
        });
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                grow(pane, false);
            }
        });
    }

    private static void grow(DialogPane pane, boolean always) {
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing() || pane.getWidth() <= 0) {
            return;
        }
        double wanted = pane.prefHeight(pane.getWidth());
        if (always || wanted > pane.getHeight() + 1 || pane.minWidth(-1) > pane.getWidth() + 1) {
            window.sizeToScene();
        }
    }
}
