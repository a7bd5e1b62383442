package vn.cchc.workbook.reports.criteria;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes test workbooks the way people make them in Excel: text and numbers mixed, merges, hidden rows, styles. */
final class SheetBuilder implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private Sheet sheet;
    private final CellStyle bold;
    private final CellStyle indented;

    SheetBuilder() {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        indented = workbook.createCellStyle();
        indented.setIndention((short) 2);
    }

    SheetBuilder sheet(String name) {
        sheet = workbook.createSheet(name);
        return this;
    }

    /** A formula saved without its computed value, as a program that does not compute formulas writes it. */
    record Uncomputed(String formula) {
    }

    /**
     * Row {@code excelRow} (1-based): strings become text cells, Numbers number cells, {@link Uncomputed} formula
     * cells without a value, null stays empty.
     */
    SheetBuilder row(int excelRow, Object... cells) {
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Uncomputed uncomputed) {
                cell.setCellFormula(uncomputed.formula());
                var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell();
                if (ct.isSetV()) {
                    ct.unsetV();
                }
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    SheetBuilder merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow - 1, lastRow - 1, firstColumn, lastColumn));
        return this;
    }

    SheetBuilder hide(int excelRow) {
        sheet.getRow(excelRow - 1).setZeroHeight(true);
        return this;
    }

    SheetBuilder bold(int excelRow, int column) {
        sheet.getRow(excelRow - 1).getCell(column).setCellStyle(bold);
        return this;
    }

    SheetBuilder indent(int excelRow, int column) {
        sheet.getRow(excelRow - 1).getCell(column).setCellStyle(indented);
        return this;
    }

    /** Empty but styled cells far to the right, as left by formatting whole rows. */
    SheetBuilder trailingEmptyCells(int excelRow, int upToColumn) {
        Row row = sheet.getRow(excelRow - 1);
        for (int c = row.getLastCellNum(); c <= upToColumn; c++) {
            row.createCell(c).setCellStyle(bold);
        }
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
