package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * One sheet seen as text cells. Merged cells hold their text in the top-left cell only; {@link #spanText} gives
 * every cell of a merged area the text of that cell, which is what a header made of merged cells needs.
 */
final class SheetGrid implements TableGrid {

    private final Sheet sheet;
    private final int position;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Map<Long, CellRangeAddress> mergedByCell = new HashMap<>();

    SheetGrid(Sheet sheet) {
        this.sheet = sheet;
        this.position = sheet.getWorkbook().getSheetIndex(sheet);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            // Only the areas a header can use are indexed; huge merged areas (whole columns) are not.
            if (region.getNumberOfCells() > 400) {
                continue;
            }
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    mergedByCell.put(key(r, c), region);
                }
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    @Override
    public String name() {
        return sheet.getSheetName();
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public String where(int displayedRow) {
        return SheetPlace.where(name(), displayedRow);
    }

    @Override
    public String where() {
        return SheetPlace.where(name());
    }

    @Override
    public int lastRow() {
        return sheet.getLastRowNum();
    }

    @Override
    public int lastColumn(int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        return row == null ? -1 : row.getLastCellNum() - 1;
    }

    @Override
    public boolean isHidden(int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        return row != null && row.getZeroHeight();
    }

    /** The cell's text as shown (numbers without a thousands separator, decimal point), stripped; "" when empty. */
    @Override
    public String text(int rowIndex, int column) {
        Cell cell = cell(rowIndex, column);
        if (cell == null) {
            return "";
        }
        if (uncomputed(cell)) {
            // Quoted as the formula, so that a message can name it; never computed here.
            return "=" + cell.getCellFormula();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString().strip();
            case NUMERIC -> cell.getCellType() == CellType.FORMULA
                    ? Numbers.fromCell(cell.getNumericCellValue()).toPlainString()
                    : formatter.formatCellValue(cell).strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** The text of the merged area the cell belongs to, or the cell's own text. */
    @Override
    public String spanText(int rowIndex, int column) {
        CellRangeAddress region = mergedByCell.get(key(rowIndex, column));
        return region == null ? text(rowIndex, column) : text(region.getFirstRow(), region.getFirstColumn());
    }

    /** Whether the cell belongs to a merged area that started in an earlier row. */
    @Override
    public boolean continuesMergeFromAbove(int rowIndex, int column) {
        CellRangeAddress region = mergedByCell.get(key(rowIndex, column));
        return region != null && region.getFirstRow() < rowIndex;
    }

    /** A number cell's exact value; null for text and blank cells. */
    @Override
    public BigDecimal number(int rowIndex, int column) {
        Cell cell = cell(rowIndex, column);
        if (cell == null) {
            return null;
        }
        if (uncomputed(cell)) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? Numbers.fromCell(cell.getNumericCellValue()) : null;
    }

    /**
     * A formula saved without its computed value (by a program that does not compute formulas, as Excel always
     * does): POI reads it as 0, which made a "=SUM(C18:C20)" maximum 0,00 without a word.
     */
    static boolean uncomputed(Cell cell) {
        return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
    }

    @Override
    public boolean isBold(int rowIndex, int column) {
        Cell cell = cell(rowIndex, column);
        if (cell == null) {
            return false;
        }
        Font font = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex());
        return font.getBold();
    }

    @Override
    public int indent(int rowIndex, int column) {
        Cell cell = cell(rowIndex, column);
        return cell == null ? 0 : cell.getCellStyle().getIndention();
    }

    private Cell cell(int rowIndex, int column) {
        if (column < 0) {
            return null;
        }
        Row row = sheet.getRow(rowIndex);
        return row == null ? null : row.getCell(column);
    }
}
