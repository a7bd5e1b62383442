package vn.cchc.workbook.ui.look;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;

/**
 * Finds the labelled controls (labels, buttons, check boxes, column headers, tabs, table cells) whose text JavaFX
 * cut short with an ellipsis because it did not fit. JavaFX 21 has no public "is truncated" property; the skin shows
 * its text in a child {@link Text} node ({@code LabeledText}), which holds the shortened text when it was cut. A
 * table cell whose tooltip shows the whole text is accepted (the whole text is one hover away); a button, label,
 * check box, tab or column header never is.
 */
public final class Truncation {

    private Truncation() {
    }

    /** "Label 'Công chức Văn…' (full: 'Công chức Văn phòng - Thống kê')" for each cut text under {@code root}. */
    public static List<String> find(Node root) {
        List<String> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getTextOverrun() != OverrunStyle.CLIP) {
            String full = labeled.getText();
            String shown = shownText(labeled);
            boolean wholeOnHover = labeled.getTooltip() != null
                    && normal(String.valueOf(labeled.getTooltip().getText())).equals(normal(full == null ? "" : full));
            if (full != null && !full.isBlank() && shown != null && !normal(shown).equals(normal(full))
                    && labeled.getWidth() > 0 && !wholeOnHover) {
                cut.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                        + " '" + shown + "' (full: '" + full + "')");
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll
                && scroll.getHbarPolicy() == javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER
                && scroll.getContent() instanceof javafx.scene.layout.Region content
                && content.getWidth() > scroll.getViewportBounds().getWidth() + 1) {
            cut.add("ScrollPane" + (scroll.getId() == null ? "" : "#" + scroll.getId()) + " content "
                    + Math.round(content.getWidth()) + " px wide in a " + Math.round(scroll.getViewportBounds()
                    .getWidth()) + " px view: its right side is cut off");
        }
        if (node instanceof javafx.scene.control.Control table && (node instanceof javafx.scene.control.TableView<?>
                || node instanceof javafx.scene.control.TreeTableView<?>)) {
            double columns = (node instanceof javafx.scene.control.TableView<?> t ? t.getVisibleLeafColumns()
                    : ((javafx.scene.control.TreeTableView<?>) node).getVisibleLeafColumns()).stream()
                    .mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum();
            boolean scrolls = table.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                    && bar instanceof javafx.scene.control.ScrollBar scrollBar
                    && scrollBar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
            // Unconstrained, an empty table scrolls once it has rows; constrained (JavaFX's trap) it never does.
            boolean constrained = node instanceof javafx.scene.control.TableView<?> t
                    ? t.getColumnResizePolicy() != javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY
                    : ((javafx.scene.control.TreeTableView<?>) node).getColumnResizePolicy()
                    != javafx.scene.control.TreeTableView.UNCONSTRAINED_RESIZE_POLICY;
            boolean empty = node instanceof javafx.scene.control.TableView<?> t ? t.getItems().isEmpty()
                    : ((javafx.scene.control.TreeTableView<?>) node).getExpandedItemCount() == 0;
            if (table.getWidth() > 0 && columns > room + 20 && !scrolls && (constrained || !empty)) {
                cut.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                        + " columns " + Math.round(columns) + " px wide in " + Math.round(room)
                        + " px without a scroll bar: its right columns cannot be seen");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** Wrapped text keeps its words; only an ellipsis or missing words mean a cut. */
    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
