package vn.cchc.workbook.ui.figures;

import java.util.function.Function;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.ColumnPolicy;

/** Read-only tables of formatted figures, the way the analysis views show them (numbers right-aligned). */
public final class FigureTables {

    /** A cell's left and right padding, with a margin: the wrapped text's width is the column's less this. */
    private static final double WRAP_PADDING = 12;

    private FigureTables() {
    }

    public static <R> TableView<R> table(String id) {
        return table(id, TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /**
     * A table whose columns share its width by {@code fitting} while they fit ({@link ColumnPolicy}); with
     * {@link TableView#UNCONSTRAINED_RESIZE_POLICY}, one whose columns keep their own widths and scroll sideways.
     */
    public static <R> TableView<R> table(String id, javafx.util.Callback<TableView.ResizeFeatures, Boolean> fitting) {
        TableView<R> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add("analysis-table");
        if (fitting == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy(fitting);
        } else {
            ColumnPolicy.fillOrScroll(table, fitting);
        }
        table.setPlaceholder(new Label(Messages.get("analysis.table.empty")));
        return table;
    }

    /** A text column ("Nội dung"), left-aligned and wrapping nothing; a text cut short is shown whole on hover. */
    public static <R> TableColumn<R, String> text(String key, double width, Function<R, String> value) {
        return vn.cchc.workbook.ui.common.TextColumns.text(key, value, width);
    }

    /** A figure column, right-aligned. */
    public static <R> TableColumn<R, String> number(String key, double width, Function<R, String> value) {
        TableColumn<R, String> column = text(key, width, value);
        column.getStyleClass().add("number-column");
        return column;
    }

    /**
     * A long text column (a title, a problem, an opinion): wraps within the cell on as many lines as it needs (the
     * row grows; a Labeled cell stopped at two lines and cut the rest to "…"), and shows all of it in a tooltip.
     */
    public static <R> TableColumn<R, String> wrapped(String key, double width, Function<R, String> value) {
        TableColumn<R, String> column = text(key, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.text.Text wrapped = new javafx.scene.text.Text();

            {
                wrapped.getStyleClass().add("wrapped-text");
                wrapped.wrappingWidthProperty().bind(column.widthProperty()
                        .map(w -> Math.max(40, w.doubleValue() - WRAP_PADDING)));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                wrapped.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null || item.isEmpty() ? null : wrapped);
                setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }

    /** A column whose cells get {@code styleOf(row)} as an extra style class ("change-up", "change-down"). */
    public static <R> TableColumn<R, String> styled(String key, double width, Function<R, String> value,
                                                   Function<R, String> styleOf) {
        TableColumn<R, String> column = number(key, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                setText(empty ? null : item);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    applied = styleOf.apply(row);
                    if (applied != null) {
                        getStyleClass().add(applied);
                    }
                }
            }
        });
        return column;
    }

    /** Rows matching {@code test} get {@code styleClass} (bold lĩnh vực rows, new or dropped criteria). */
    public static <R> void styleRows(TableView<R> table, Function<R, String> styleOf) {
        table.setRowFactory(t -> new TableRow<>() {
            private String applied;

            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (!empty && item != null) {
                    applied = styleOf.apply(item);
                    if (applied != null) {
                        getStyleClass().add(applied);
                    }
                }
            }
        });
    }

    /** A caption over a figure, as on the scoring summary. */
    public static Node tile(String key, ObservableValue<String> value, String id) {
        Label caption = new Label(Messages.get(key));
        caption.getStyleClass().add("tile-caption");
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("tile-figure");
        figure.textProperty().bind(value);
        VBox tile = new VBox(2, caption, figure);
        tile.getStyleClass().add("analysis-tile");
        return tile;
    }

    /** A bold heading over a part of a view. */
    public static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("analysis-heading");
        return label;
    }
}
