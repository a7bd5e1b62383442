package vn.cchc.workbook.ui.figures;

import java.util.Objects;

import javafx.scene.Parent;

/** The analysis views' stylesheet. */
public final class FigureStyle {

    private FigureStyle() {
    }

    public static void addTo(Parent root) {
        root.getStylesheets().add(Objects.requireNonNull(FigureStyle.class.getResource("figures.css"),
                "figures.css").toExternalForm());
        root.getStyleClass().add("analysis-view");
    }
}
