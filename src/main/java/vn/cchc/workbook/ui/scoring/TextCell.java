package vn.cchc.workbook.ui.scoring;

import java.util.function.Function;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A read-only cell. Wrapping cells (Nội dung) grow the row to show the whole wording; the others keep one line
 * and show the whole text in a tooltip.
 */
final class TextCell extends TreeTableCell<ScoringRow, RowView> {

    private static final double PADDING = 12;

    private final Function<RowView, String> text;
    private final Function<RowView, String> fullText;
    private final boolean wrap;
    private final Text wrapped = new Text();
    /** Made when a text first needs one: most cells never do, and a tooltip is a popup window of its own. */
    private Tooltip tooltip;

    TextCell(Function<RowView, String> text, boolean wrap) {
        this(text, wrap, row -> "");
    }

    /** A cell whose tooltip gives {@code fullText} when it is not blank (full names behind short ones). */
    TextCell(Function<RowView, String> text, boolean wrap, Function<RowView, String> fullText) {
        this.text = text;
        this.fullText = fullText;
        this.wrap = wrap;
        getStyleClass().add("score-text-cell");
        if (wrap) {
            wrapped.getStyleClass().add("wrapped-text");
            wrapped.wrappingWidthProperty().bind(tableColumnProperty().flatMap(c -> c.widthProperty())
                    .map(w -> Math.max(40, w.doubleValue() - PADDING)).orElse(200.0));
        }
    }

    @Override
    protected void updateItem(RowView item, boolean empty) {
        super.updateItem(item, empty);
        String value = empty || item == null ? null : text.apply(item);
        if (wrap) {
            setText(null);
            wrapped.setText(value == null ? "" : value);
            setGraphic(value == null ? null : wrapped);
            String full = value == null ? "" : fullText.apply(item);
            if (full.isEmpty()) {
                setTooltip(null);
            } else {
                tooltip().setText(full);
                setTooltip(tooltip);
            }
        } else {
            setText(value);
            boolean long_ = value != null && value.length() > 8;
            if (long_) {
                tooltip().setText(value);
                setTooltip(tooltip);
            } else {
                setTooltip(null);
            }
        }
    }

    private Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        return tooltip;
    }
}
