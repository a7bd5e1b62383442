package vn.cchc.workbook.ui.common;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;

/**
 * A table whose columns fill its width while they fit, and scrolls sideways when they do not.
 *
 * <p>Why: JavaFX's constrained resize policies never show a horizontal scroll bar. When the columns' minimum widths
 * (each at least its header, {@link ColumnHeaders}) add up to more than the table's width, the right columns are laid
 * out past its edge where nobody can reach them: the start list at the window's 960-px minimum lost "Sửa lần cuối"
 * and "Tệp", and at 1280×720 the comparison's tables lost "Ghi chú" and the reason column. So below that width the
 * table switches to the unconstrained policy, which scrolls, and back when it is wide enough again.
 */
public final class ColumnPolicy {

    /** Room kept for the vertical scroll bar, which takes width from the columns when the rows overflow. */
    private static final double SCROLL_BAR = 16;

    private ColumnPolicy() {
    }

    /** {@code table} filled by the last column while its columns fit, scrolling sideways when they do not. */
    public static void fillOrScroll(TableView<?> table) {
        fillOrScroll(table, TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /**
     * {@code table} filled by {@code fitting} (a constrained policy, e.g. every column in proportion to its width)
     * while its columns fit, scrolling sideways when they do not.
     */
    public static void fillOrScroll(TableView<?> table,
                                    javafx.util.Callback<TableView.ResizeFeatures, Boolean> fitting) {
        install(table, table.getVisibleLeafColumns(), narrow -> table.setColumnResizePolicy(narrow
                ? TableView.UNCONSTRAINED_RESIZE_POLICY : fitting));
    }

    /** The same for a tree table. */
    public static void fillOrScroll(TreeTableView<?> table) {
        install(table, table.getVisibleLeafColumns(), narrow -> table.setColumnResizePolicy(narrow
                ? TreeTableView.UNCONSTRAINED_RESIZE_POLICY : TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN));
    }

    private static void install(Control table, ObservableList<? extends TableColumnBase<?, ?>> columns,
                                java.util.function.Consumer<Boolean> apply) {
        Boolean[] applied = {null};
        InvalidationListener check = observable -> {
            boolean narrow = table.getWidth() > 0 && tooNarrow(table.getWidth() - table.snappedLeftInset()
                    - table.snappedRightInset(), columns);
            if (!Boolean.valueOf(narrow).equals(applied[0])) {
                applied[0] = narrow;
                apply.accept(narrow);
            }
        };
        apply.accept(false);
        applied[0] = false;
        table.widthProperty().addListener(check);
        columns.addListener(check);
    }

    /** Whether columns at their minimum widths do not fit in {@code room} (pixels), a scroll bar's width kept. */
    static boolean tooNarrow(double room, List<? extends TableColumnBase<?, ?>> columns) {
        double minimum = 0;
        for (TableColumnBase<?, ?> column : columns) {
            minimum += column.getMinWidth();
        }
        return minimum > room - SCROLL_BAR;
    }
}
