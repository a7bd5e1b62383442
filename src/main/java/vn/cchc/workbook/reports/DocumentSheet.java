package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.ShapeTypes;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;

import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.text.Messages;

/**
 * One sheet laid out as a Vietnamese administrative appendix: the header block, the headings, a table whose header
 * rows repeat on every printed page, the signature block, and an A4 page setup.
 *
 * <p>Rows are collected first and laid out when {@link #pageSetup} is called, because every layout decision depends
 * on all of them: the column widths are balanced from the text actually present ({@link ColumnBalance}), every row
 * gets the height its wrapped text needs in Times New Roman ({@link RowLayout}), a text longer than a page is split
 * over continuation rows, and every page break is decided by {@link PagePlan} with the same heights, margins, repeated
 * rows and print scale the spreadsheet uses. The report code addresses rows by the index {@link #addRow} returned;
 * formulas written with {@link #ref} are moved to the row's printed position when the sheet is written.
 *
 * <p>Cells go through POI's streaming model (SXSSF): they are written as plain XML text with inline strings when
 * the file is saved. Everything around the cells (merged regions, page setup, drawings, styles) lives in the
 * underlying XSSF sheet.
 */
final class DocumentSheet {

    static final double MM_PER_INCH = 25.4;
    static final double POINTS_PER_MM = 72 / MM_PER_INCH;
    private static final int EMU_PER_PIXEL = 9525;
    private static final double A4_LONG_SIDE = 297 * POINTS_PER_MM;
    private static final double A4_SHORT_SIDE = 210 * POINTS_PER_MM;
    static final double TOP_MM = 20;
    static final double BOTTOM_MM = 20;
    static final double LEFT_MM = 30;
    static final double RIGHT_MM = 15;
    /**
     * Share of the printable height the plan fills: LibreOffice stores heights in 1/100 mm and Excel in whole
     * pixels, so a page of planned rows can come out a point or two taller than the sum of their heights.
     */
    private static final double PAGE_SPARE = 0.985;
    private static final int SIGNING_SPACE_ROWS = 3;
    /** Characters (of the 6-pt digit) kept free of the printable width, so rounding never pushes a column over. */
    private static final int WIDTH_SPARE_CHARACTERS = 1;
    private static final Pattern CELL_REFERENCE = Pattern.compile("(?<![A-Z0-9_])([A-Z]{1,3})(\\d+)(?![0-9(])");
    /** A row above this height is refused by Excel (409 pt); longer texts are continued on the next row. */
    static final double EXCEL_MAX_ROW_POINTS = 409;

    /**
     * Where a piece of a line sits: one column, the left or right part of the page, the whole width, or (in a table
     * row) its column and every column to its right.
     */
    enum Span { CELL, LEFT, RIGHT, ALL, REST }

    /** A value in one cell or merged range of a line. */
    record Piece(Span span, int column, Object value, XSSFCellStyle style, double size, TextMeasure.Style font) {
    }

    /** One logical line of the sheet; a table row may print as several rows when its text is longer than a page. */
    static final class Line {
        final PagePlan.Kind kind;
        final List<Piece> pieces = new ArrayList<>();
        /** Fixed height for spacing rows; NaN when computed from the text. */
        double fixedHeight = Double.NaN;
        /** A criterion row whose sub-criteria follow: never the last row of a page. */
        boolean keepWithNext;

        Line(PagePlan.Kind kind) {
            this.kind = kind;
        }
    }

    /** A short rule under a header line: which line, which side, how long (points). */
    private record Rule(int line, Span side, double lengthPoints) {
    }

    private final SXSSFWorkbook workbook;
    private final String name;
    private final SheetStyles styles;
    private final List<Column> columns;
    private final List<Line> lines = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private SXSSFSheet sheet;
    private RowLayout.Result layout;

