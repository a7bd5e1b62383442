package vn.cchc.workbook.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, created once and shared by its sheets (Excel allows about 64,000 styles per
 * file, and creating one per cell would also be slow). Times New Roman throughout, black, as the decree requires.
 */
final class SheetStyles {

    static final String FONT = "Times New Roman";
    static final double TABLE_FONT_SIZE = 12;
    static final double HEADER_FONT_SIZE = 12;
    static final double HEADING_FONT_SIZE = 13;
    static final double MOTTO_FONT_SIZE = 13;
    static final double RECIPIENT_FONT_SIZE = 11;
    /**
     * The column headers of a table with many narrow figure columns (the ranking sheet: one per lĩnh vực): at 12 pt
     * its header took 12 lines, a third of the page. Not smaller: the page check reads 11 pt as the least for text.
     */
    static final double COMPACT_HEADER_FONT_SIZE = 11;
    /** The page number at the top of every page but the first: 13 pt, as the decree asks (13–14). */
    static final double PAGE_NUMBER_SIZE = 13;
    /** Two decimals; Excel shows the decimal separator of the user's system (a comma in Vietnam). */
    static final String NUMBER_FORMAT = "0.00";

    final XSSFCellStyle authority;
    final XSSFCellStyle issuingUnit;
    final XSSFCellStyle nation;
    final XSSFCellStyle motto;
    final XSSFCellStyle placeDate;
    final XSSFCellStyle heading;
    final XSSFCellStyle title;
    final XSSFCellStyle reference;
    final XSSFCellStyle tableHeader;
    /** {@link #tableHeader} at {@link #COMPACT_HEADER_FONT_SIZE}. */
    final XSSFCellStyle compactTableHeader;
    final XSSFCellStyle columnNumber;
    final XSSFCellStyle text;
    final XSSFCellStyle textBold;
    final XSSFCellStyle center;
    final XSSFCellStyle centerBold;
    final XSSFCellStyle number;
    final XSSFCellStyle numberBold;
    final XSSFCellStyle recipientsHeading;
    final XSSFCellStyle recipient;
    final XSSFCellStyle signer;
    final XSSFCellStyle note;

    SheetStyles(XSSFWorkbook workbook) {
        // The default font sets Excel's unit of column width (its digit width), in Excel and in LibreOffice alike;
        // Times New Roman makes it the same everywhere and gives cells the user adds the document's font.
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeight(TABLE_FONT_SIZE);
        XSSFFont regular = font(workbook, TABLE_FONT_SIZE, false, false);
        XSSFFont bold = font(workbook, TABLE_FONT_SIZE, true, false);
        XSSFFont italicHeading = font(workbook, HEADING_FONT_SIZE, false, true);
        XSSFFont boldHeading = font(workbook, HEADING_FONT_SIZE, true, false);
        XSSFFont boldItalic = font(workbook, TABLE_FONT_SIZE, true, true);
        XSSFFont small = font(workbook, RECIPIENT_FONT_SIZE, false, false);
        XSSFFont italicSmall = font(workbook, RECIPIENT_FONT_SIZE, false, true);
        XSSFFont italic = font(workbook, TABLE_FONT_SIZE, false, true);
        short numberFormat = workbook.createDataFormat().getFormat(NUMBER_FORMAT);

        authority = plain(workbook, regular, HorizontalAlignment.CENTER);
        issuingUnit = plain(workbook, bold, HorizontalAlignment.CENTER);
        nation = plain(workbook, bold, HorizontalAlignment.CENTER);
        motto = plain(workbook, boldHeading, HorizontalAlignment.CENTER);
        placeDate = plain(workbook, italicHeading, HorizontalAlignment.CENTER);
        heading = plain(workbook, boldHeading, HorizontalAlignment.CENTER);
        title = plain(workbook, boldHeading, HorizontalAlignment.CENTER);
        reference = plain(workbook, italicHeading, HorizontalAlignment.CENTER);
        recipientsHeading = plain(workbook, boldItalic, HorizontalAlignment.LEFT);
        recipient = plain(workbook, small, HorizontalAlignment.LEFT);
        signer = plain(workbook, boldHeading, HorizontalAlignment.CENTER);

        tableHeader = bordered(workbook, bold, HorizontalAlignment.CENTER);
        compactTableHeader = bordered(workbook, font(workbook, COMPACT_HEADER_FONT_SIZE, true, false),
                HorizontalAlignment.CENTER);
        columnNumber = bordered(workbook, italicSmall, HorizontalAlignment.CENTER);
        text = bordered(workbook, regular, HorizontalAlignment.LEFT);
        textBold = bordered(workbook, bold, HorizontalAlignment.LEFT);
        center = bordered(workbook, regular, HorizontalAlignment.CENTER);
        centerBold = bordered(workbook, bold, HorizontalAlignment.CENTER);
        number = bordered(workbook, regular, HorizontalAlignment.CENTER);
        number.setDataFormat(numberFormat);
        numberBold = bordered(workbook, bold, HorizontalAlignment.CENTER);
        numberBold.setDataFormat(numberFormat);
        note = bordered(workbook, italic, HorizontalAlignment.LEFT);
    }

    XSSFCellStyle forColumn(Column.Align align, boolean bold) {
        return switch (align) {
            case CENTER -> bold ? centerBold : center;
            case TEXT -> bold ? textBold : text;
            case NUMBER -> bold ? numberBold : number;
        };
    }

    private static XSSFFont font(XSSFWorkbook workbook, double size, boolean bold, boolean italic) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeight(size);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static XSSFCellStyle plain(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment alignment) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment alignment) {
        XSSFCellStyle style = plain(workbook, font, alignment);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
