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

    @Test
    void columnsNeedTheirWidestCodeOnOneLine() {
        double code = measure.width("3.12.1", 12, TextMeasure.Style.BOLD);
        int characters = RowLayout.charactersFor(code);
        assertThat(RowLayout.usableWidth(characters)).isGreaterThanOrEqualTo(code * RowLayout.WRAP_SAFETY);
        assertThat(RowLayout.usableWidth(characters - 1)).isLessThan(code * RowLayout.WRAP_SAFETY);
    }
}
