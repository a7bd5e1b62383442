package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;

import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.text.Messages;

/**
 * One sheet laid out as a Vietnamese administrative appendix: the header block, the headings, a table whose header
 * rows repeat on every printed page, the signature block, and an A4 page setup. Rows are written top to bottom;
 * every row gets the height its wrapped text needs.
 *
 * <p>Cells go through POI's streaming model (SXSSF): they are written as plain XML text with inline strings when
 * the file is saved, instead of being built as XMLBeans objects one by one and deduplicated through the shared
 * strings table, which was most of the time of an export. Everything around the cells (merged regions, page
 * setup, drawings, styles) lives in the underlying XSSF sheet, as before.
 */
final class DocumentSheet {

    private static final double MM_PER_INCH = 25.4;
    private static final int EMU_PER_PIXEL = 9525;
    private static final double PIXELS_PER_CHARACTER = RowHeightCalculator.DIGIT_PIXELS;
    private static final double POINTS_PER_MM = 72 / MM_PER_INCH;
    private static final double A4_LONG_SIDE = 297 * POINTS_PER_MM;
    private static final double A4_SHORT_SIDE = 210 * POINTS_PER_MM;
    private static final double TOP_MM = 20;
    private static final double BOTTOM_MM = 20;
    private static final double LEFT_MM = 30;
    private static final double RIGHT_MM = 15;
    /** Page height kept spare when planning page breaks, for renderers that lay rows out a little taller. */
    private static final double PAGE_SPARE = 0.96;
    private static final int SIGNING_SPACE_ROWS = 3;

    private final SXSSFSheet sheet;
    /** The sheet behind the streamed cells: drawings and header/footer options are only reachable here. */
    private final XSSFSheet template;
    private final SheetStyles styles;
    private final List<Column> columns;
    private final int last;
    private final int split;
    private int next;
    private int tableHeaderFirst = -1;
    private int tableHeaderLast = -1;
    private int lastTableRow = -1;
    /** Rows that must print on one page: first row to last row. */
    private final java.util.Map<Integer, Integer> keepTogether = new java.util.HashMap<>();

    DocumentSheet(SXSSFWorkbook workbook, SheetStyles styles, String name, List<Column> columns) {
        this.sheet = workbook.createSheet(name);
        this.template = workbook.getXSSFWorkbook().getSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.last = columns.size() - 1;
        int total = columns.stream().mapToInt(Column::width).sum();
        int sum = 0;
        int leftEnd = 0;
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
            sum += columns.get(i).width();
            if (sum * 100 < total * 40) {
                leftEnd = i + 1;
            }
        }
        this.split = Math.min(leftEnd, last - 1);
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    /** Index (0-based) of the row the next call will write. */
    int nextRow() {
        return next;
    }

    /** "C12": the reference of a cell, for formulas. */
    static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /**
     * The block above the title: the parent authority (capitals) over the issuing unit (bold capitals) on the left,
     * the national title and motto (bold) on the right, each underlined by a short rule, then the place and date.
     */
    void documentHeader(String authority, String issuingUnit, String placeDate) {
        String left0 = authority.isEmpty() ? DocumentText.upper(issuingUnit) : DocumentText.upper(authority);
        XSSFCellStyle left0Style = authority.isEmpty() ? styles.issuingUnit : styles.authority;
        String left1 = authority.isEmpty() ? "" : DocumentText.upper(issuingUnit);
        String nation = DocumentText.upper(Messages.get("reports.doc.nation"));
        String motto = Messages.get("reports.doc.motto");

        int first = next;
        headerRow(left0, left0Style, nation, styles.nation, SheetStyles.HEADER_FONT_SIZE);
        headerRow(left1, styles.issuingUnit, motto, styles.motto, SheetStyles.MOTTO_FONT_SIZE);
        Row ruleRow = sheet.createRow(next++);
        ruleRow.setHeightInPoints(8);

        // The decree's rules: a third of the unit's line under it, the motto's full length under the motto.
        int unitRow = authority.isEmpty() ? first + 1 : first + 2;
        String unitText = authority.isEmpty() ? left0 : left1;
        double unitWidth = RowHeightCalculator.textWidthPoints(unitText, SheetStyles.HEADER_FONT_SIZE, true);
        rule(unitRow, 0, split, unitWidth / 3);
        double mottoWidth = RowHeightCalculator.textWidthPoints(motto, SheetStyles.MOTTO_FONT_SIZE, true);
        rule(first + 2, split + 1, last, mottoWidth);

        Row dateRow = sheet.createRow(next++);
        put(dateRow, split + 1, placeDate, styles.placeDate);
        merge(dateRow.getRowNum(), split + 1, last);
        dateRow.setHeightInPoints(height(placeDate, split + 1, last, SheetStyles.HEADING_FONT_SIZE, false));
        sheet.createRow(next++).setHeightInPoints(10);
    }

