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
            // A menu's Alt key is marked by "_" in its name ("_Tệp"), which is not printed.
            String full = labeled.isMnemonicParsing() && labeled.getText() != null
                    ? labeled.getText().replaceFirst("_(?=[^_])", "") : labeled.getText();
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
        if (node instanceof javafx.scene.control.TextField field && field.getWidth() > 0) {
            promptCut(field).ifPresent(cut::add);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    /**
     * An empty field whose prompt ("ví dụ 103/UBND (để trống để ghi tay)") runs past the field: the skin clips its
     * text, so the prompt was read "… (để trống để ghi t". The prompt is shown in a {@link Text} of the skin whose
     * parent clips it to the room for text (less an icon of a search field).
     */
    private static java.util.Optional<String> promptCut(javafx.scene.control.TextField field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) {
            return java.util.Optional.empty();
        }
        for (Node text : field.lookupAll("Text")) {
            if (text instanceof Text shown && prompt.equals(shown.getText()) && shown.isVisible()
                    && shown.getParent() != null && shown.getParent().getClip() instanceof javafx.scene.shape.Rectangle clip
                    && shown.getLayoutBounds().getWidth() > clip.getWidth() + 0.5) {
                return java.util.Optional.of("TextField" + (field.getId() == null ? "" : "#" + field.getId())
                        + " prompt '" + prompt + "' needs " + Math.round(shown.getLayoutBounds().getWidth())
                        + " px in " + Math.round(clip.getWidth()) + " px: its end is cut off");
            }
        }
        return java.util.Optional.empty();
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
