package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.InputStream;
import java.text.AttributedString;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Row heights and wrapping measured with Times New Roman's metrics (or Liberation Serif's, the same). */
class RowLayoutTest {

    private final TextMeasure measure = TextMeasure.get();

    @Test
    void theLinePitchOfTimesNewRomanIsAboutOnePointFifteenTimesTheSize() {
        // Times New Roman and Liberation Serif: ascent 0.891, descent 0.216, line gap 0.042 of the em.
        assertThat(measure.linePitch(12)).isCloseTo(13.79, within(0.05));
    }

    @Test
    void widthsAreTheFontsAdvancesIncludingVietnameseLetters() {
        // Times New Roman advance widths (per 1000 em): "0" 500, "W" 944, "i" 278.
        assertThat(measure.width("0", 12, TextMeasure.Style.REGULAR)).isCloseTo(6.0, within(0.01));
        assertThat(measure.width("W", 12, TextMeasure.Style.REGULAR)).isCloseTo(11.33, within(0.01));
        assertThat(measure.width("i", 12, TextMeasure.Style.REGULAR)).isCloseTo(3.34, within(0.01));
        // A letter with its marks is as wide as its base letter (ế as e, ữ as ư).
        assertThat(measure.width("ế", 12, TextMeasure.Style.REGULAR))
                .isCloseTo(measure.width("e", 12, TextMeasure.Style.REGULAR), within(0.01));
        assertThat(measure.width("Thành", 12, TextMeasure.Style.BOLD))
                .isGreaterThan(measure.width("Thành", 12, TextMeasure.Style.REGULAR));
    }

    @Test
    void wrappingBreaksAtSpacesAndKeepsExplicitLineBreaks() {
        double width = measure.width("Công chức Văn phòng", 12, TextMeasure.Style.REGULAR) + 1;
        assertThat(measure.wrap("Công chức Văn phòng - Thống kê", width, 12, TextMeasure.Style.REGULAR))
                .containsExactly("Công chức Văn phòng", "- Thống kê");
        assertThat(measure.wrap("a\nb", 500, 12, TextMeasure.Style.REGULAR)).containsExactly("a", "b");
        assertThat(measure.wrap("Siêudàiliềnmộtchữ", 20, 12, TextMeasure.Style.REGULAR)).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(measure.width(line, 12, TextMeasure.Style.REGULAR))
                        .isLessThanOrEqualTo(20.01));
    }

    /**
     * The row height is within 10 % of the text's real height: the number of lines an independent line breaker
     * (java.awt.font.LineBreakMeasurer over the bundled Liberation Serif) gives, times the font's line height.
     */
    @Test
    void aRowIsWithinTenPercentOfItsTextsRealHeight() throws Exception {
        Font font;
        try (InputStream in = getClass().getResourceAsStream("/vn/cchc/workbook/reports/fonts/LiberationSerif-Regular.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
        }
        String text = PrintSamples.LONG_SENTENCE.repeat(3).strip();
        double width = RowLayout.usableWidth(40);
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer breaker = new LineBreakMeasurer(attributed.getIterator(),
                new FontRenderContext(null, true, true));
        int lines = 0;
        while (breaker.getPosition() < text.length()) {
            breaker.nextLayout((float) width);
            lines++;
        }
        double real = lines * font.getLineMetrics(text, new FontRenderContext(null, true, true)).getHeight();
        List<String> wrapped = measure.wrap(text, width / RowLayout.WRAP_SAFETY, 12, TextMeasure.Style.REGULAR);
        double row = RowLayout.heightForLines(wrapped.size(), 12);
        assertThat(row).isBetween(real * 0.95, real * 1.10);
    }

    /**
     * LibreOffice 7.4 prints the national title (bold 12 pt) on one line in a cell or a merged range of 43
     * characters and wraps it at 42 (measured: one sheet per width, single and merged cells, pdftotext -bbox). The
     * layout asks for 44: never less than LibreOffice needs, one character to spare for Excel's pixel rounding.
     */
    @Test
    void theNationalTitleGetsWhatLibreOfficeNeedsAndAtMostOneCharacterMore() {
        double title = measure.width("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SheetStyles.HEADER_FONT_SIZE,
                TextMeasure.Style.BOLD);
        assertThat(RowLayout.charactersFor(title)).isBetween(43, 44);
        assertThat(measure.wrap("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RowLayout.usableWidth(44) / RowLayout.WRAP_SAFETY,
                SheetStyles.HEADER_FONT_SIZE, TextMeasure.Style.BOLD)).hasSize(1);
    }

    /**
     * A rule under a header line longer than its part (a motto over a narrow right part) stops short of the part's
     * edges: a line shape reaching the right edge of the last column made LibreOffice print an empty second page.
     */
    @Test
    void aHeaderRuleStaysInsideItsPart() throws Exception {
        int[] widths = {7, 44, 7, 6, 6, 6};
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("1");
            DocumentSheet.rule(sheet, 2, 2, 5, 400, widths);
            XSSFClientAnchor anchor = (XSSFClientAnchor) sheet.getDrawingPatriarch().getShapes().get(0).getAnchor();
            int emuPerCharacter = (int) RowLayout.PIXELS_PER_CHARACTER * 9525;
            assertThat((int) anchor.getCol1()).isEqualTo(2);
            assertThat(anchor.getDx1()).isPositive();
            assertThat((int) anchor.getCol2()).isEqualTo(5);
            assertThat(anchor.getDx2()).isLessThan(widths[5] * emuPerCharacter);
            // Both ends inside by the cell's padding, halved: the rule is centred.
            double inset = RowLayout.CELL_PADDING_POINTS / 2 / 0.75 * 9525;
            assertThat((double) anchor.getDx1()).isCloseTo(inset, within(9525.0));
            assertThat((double) widths[5] * emuPerCharacter - anchor.getDx2()).isCloseTo(inset, within(9525.0));
        }
    }

    @Test
    void columnsNeedTheirWidestCodeOnOneLine() {
        double code = measure.width("3.12.1", 12, TextMeasure.Style.BOLD);
        int characters = RowLayout.charactersFor(code);
        assertThat(RowLayout.usableWidth(characters)).isGreaterThanOrEqualTo(code * RowLayout.WRAP_SAFETY);
        assertThat(RowLayout.usableWidth(characters - 1)).isLessThan(code * RowLayout.WRAP_SAFETY);
    }
}
