package vn.cchc.workbook.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A row of items that goes on as many lines as its width needs, breaking only between items (an item, such as a
 * caption with its figure, is never split or cut).
 *
 * <p>Why not a {@code FlowPane}: asked for its height without a width (as a parent does while it works out its own
 * preferred size), a flow pane answers for its preferred wrap length, 400 px, so under the scoring grid a line of five
 * figures asked for five lines of height and took them from the grid. This row answers for one line then, the width
 * it prefers; given a width, it answers for the lines that width needs. Its minimum width is its widest item, so a
 * narrow window wraps it rather than being pushed wider by it.
 */
public final class WrappingRow extends Pane {

    private final double hgap;
    private final double vgap;

    public WrappingRow(double hgap, double vgap, Node... items) {
        super(items);
        this.hgap = hgap;
        this.vgap = vgap;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node item : items()) {
            widest = Math.max(widest, snapSizeX(item.prefWidth(-1)));
        }
        return horizontalInsets() + widest;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (Node item : items()) {
            width += (width > 0 ? hgap : 0) + snapSizeX(item.prefWidth(-1));
        }
        return horizontalInsets() + width;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        List<List<Node>> lines = lines(width < 0 ? prefWidth(-1) : width);
        double height = 0;
        for (List<Node> line : lines) {
            height += lineHeight(line);
        }
        return snappedTopInset() + snappedBottomInset() + height + vgap * Math.max(0, lines.size() - 1);
    }

    /** How many lines the items take at the row's current width. */
    public int lineCount() {
        return lines(getWidth()).size();
    }

    @Override
    protected void layoutChildren() {
        double y = snappedTopInset();
        for (List<Node> line : lines(getWidth())) {
            double height = lineHeight(line);
            double x = snappedLeftInset();
            for (Node item : line) {
                double width = snapSizeX(item.prefWidth(-1));
                layoutInArea(item, x, y, width, height, 0, null, false, false,
                        HPos.LEFT, VPos.CENTER);
                x += width + hgap;
            }
            y += height + vgap;
        }
    }

    /** The items line by line at {@code width}: as many on a line as fit, at least one. */
    private List<List<Node>> lines(double width) {
        double room = width - horizontalInsets();
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        double used = 0;
        for (Node item : items()) {
            double itemWidth = snapSizeX(item.prefWidth(-1));
            if (!line.isEmpty() && used + hgap + itemWidth > room + 0.5) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : hgap) + itemWidth;
            line.add(item);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private double lineHeight(List<Node> line) {
        double height = 0;
        for (Node item : line) {
            height = Math.max(height, snapSizeY(item.prefHeight(-1)));
        }
        return height;
    }

    private List<Node> items() {
        List<Node> managed = new ArrayList<>();
        for (Node child : getChildren()) {
            if (child.isManaged()) {
                managed.add(child);
            }
        }
        return managed;
    }

    private double horizontalInsets() {
        return snappedLeftInset() + snappedRightInset();
    }
}
