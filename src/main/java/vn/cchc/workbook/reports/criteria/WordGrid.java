package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One table of a Word document as text cells, built by {@link WordTables}. A cell merged across columns (gridSpan)
 * or down rows (vMerge) keeps its text in its first grid cell only, as a merged area of a sheet does, so the reader
 * treats both alike.
 */
final class WordGrid implements TableGrid {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(?:[.,]\\d{1,6})?");

    /** A cell as Word holds it; every grid position it covers refers to the same instance. */
    record Cell(int row, int column, String text, boolean bold, int indent) {
    }

    private final int position;
    private final List<Cell[]> rows;

    WordGrid(int position, List<Cell[]> rows) {
        this.position = position;
        this.rows = List.copyOf(rows);
    }

    @Override
    public String name() {
        return vn.cchc.workbook.domain.text.Messages.get("criteriasets.where.tableName", position + 1);
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public String where(int displayedRow) {
        return vn.cchc.workbook.domain.text.Messages.get("criteriasets.where.tableRow", position + 1, displayedRow);
    }

    @Override
    public String where() {
        return name();
    }

    int rowCount() {
        return rows.size();
    }

    /** The widest row's number of grid columns. */
    int columnCount() {
        int widest = 0;
        for (Cell[] row : rows) {
            widest = Math.max(widest, row.length);
        }
        return widest;
    }

    @Override
    public int lastRow() {
        return rows.size() - 1;
    }

    @Override
    public int lastColumn(int row) {
        return row < 0 || row >= rows.size() ? -1 : rows.get(row).length - 1;
    }

    @Override
    public boolean isHidden(int row) {
        return false;
    }

    private Cell at(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0) {
            return null;
        }
        Cell[] cells = rows.get(row);
        return column < cells.length ? cells[column] : null;
    }

    @Override
    public String text(int row, int column) {
        Cell cell = at(row, column);
        return cell != null && cell.row() == row && cell.column() == column ? cell.text() : "";
    }

    @Override
    public String spanText(int row, int column) {
        Cell cell = at(row, column);
        return cell == null ? "" : cell.text();
    }

    @Override
    public boolean continuesMergeFromAbove(int row, int column) {
        Cell cell = at(row, column);
        return cell != null && cell.row() < row;
    }

    /** Word holds only text: a cell that is one plain number ("2", "0,5") is read as that number. */
    @Override
    public BigDecimal number(int row, int column) {
        String text = text(row, column);
        return NUMBER.matcher(text).matches() ? Numbers.fromText(text) : null;
    }

    @Override
    public boolean isBold(int row, int column) {
        Cell cell = at(row, column);
        return cell != null && cell.bold();
    }

    @Override
    public int indent(int row, int column) {
        Cell cell = at(row, column);
        return cell == null ? 0 : cell.indent();
    }
}
