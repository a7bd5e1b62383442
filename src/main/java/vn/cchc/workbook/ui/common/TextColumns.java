package vn.cchc.workbook.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import vn.cchc.workbook.domain.text.Messages;

/**
 * A read-only text column of a small table (the evidence list, the department summary): header from the bundle and
 * never narrower than it ({@link ColumnHeaders#fit}), not sortable, and any text that may not fit has the whole text
 * in its tooltip.
 */
public final class TextColumns {

    /** Texts from this length on get a tooltip: in a narrow column even a date or a short name can be cut. */
    static final int TOOLTIP_FROM_LENGTH = 8;

    private TextColumns() {
    }

    public static <S> TableColumn<S, String> text(String headerKey, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(Messages.get(headerKey));
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(value.apply(features.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < TOOLTIP_FROM_LENGTH ? null : new Tooltip(item));
            }
        });
        // Never sorted: no room kept for a sort arrow (the summary's department table scrolled sideways for it).
        return ColumnHeaders.fitUnsorted(column);
    }
}
