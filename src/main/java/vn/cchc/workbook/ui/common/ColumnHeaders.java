package vn.cchc.workbook.ui.common;

import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a column at least as wide as its header, so a constrained table shrinks the other columns (or scrolls)
 * rather than cutting "Điểm phụ trách" to "Điểm phụ ...". A header with a line break ("Tự\nđánh giá") needs only its
 * longest line.
 */
public final class ColumnHeaders {

    /** The header's padding and sort-arrow room, with a margin for fonts a little wider than the one measured. */
    private static final double PADDING = 26;

    /**
     * The header's own padding, with no room for a sort arrow: for a column that is never sorted, where every pixel
     * counts (the scoring grid at the window's 960-px minimum).
     */
    private static final double UNSORTED_PADDING = 8;

    private ColumnHeaders() {
    }

    public static <C extends TableColumnBase<?, ?>> C fit(C column) {
        return fit(column, PADDING);
    }

    /** Like {@link #fit}, for a column that cannot be sorted: no room is kept for the sort arrow. */
    public static <C extends TableColumnBase<?, ?>> C fitUnsorted(C column) {
        if (column.isSortable()) {
            throw new IllegalArgumentException("column " + column.getText() + " can be sorted");
        }
        return fit(column, UNSORTED_PADDING);
    }

    private static <C extends TableColumnBase<?, ?>> C fit(C column, double padding) {
        column.setMinWidth(Math.max(column.getMinWidth(), width(column.getText(), padding)));
        if (column.getPrefWidth() < column.getMinWidth()) {
            column.setPrefWidth(column.getMinWidth());
        }
        return column;
    }

    /** The width a header text needs in the window's font (bold, as the theme draws headers). */
    public static double width(String header) {
        return width(header, PADDING);
    }

    /** The width a header text needs in a column that cannot be sorted (see {@link #fitUnsorted}). */
    public static double unsortedWidth(String header) {
        return width(header, UNSORTED_PADDING);
    }

    private static double width(String header, double padding) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        String family = Fonts.vietnameseFamily().orElse(Font.getDefault().getFamily());
        Font font = Font.font(family, FontWeight.BOLD, Math.max(14, Font.getDefault().getSize()));
        double widest = 0;
        for (String line : header.split("\n")) {
            Text text = new Text(line);
            text.setFont(font);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest * 1.08 + padding);
    }
}
