package vn.cchc.workbook.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;

/**
 * A tool bar whose buttons go on a second line when the window is narrow, instead of hiding behind JavaFX's "»"
 * overflow menu, where nobody finds "Lưu thành phiên bản mới…" (the width of a label depends on the font the
 * system has, so a row that fits with one font overflows with another). Styled as a tool bar by the theme.
 */
public final class WrappingToolBar {

    private WrappingToolBar() {
    }

    public static FlowPane of(Node... items) {
        FlowPane bar = new FlowPane(Orientation.HORIZONTAL, 4, 4);
        bar.getStyleClass().addAll("tool-bar", "wrapping-tool-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setRowValignment(javafx.geometry.VPos.CENTER);
        for (Node item : items) {
            if (item instanceof Separator separator) {
                separator.setOrientation(Orientation.VERTICAL);
                separator.setPrefHeight(24);
            }
            bar.getChildren().add(item);
        }
        // A flow pane asks for its width before it wraps; let the window's width decide.
        bar.setPrefWrapLength(0);
        bar.setMinWidth(0);
        return bar;
    }
}
