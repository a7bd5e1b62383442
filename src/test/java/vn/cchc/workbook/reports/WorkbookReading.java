package vn.cchc.workbook.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading an exported file back the way a test needs it: by the text in a column rather than by row number. */
final class WorkbookReading {

    private WorkbookReading() {
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The first row whose cell in {@code column} holds exactly {@code text}. */
    static XSSFRow rowWith(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("No row with \"" + text + "\" in column " + column + " of " + sheet.getSheetName());
    }

    static String text(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? "" : cell.getStringCellValue();
    }

    /**
     * The text of a cell and of the rows that continue it on the next page (rows with no code in column 0 and no
     * figure in column 2), its lines joined with spaces as a reader reads them.
     */
    static String continuedText(XSSFRow row, int column) {
        StringBuilder text = new StringBuilder(text(row, column));
        XSSFSheet sheet = row.getSheet();
        for (int r = row.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow next = sheet.getRow(r);
            if (next == null || !text(next, 0).isEmpty() && !continuation(next) || !isBlank(next, 2)) {
                break;
            }
            String more = text(next, column);
            if (!more.isEmpty() && !more.endsWith(CONTINUED)) {
                text.append(' ').append(more);
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** What a continuation row's code cell ends with: "1.4.1\n(tiếp)". */
    static final String CONTINUED = "(tiếp)";

    /** Whether {@code row} continues the criterion above it on a new page ("1.4.1 (tiếp)" in a code cell). */
    static boolean continuation(XSSFRow row) {
        return text(row, 0).endsWith(CONTINUED) || text(row, 1).endsWith(CONTINUED);
    }

    /** The codes of an appendix's table rows in order, each once (its continuation rows left out). */
    static List<String> tableCodes(XSSFSheet sheet) {
        List<String> codes = new ArrayList<>();
        int first = rowWith(sheet, 0, "STT").getRowNum() + 2;
        int total = rowWith(sheet, 1, "Tổng điểm").getRowNum();
        for (int r = first; r < total; r++) {
            String code = text(sheet.getRow(r), 0);
            if (!code.isEmpty() && !continuation(sheet.getRow(r))) {
                codes.add(code);
            }
        }
        return codes;
    }

    static double number(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        if (cell == null || cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError("Not a number: " + (cell == null ? "no cell" : cell.getCellType() + " "
                    + cell) + " at row " + (row.getRowNum() + 1) + " column " + column);
        }
        return cell.getNumericCellValue();
    }

    static boolean isBlank(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    static boolean bold(XSSFRow row, int column) {
        return row.getCell(column).getCellStyle().getFont().getBold();
    }
}
