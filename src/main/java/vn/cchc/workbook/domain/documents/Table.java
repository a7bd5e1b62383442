package vn.cchc.workbook.domain.documents;

import java.util.List;
import java.util.Objects;

/**
 * A table of computed figures in a document (the phụ lục, the score table, the targets). Never edited by hand: its
 * figures are always the engine's.
 *
 * @param id      stable id within its section
 * @param columns the columns, left to right
 * @param rows    the rows under the header, top to bottom
 */
public record Table(String id, List<Column> columns, List<Row> rows) implements Block {

    /**
     * @param header  the header cell text
     * @param width   relative width (the writer shares the text width in proportion)
     * @param numeric figures: centred; text columns are left-aligned
     */
    public record Column(String header, int width, boolean numeric) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (width <= 0) {
                throw new IllegalArgumentException("width must be positive");
            }
        }
    }

    /** A row: one text per column ("" for an empty cell); {@code bold} for lĩnh vực and total rows. */
    public record Row(List<String> cells, boolean bold) {
        public Row {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }
    }

    public Table {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("Row of " + row.cells().size() + " cells in a table of "
                        + columns.size() + " columns");
            }
        }
    }
}