    /** "PHỤ LỤC", the title in bold capitals, and the italic "(Kèm theo …)" line when there is one. */
    void headings(String appendixHeading, String title, String referenceLine) {
        wideRow(appendixHeading, styles.heading, true);
        wideRow(DocumentText.upper(title), styles.title, true);
        if (!referenceLine.isEmpty()) {
            wideRow(referenceLine, styles.reference, false);
        }
        sheet.createRow(next++).setHeightInPoints(10);
    }

    /** The bold, centred, wrapped column headers and the (1), (2) … numbering row; both repeat on every page. */
    void tableHeader() {
        tableHeaderFirst = next;
        Row row = sheet.createRow(next++);
        float height = 0;
        for (int c = 0; c <= last; c++) {
            String text = columns.get(c).header();
            put(row, c, text, styles.tableHeader);
            height = Math.max(height, height(text, c, c, SheetStyles.TABLE_FONT_SIZE, true));
        }
        row.setHeightInPoints(height);
        Row numbers = sheet.createRow(next++);
        for (int c = 0; c <= last; c++) {
            put(numbers, c, "(" + (c + 1) + ")", styles.columnNumber);
        }
        numbers.setHeightInPoints(RowHeightCalculator.heightForLines(1, SheetStyles.RECIPIENT_FONT_SIZE));
        tableHeaderLast = next - 1;
        sheet.setRepeatingRows(new CellRangeAddress(tableHeaderFirst, tableHeaderLast, -1, -1));
        sheet.createFreezePane(0, next);
    }

