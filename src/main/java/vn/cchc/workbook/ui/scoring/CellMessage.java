package vn.cchc.workbook.ui.scoring;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * A refusal shown right under the cell or field it concerns ("Điểm 3,00 vượt quá điểm tối đa 2,00."), so the
 * clerk sees why a value was not taken without looking elsewhere; or, styled apart, what a count or ratio being
 * typed gives ("1 lần vi phạm → 0,75 điểm"). It is drawn on a layer above the view rather than
 * in a popup window, so it never takes the keyboard away from the editor underneath.
 */
final class CellMessage {

    private final Pane layer = new Pane();
    private final Label label = new Label();
    private static final String HINT = "cell-hint";

    private Node anchor;
    private boolean hint;

    CellMessage() {
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("cell-message-layer");
        label.getStyleClass().add("cell-message");
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.setVisible(false);
        layer.getChildren().add(label);
    }

    /** The layer to stack above the view. */
    Node layer() {
        return layer;
    }

    void show(Node anchor, String text) {
        show(anchor, text, false);
    }

    /** Shows {@code text} under {@code anchor} as information (what the keys typed give), not as a refusal. */
    void showHint(Node anchor, String text) {
        show(anchor, text, true);
    }

    private void show(Node anchor, String text, boolean hint) {
        this.anchor = anchor;
        this.hint = hint;
        label.getStyleClass().remove(HINT);
        if (hint) {
            label.getStyleClass().add(HINT);
        }
        label.setText(text);
        Bounds bounds = anchor.localToScene(anchor.getBoundsInLocal());
        if (bounds == null || layer.getScene() == null) {
            return;
        }
        Point2D below = layer.sceneToLocal(bounds.getMinX(), bounds.getMaxY() + 2);
        label.autosize();
        double width = Math.min(360, label.prefWidth(-1));
        double height = label.prefHeight(width);
        label.resize(width, height);
        double x = Math.max(0, Math.min(below.getX(), layer.getWidth() - width - 4));
        double y = below.getY();
        if (y + height > layer.getHeight()) {
            y = layer.sceneToLocal(bounds.getMinX(), bounds.getMinY()).getY() - height - 2;
        }
        label.relocate(x, y);
        label.setVisible(true);
    }

    void hide() {
        label.setVisible(false);
        anchor = null;
    }

    /**
     * The keyboard went to {@code now}: a message about a cell or field it has left goes, since it would lie over
     * whatever the keyboard went to (the opinion column's message covered the very field F6 led to).
     */
    void focusMoved(Node now) {
        if (isShowing() && anchor != null && now != null && !within(now, anchor) && !within(anchor, now)) {
            hide();
        }
    }

    /** Whether {@code node} is {@code container} or inside it. */
    private static boolean within(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    boolean isShowing() {
        return label.isVisible();
    }

    /** Whether a refusal (not a hint) is showing. */
    boolean isShowingRefusal() {
        return label.isVisible() && !hint;
    }

    String text() {
        return label.getText();
    }
}
