package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;

/**
 * One table of a criteria file seen as text cells: a sheet of a workbook ({@link SheetGrid}) or a table of a Word
 * document ({@link WordGrid}). Rows and columns are 0-based; merged cells hold their text in the first cell only.
 */
interface TableGrid {

    /** The sheet's name, or "Bảng 2" for the second table of a document. */
    String name();

    /** The position of the table in its file (0-based), for ordering problems. */
    int position();

    /** "Trang tính PL01, dòng 12" / "Bảng 2, dòng 5": where a problem on row {@code row} (0-based + 1) is. */
    String where(int displayedRow);

    /** "Trang tính PL01" / "Bảng 2". */
    String where();

    int lastRow();

    int lastColumn(int row);

    boolean isHidden(int row);

    /** The cell's text, stripped; "" when empty. */
    String text(int row, int column);

    /** The text of the merged area the cell belongs to, or the cell's own text. */
    String spanText(int row, int column);

    /** Whether the cell belongs to a merged area that started in an earlier row. */
    boolean continuesMergeFromAbove(int row, int column);

    /** A number cell's exact value; null for text and blank cells. */
    BigDecimal number(int row, int column);

    boolean isBold(int row, int column);

    int indent(int row, int column);
}
