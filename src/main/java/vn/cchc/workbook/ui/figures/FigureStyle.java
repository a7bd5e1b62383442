package vn.cchc.workbook.ui.figures;

import java.util.Objects;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/** The analysis views' stylesheet, and the owner window's theme for their own windows. */
public final class FigureStyle {

    private FigureStyle() {
    }

    public static void addTo(Parent root) {
        root.getStylesheets().add(Objects.requireNonNull(FigureStyle.class.getResource("figures.css"),
                "figures.css").toExternalForm());
        root.getStyleClass().add("analysis-view");
    }

    /** Gives {@code scene} the stylesheets and font of {@code owner}'s scene. */
    public static void inherit(Scene scene, Window owner) {
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            scene.getRoot().setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