    DocumentSheet(SXSSFWorkbook workbook, SheetStyles styles, String name, List<Column> columns) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** The written sheet; only after {@link #pageSetup}. */
    SXSSFSheet sheet() {
        return sheet;
    }

    /** Index of the line the next call will add: the value {@link #ref} takes. */
    int nextRow() {
        return lines.size();
    }

    /** "C12": the reference of a cell of line {@code row}, for formulas; moved to the printed row on writing. */
    static String ref(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /**
     * The block above the title: the header block's lines on the left (the parent authority in capitals, the unit
     * in bold capitals, each line on a line of its own), the national title and motto (bold) on the right, each
     * underlined by a short rule, then the place and date.
     */
    void documentHeader(HeaderBlock header, String placeDate) {
        List<String> left = header.lines();
        boolean hasParent = !header.parentLine().isEmpty();
        String nation = DocumentText.upper(Messages.get("reports.doc.nation"));
        String motto = Messages.get("reports.doc.motto");
        int rows = Math.max(left.size(), 2);
        int first = lines.size();
        for (int i = 0; i < rows; i++) {
            Line line = new Line(PagePlan.Kind.TOP);
            if (i < left.size()) {
                boolean parent = hasParent && i == 0;
                line.pieces.add(new Piece(Span.LEFT, 0, left.get(i), parent ? styles.authority : styles.issuingUnit,
                        SheetStyles.HEADER_FONT_SIZE, parent ? TextMeasure.Style.REGULAR : TextMeasure.Style.BOLD));
            }
            if (i == 0) {
                line.pieces.add(new Piece(Span.RIGHT, 0, nation, styles.nation, SheetStyles.HEADER_FONT_SIZE,
                        TextMeasure.Style.BOLD));
            } else if (i == 1) {
                line.pieces.add(new Piece(Span.RIGHT, 0, motto, styles.motto, SheetStyles.MOTTO_FONT_SIZE,
                        TextMeasure.Style.BOLD));
            }
            lines.add(line);
        }
        spacing(PagePlan.Kind.TOP, 8);
        // The decree's rules: a third of the unit's line under it, the motto's full length under the motto.
        TextMeasure measure = TextMeasure.get();
        String unitLine = left.isEmpty() ? "" : left.get(left.size() - 1);
        double unitWidth = measure.width(unitLine, SheetStyles.HEADER_FONT_SIZE, TextMeasure.Style.BOLD);
        rules.add(new Rule(first + left.size(), Span.LEFT, unitWidth / 3));
        double mottoWidth = measure.width(motto, SheetStyles.MOTTO_FONT_SIZE, TextMeasure.Style.BOLD);
        rules.add(new Rule(first + 2, Span.RIGHT, mottoWidth));

        Line date = new Line(PagePlan.Kind.TOP);
        date.pieces.add(new Piece(Span.RIGHT, 0, placeDate, styles.placeDate, SheetStyles.HEADING_FONT_SIZE,
                TextMeasure.Style.ITALIC));
        lines.add(date);
        spacing(PagePlan.Kind.TOP, 10);
    }

    /** "PHỤ LỤC", the title in bold capitals, and the italic "(Kèm theo …)" line when there is one. */
    void headings(String appendixHeading, String title, String referenceLine) {
        headings(appendixHeading, title, "", referenceLine);
    }

    /**
     * As {@link #headings(String, String, String)}, with {@code marker} (e.g. "(theo điểm tự đánh giá)") on a line
     * of its own under the title, so that it is never split over two lines with a word left alone on the second.
     */
    void headings(String appendixHeading, String title, String marker, String referenceLine) {
        wideLine(PagePlan.Kind.TOP, appendixHeading, styles.heading, SheetStyles.HEADING_FONT_SIZE,
                TextMeasure.Style.BOLD);
        wideLine(PagePlan.Kind.TOP, DocumentText.upper(title), styles.title, SheetStyles.HEADING_FONT_SIZE,
                TextMeasure.Style.BOLD);
        if (!marker.isEmpty()) {
            wideLine(PagePlan.Kind.TOP, DocumentText.upper(marker), styles.title, SheetStyles.HEADING_FONT_SIZE,
                    TextMeasure.Style.BOLD);
        }
        if (!referenceLine.isEmpty()) {
            wideLine(PagePlan.Kind.TOP, referenceLine, styles.reference, SheetStyles.HEADING_FONT_SIZE,
                    TextMeasure.Style.ITALIC);
        }
        spacing(PagePlan.Kind.TOP, 10);
    }

    /** The bold, centred, wrapped column headers and the (1), (2) … numbering row; both repeat on every page. */
    void tableHeader() {
        tableHeader(false);
    }

    /**
     * As {@link #tableHeader()}; {@code compact}: the headers at {@link SheetStyles#COMPACT_HEADER_FONT_SIZE}, for a
     * table of many narrow columns whose long headers would otherwise take a third of the page.
     */
    void tableHeader(boolean compact) {
        Line header = new Line(PagePlan.Kind.REPEAT);
        Line numbers = new Line(PagePlan.Kind.REPEAT);
        for (int c = 0; c < columns.size(); c++) {
            header.pieces.add(new Piece(Span.CELL, c, columns.get(c).header(),
                    compact ? styles.compactTableHeader : styles.tableHeader,
                    compact ? SheetStyles.COMPACT_HEADER_FONT_SIZE : SheetStyles.TABLE_FONT_SIZE,
                    TextMeasure.Style.BOLD));
            numbers.pieces.add(new Piece(Span.CELL, c, "(" + (c + 1) + ")", styles.columnNumber,
                    SheetStyles.RECIPIENT_FONT_SIZE, TextMeasure.Style.ITALIC));
        }
        lines.add(header);
        lines.add(numbers);
    }

    /**
     * A table row. Values: {@link String}, {@link BigDecimal} (a real number, two decimals shown), {@link Formula}
     * (formula with cached result) or null (an empty bordered cell).
     *
     * @return the row's index, for {@link #ref}
     */
    int addRow(boolean bold, Object... values) {
        return addTableLine(PagePlan.Kind.BODY, bold, values);
    }

    /**
     * Marks the row at {@code line} (from {@link #addRow}) as a heading of the rows after it, a criterion over its
     * sub-criteria: the page plan never ends a page with it.
     */
    void keepWithNext(int line) {
        lines.get(line).keepWithNext = true;
    }

    /** A total or index row under the table: kept on the page of the signature and the last body rows. */
    int addTotalRow(Object... values) {
        return addTableLine(PagePlan.Kind.TOTAL, true, values);
    }

    /**
     * A table row whose cells before {@code restColumn} hold {@code values} and whose text {@code rest} spans from
     * {@code restColumn} to the last column: a row of another shape inside the table (the comparison's repeated
     * deductions, whose reasons take the room of the empty figure columns).
     *
     * @return the row's index, for {@link #ref}
     */
    int addRowWithRest(int restColumn, String rest, String... values) {
        if (restColumn < 1 || restColumn >= columns.size() || values.length > restColumn) {
            throw new IllegalArgumentException("Rest column " + restColumn + " for " + values.length + " values");
        }
        Line line = new Line(PagePlan.Kind.BODY);
        for (int c = 0; c < restColumn; c++) {
            Object value = c < values.length ? values[c] : null;
            line.pieces.add(new Piece(Span.CELL, c, value, styles.forColumn(columns.get(c).align(), false),
                    SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR));
        }
        line.pieces.add(new Piece(Span.REST, restColumn, rest, styles.forColumn(Column.Align.TEXT, false),
                SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR));
        lines.add(line);
        return lines.size() - 1;
    }

    private int addTableLine(PagePlan.Kind kind, boolean bold, Object... values) {
        for (Object value : values) {
            if (value != null && !(value instanceof String || value instanceof BigDecimal
                    || value instanceof Formula)) {
                throw new IllegalArgumentException("Unsupported cell value " + value.getClass());
            }
        }
        Line line = new Line(kind);
        for (int c = 0; c < columns.size(); c++) {
            Object value = c < values.length ? values[c] : null;
            Column column = columns.get(c);
            boolean cellBold = bold && !column.alwaysRegular();
            line.pieces.add(new Piece(Span.CELL, c, value, styles.forColumn(column.align(), cellBold),
                    SheetStyles.TABLE_FONT_SIZE, cellBold ? TextMeasure.Style.BOLD : TextMeasure.Style.REGULAR));
        }
        lines.add(line);
        return lines.size() - 1;
    }

    /** A bold row spanning the whole table: the department heading of a grouped table. Never ends a page. */
    int addGroupRow(String text) {
        return wideLine(PagePlan.Kind.GROUP, text, styles.textBold, SheetStyles.TABLE_FONT_SIZE,
                TextMeasure.Style.BOLD);
    }

    /** An italic note spanning the table under the totals: why a figure differs from another table's. */
    int addNoteRow(String text) {
        return wideLine(PagePlan.Kind.NOTE, text, styles.note, SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.ITALIC);
    }

    /** "Nơi nhận:" and its list on the left, the signature block on the right; nothing when both are empty. */
    void footer(Signer signer, List<String> recipients) {
        if (signer.isEmpty() && recipients.isEmpty()) {
            return;
        }
        spacing(PagePlan.Kind.FOOTER, 12);
        List<String> left = new ArrayList<>();
        if (!recipients.isEmpty()) {
            left.add(Messages.get("reports.doc.recipients"));
            for (String recipient : recipients) {
                left.add("- " + recipient.replaceFirst("^[-–•]\\s*", ""));
            }
        }
        List<String> right = new ArrayList<>();
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
        int rows = Math.max(left.size(), right.size());
        for (int i = 0; i < rows; i++) {
            Line line = new Line(PagePlan.Kind.FOOTER);
            if (i < left.size()) {
                boolean heading = i == 0;
                line.pieces.add(new Piece(Span.LEFT, 0, left.get(i),
                        heading ? styles.recipientsHeading : styles.recipient,
                        heading ? SheetStyles.TABLE_FONT_SIZE : SheetStyles.RECIPIENT_FONT_SIZE,
                        heading ? TextMeasure.Style.BOLD : TextMeasure.Style.REGULAR));
            }
            if (i < right.size() && !right.get(i).isEmpty()) {
                line.pieces.add(new Piece(Span.RIGHT, 0, right.get(i), styles.signer, SheetStyles.HEADING_FONT_SIZE,
                        TextMeasure.Style.BOLD));
            }
            if (line.pieces.isEmpty()) {
                line.fixedHeight = RowLayout.singleLineHeight(SheetStyles.HEADING_FONT_SIZE);
            }
            lines.add(line);
        }
    }

    /**
     * Lays the sheet out and writes it: A4 at the planned scale, the margins of the decree (top and bottom 20 mm,
     * left 30 mm, right 15 mm), the page number (13 pt) centred at the top of every page but the first, and a manual
     * break at the start of every page.
     */
    void pageSetup(boolean landscape) {
        Page page = Page.a4(landscape);
        layout = RowLayout.lay(lines, columns, page);
        write(page);
    }

    /** The table's columns (for tests). */
    List<Column> columns() {
        return columns;
    }

    /** The lines collected so far (for tests). */
    List<Line> lines() {
        return lines;
    }

    /** The layout decided by {@link #pageSetup}: widths, printed rows and page starts (for tests and the docs). */
    RowLayout.Result layout() {
        return layout;
    }

    /** The printable area of an A4 page with the decree's margins, in points. */
    record Page(double width, double height) {
        static Page a4(boolean landscape) {
            double paperWidth = landscape ? A4_LONG_SIDE : A4_SHORT_SIDE;
            double paperHeight = landscape ? A4_SHORT_SIDE : A4_LONG_SIDE;
            return new Page(paperWidth - (LEFT_MM + RIGHT_MM) * POINTS_PER_MM,
                    paperHeight - (TOP_MM + BOTTOM_MM) * POINTS_PER_MM);
        }

        /** Whole digit widths (6 pt each at 100 %) that fit across the page, less a spare one. */
        int widthCharacters() {
            return (int) Math.floor(width / RowLayout.POINTS_PER_CHARACTER) - WIDTH_SPARE_CHARACTERS;
        }

        /** The height rows may fill at {@code scale}, in unscaled points. */
        double plannedHeight(double scale) {
            return height / scale * PAGE_SPARE;
        }
    }

    private void write(Page page) {
        sheet = workbook.createSheet(name);
        XSSFSheet template = workbook.getXSSFWorkbook().getSheet(name);
        int[] widths = layout.widths();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int split = layout.split();
        int last = columns.size() - 1;
        Map<Integer, Integer> firstPrinted = new HashMap<>();
        List<RowLayout.PrintedRow> printed = layout.rows();
        for (int r = 0; r < printed.size(); r++) {
            firstPrinted.putIfAbsent(printed.get(r).line(), r);
        }
        int repeatFirst = -1;
        int repeatLast = -1;
        for (int r = 0; r < printed.size(); r++) {
            RowLayout.PrintedRow printedRow = printed.get(r);
            Line line = lines.get(printedRow.line());
            Row row = sheet.createRow(r);
            row.setHeightInPoints((float) printedRow.height());
            if (line.kind == PagePlan.Kind.REPEAT) {
                repeatFirst = repeatFirst < 0 ? r : repeatFirst;
                repeatLast = r;
            }
            for (int p = 0; p < line.pieces.size(); p++) {
                Piece piece = line.pieces.get(p);
                int from = RowLayout.firstColumn(piece, split);
                int to = RowLayout.lastColumn(piece, split, last);
                for (int c = from; c <= to; c++) {
                    // Every cell of a merged range gets the style, so bordered ranges are bordered all round.
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(piece.style());
                    if (c == from) {
                        Object value = printedRow.values() == null ? piece.value() : printedRow.values().get(p);
                        setValue(cell, value, firstPrinted);
                    }
                }
                if (to > from) {
                    // Regions are laid out by this class and never overlap, so the costly overlap check is skipped.
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, from, to));
                }
            }
        }
        if (repeatFirst >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFirst, repeatLast, -1, -1));
            sheet.createFreezePane(0, repeatLast + 1);
        }
        for (Rule rule : rules) {
            Integer row = firstPrinted.get(rule.line());
            if (row != null) {
                int from = rule.side() == Span.LEFT ? 0 : split + 1;
                int to = rule.side() == Span.LEFT ? split : last;
                rule(template, row, from, to, rule.lengthPoints(), widths);
            }
        }
        for (int start : layout.pageStarts()) {
            sheet.setRowBreak(start - 1);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(page.width() > page.height());
        // The plan's own scale, not "fit to width": each spreadsheet program computes that scale its own way.
        sheet.setFitToPage(false);
        print.setScale((short) layout.scalePercent());
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
        // Header codes: &"font,style" &size &P (page number); 13 pt as the decree asks (13–14).
        template.getOddHeader().setCenter("&\"" + SheetStyles.FONT + ",Regular\"&" + (int) SheetStyles.PAGE_NUMBER_SIZE
                + "&P");
        sheet.setDisplayGridlines(false);
    }

    private static void setValue(Cell cell, Object value, Map<Integer, Integer> firstPrinted) {
        switch (value) {
            case null -> {
            }
            case String text -> {
                if (!text.isEmpty()) {
                    cell.setCellValue(text);
                }
            }
            case BigDecimal number -> cell.setCellValue(number.doubleValue());
            case Formula formula -> {
                cell.setCellFormula(printedReferences(formula.expression(), firstPrinted));
                // Setting a value on a formula cell stores it as the cached result and keeps the formula.
                cell.setCellValue(formula.cached().doubleValue());
            }
            default -> throw new IllegalArgumentException("Unsupported cell value " + value.getClass());
        }
    }

    /** "SUM(C12,C15)" with each line's index replaced by the row it is printed on (its first row when split). */
    static String printedReferences(String expression, Map<Integer, Integer> firstPrinted) {
        Matcher matcher = CELL_REFERENCE.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int line = Integer.parseInt(matcher.group(2)) - 1;
            Integer row = firstPrinted.get(line);
            String replacement = matcher.group(1) + ((row == null ? line : row) + 1);
            matcher.appendReplacement(out, replacement);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private int wideLine(PagePlan.Kind kind, String text, XSSFCellStyle style, double size, TextMeasure.Style font) {
        Line line = new Line(kind);
        line.pieces.add(new Piece(Span.ALL, 0, text, style, size, font));
        lines.add(line);
        return lines.size() - 1;
    }

    private void spacing(PagePlan.Kind kind, double height) {
        Line line = new Line(kind);
        line.fixedHeight = height;
        lines.add(line);
    }

    /**
     * A short horizontal rule, centred in columns first..last, at the top of {@code row}, at most as long as the
     * width text can use there.
     */
    static void rule(XSSFSheet template, int row, int firstColumn, int lastColumn, double lengthPoints,
                             int[] widths) {
        double start = 0;
        for (int c = 0; c < firstColumn; c++) {
            start += widths[c] * RowLayout.PIXELS_PER_CHARACTER;
        }
        double width = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            width += widths[c] * RowLayout.PIXELS_PER_CHARACTER;
        }
        // Never to the range's edges: a line reaching the right edge of the last column makes LibreOffice print
        // an extra, empty page for it (the shape is taken to stick out of the print range).
        double length = Math.min(width - RowLayout.CELL_PADDING_POINTS / 0.75, lengthPoints / 0.75);
        double from = start + (width - length) / 2;
        double to = from + length;
        int[] a = locate(from, widths);
        int[] b = locate(to, widths);
        XSSFDrawing drawing = template.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(a[1], 0, b[1], 0, a[0], row, b[0], row);
        XSSFSimpleShape line = drawing.createSimpleShape(anchor);
        line.setShapeType(ShapeTypes.LINE);
        line.setLineStyleColor(0, 0, 0);
        line.setLineWidth(0.75);
    }

    /** The column and the offset in it (EMU) of a horizontal position given in pixels from the left edge. */
    private static int[] locate(double pixels, int[] widths) {
        double left = pixels;
        int last = widths.length - 1;
        for (int c = 0; c <= last; c++) {
            double width = widths[c] * RowLayout.PIXELS_PER_CHARACTER;
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