    /**
     * A table row. Values: {@link String}, {@link BigDecimal} (a real number, two decimals shown), {@link Formula}
     * (formula with cached result) or null (an empty bordered cell).
     *
     * @return the row's index
     */
    int addRow(boolean bold, Object... values) {
        Row row = sheet.createRow(next++);
        float height = RowHeightCalculator.heightForLines(1, SheetStyles.TABLE_FONT_SIZE);
        for (int c = 0; c <= last; c++) {
            Object value = c < values.length ? values[c] : null;
            Column column = columns.get(c);
            boolean cellBold = bold && !column.alwaysRegular();
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.forColumn(column.align(), cellBold));
            switch (value) {
                case null -> {
                }
                case String text -> {
                    if (!text.isEmpty()) {
                        cell.setCellValue(text);
                        height = Math.max(height, height(text, c, c, SheetStyles.TABLE_FONT_SIZE, cellBold));
                    }
                }
                case BigDecimal number -> cell.setCellValue(number.doubleValue());
                case Formula formula -> {
                    cell.setCellFormula(formula.expression());
                    // Setting a value on a formula cell stores it as the cached result and keeps the formula.
                    cell.setCellValue(formula.cached().doubleValue());
                }
                default -> throw new IllegalArgumentException("Unsupported cell value " + value.getClass());
            }
        }
        row.setHeightInPoints(height);
        lastTableRow = row.getRowNum();
        return row.getRowNum();
    }

    /** A bold row spanning the whole table: the department heading of a grouped table. */
    int addGroupRow(String text) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c <= last; c++) {
            Cell cell = row.createCell(c, CellType.BLANK);
            cell.setCellStyle(styles.textBold);
        }
        row.getCell(0).setCellValue(text);
        merge(row.getRowNum(), 0, last);
        row.setHeightInPoints(height(text, 0, last, SheetStyles.TABLE_FONT_SIZE, true));
        // A group heading never ends a page: it stays with its first row.
        keepTogether.put(row.getRowNum(), row.getRowNum() + 1);
        lastTableRow = row.getRowNum();
        return row.getRowNum();
    }

    /** "Nơi nhận:" and its list on the left, the signature block on the right; nothing when both are empty. */
    void footer(Signer signer, List<String> recipients) {
        // The signature never stands alone on a page: the last table row and the total go with it.
        int keepFrom = Math.max(tableHeaderLast + 1, lastTableRow - 1);
        if (signer.isEmpty() && recipients.isEmpty()) {
            keepTogether.put(keepFrom, lastTableRow);
            return;
        }
        sheet.createRow(next++).setHeightInPoints(12);
        String[] left = new String[recipients.isEmpty() ? 0 : recipients.size() + 1];
        if (left.length > 0) {
            left[0] = Messages.get("reports.doc.recipients");
            for (int i = 0; i < recipients.size(); i++) {
                String recipient = recipients.get(i).replaceFirst("^[-–•]\\s*", "");
                left[i + 1] = "- " + recipient;
            }
        }
        java.util.List<String> right = new java.util.ArrayList<>();
        if (!signer.isEmpty()) {
            if (!signer.authorityLine().isEmpty()) {
                right.add(DocumentText.upper(signer.authorityLine()));
            }
            if (!signer.title().isEmpty()) {
                right.add(DocumentText.upper(signer.title()));
            }
            for (int i = 0; i < SIGNING_SPACE_ROWS; i++) {
                right.add("");
            }
            right.add(signer.name());
        }
        int rows = Math.max(left.length, right.size());
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(next++);
            float height = RowHeightCalculator.heightForLines(1, SheetStyles.HEADING_FONT_SIZE);
            if (i < left.length) {
                boolean headingLine = i == 0;
                XSSFCellStyle style = headingLine ? styles.recipientsHeading : styles.recipient;
                double size = headingLine ? SheetStyles.TABLE_FONT_SIZE : SheetStyles.RECIPIENT_FONT_SIZE;
                put(row, 0, left[i], style);
                merge(row.getRowNum(), 0, split);
                height = Math.max(height, height(left[i], 0, split, size, headingLine));
            }
            if (i < right.size() && !right.get(i).isEmpty()) {
                put(row, split + 1, right.get(i), styles.signer);
                merge(row.getRowNum(), split + 1, last);
                height = Math.max(height, height(right.get(i), split + 1, last, SheetStyles.HEADING_FONT_SIZE, true));
            }
            row.setHeightInPoints(height);
        }
        keepTogether.put(keepFrom, next - 1);
    }

    /**
     * A4, every column on one page width (as many pages down as needed), margins of the decree (top and bottom
     * 20 mm, left 30 mm, right 15 mm), the page number centred at the top of every page but the first.
     */
    void pageSetup(boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        // Each sheet is its own appendix: its pages are numbered from 1.
        print.setPageStart((short) 1);
        print.setUsePage(true);
        sheet.setMargin(PageMargin.TOP, mm(TOP_MM));
        sheet.setMargin(PageMargin.BOTTOM, mm(BOTTOM_MM));
        sheet.setMargin(PageMargin.LEFT, mm(LEFT_MM));
        sheet.setMargin(PageMargin.RIGHT, mm(RIGHT_MM));
        sheet.setMargin(PageMargin.HEADER, mm(10));
        sheet.setMargin(PageMargin.FOOTER, mm(10));
        template.getHeaderFooterProperties().setDifferentFirst(true);
        // Header codes: &"font,style" &size &P (page number).
        template.getOddHeader().setCenter("&\"" + SheetStyles.FONT + ",Regular\"&" + (int) SheetStyles.TABLE_FONT_SIZE
                + "&P");
        sheet.setDisplayGridlines(false);
        planPageBreaks(landscape);
    }

    /**
     * Lays the rows out on pages as Excel will (rows have fixed heights, the page is scaled to fit the width) and
     * puts a page break before any block that must stay together but would be split, such as the signature.
     */
    private void planPageBreaks(boolean landscape) {
        double pageWidth = landscape ? A4_LONG_SIDE : A4_SHORT_SIDE;
        double pageHeight = landscape ? A4_SHORT_SIDE : A4_LONG_SIDE;
        double printableWidth = pageWidth - (LEFT_MM + RIGHT_MM) * POINTS_PER_MM;
        double printableHeight = (pageHeight - (TOP_MM + BOTTOM_MM) * POINTS_PER_MM) * PAGE_SPARE;
        double contentWidth = columns.stream().mapToInt(Column::width).sum() * PIXELS_PER_CHARACTER * 0.75;
        double scale = Math.min(1, Math.floor(printableWidth / contentWidth * 100) / 100);
        double repeated = rowsHeight(tableHeaderFirst, tableHeaderLast) * scale;
        double used = 0;
        for (int r = 0; r < next; r++) {
            Integer blockEnd = keepTogether.get(r);
            if (blockEnd != null && r > tableHeaderLast + 1) {
                double block = rowsHeight(r, blockEnd) * scale;
                if (used + block > printableHeight && repeated + block <= printableHeight) {
                    sheet.setRowBreak(r - 1);
                    used = repeated;
                }
            }
            double height = rowsHeight(r, r) * scale;
            if (used + height > printableHeight) {
                used = r > tableHeaderLast ? repeated : 0;
            }
            used += height;
        }
    }

    private double rowsHeight(int first, int lastRow) {
        double total = 0;
        for (int r = first; r <= lastRow && r >= 0; r++) {
            Row row = sheet.getRow(r);
            total += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return total;
    }

    private void headerRow(String left, XSSFCellStyle leftStyle, String right, XSSFCellStyle rightStyle,
                           double rightSize) {
        Row row = sheet.createRow(next++);
        put(row, 0, left, leftStyle);
        merge(row.getRowNum(), 0, split);
        put(row, split + 1, right, rightStyle);
        merge(row.getRowNum(), split + 1, last);
        boolean leftBold = leftStyle != styles.authority;
        row.setHeightInPoints(Math.max(height(left, 0, split, SheetStyles.HEADER_FONT_SIZE, leftBold),
                height(right, split + 1, last, rightSize, true)));
    }

    private void wideRow(String text, XSSFCellStyle style, boolean bold) {
        Row row = sheet.createRow(next++);
        put(row, 0, text, style);
        merge(row.getRowNum(), 0, last);
        row.setHeightInPoints(height(text, 0, last, SheetStyles.HEADING_FONT_SIZE, bold));
    }

    private static void put(Row row, int column, String text, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    private void merge(int row, int firstColumn, int lastColumn) {
        if (lastColumn > firstColumn) {
            // Regions are laid out by this class and never overlap, so the costly overlap check is skipped.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, firstColumn, lastColumn));
        }
    }

    private float height(String text, int firstColumn, int lastColumn, double fontSize, boolean bold) {
        int characters = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            characters += columns.get(c).width();
        }
        double width = RowHeightCalculator.usableWidthPoints(characters);
        return RowHeightCalculator.heightPoints(text, width, fontSize, bold);
    }

    /** A short horizontal rule, centred in columns first..last, at the top of {@code row}. */
    private void rule(int row, int firstColumn, int lastColumn, double lengthPoints) {
        double start = 0;
        for (int c = 0; c < firstColumn; c++) {
            start += columns.get(c).width() * PIXELS_PER_CHARACTER;
        }
        double width = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            width += columns.get(c).width() * PIXELS_PER_CHARACTER;
        }
        double length = Math.min(width, lengthPoints / 0.75);
        double from = start + (width - length) / 2;
        double to = from + length;
        int[] a = locate(from);
        int[] b = locate(to);
        XSSFDrawing drawing = template.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(a[1], 0, b[1], 0, a[0], row, b[0], row);
        XSSFSimpleShape line = drawing.createSimpleShape(anchor);
        line.setShapeType(ShapeTypes.LINE);
        line.setLineStyleColor(0, 0, 0);
        line.setLineWidth(0.75);
    }

    /** The column and the offset in it (EMU) of a horizontal position given in pixels from the left edge. */
    private int[] locate(double pixels) {
        double left = pixels;
        for (int c = 0; c <= last; c++) {
            double width = columns.get(c).width() * PIXELS_PER_CHARACTER;
            if (left < width || c == last) {
                return new int[] {c, (int) Math.round(Math.min(left, width) * EMU_PER_PIXEL)};
            }
            left -= width;
        }
        return new int[] {last, 0};
    }

    private static double mm(double millimetres) {
        return millimetres / MM_PER_INCH;
    }
}
