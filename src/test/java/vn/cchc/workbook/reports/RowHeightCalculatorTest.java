package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowHeightCalculatorTest {

    private static final double WIDTH_30 = RowHeightCalculator.usableWidthPoints(30);

    @Test
    void shortTextTakesOneLineAndEmptyTextToo() {
        assertThat(RowHeightCalculator.lineCount("Đồng ý", WIDTH_30, 12, false)).isEqualTo(1);
        assertThat(RowHeightCalculator.lineCount("", WIDTH_30, 12, false)).isEqualTo(1);
    }

    @Test
    void aColumnThirtyCharactersWideHoldsAboutThirtyFiveCharactersOfTimesTwelveALine() {
        // 30 × 8 px less padding = 174 pt; Times New Roman 12 averages about 5.3 pt a character.
        assertThat(WIDTH_30).isBetween(170.0, 180.0);
        String words = "Tổng số nhiệm vụ đơn vị đề ra trong Kế hoạch năm là 30 nhiệm vụ và đã hoàn thành";
        int lines = RowHeightCalculator.lineCount(words, WIDTH_30, 12, false);
        assertThat(lines).isBetween(2, 3);
    }

    @Test
    void explicitLineBreaksStartNewLines() {
        String list = "1. A bị trừ 0,5 điểm.\n2. B bị trừ 1 điểm.\n3. C bị trừ 0,25 điểm.";
        assertThat(RowHeightCalculator.lineCount(list, WIDTH_30, 12, false)).isEqualTo(3);
        assertThat(RowHeightCalculator.lineCount("a\n\nb", WIDTH_30, 12, false)).isEqualTo(3);
    }

    @Test
    void longerTextNarrowerColumnsBiggerAndBolderFontsNeedMoreLines() {
        String text = TestAssessments.LONG_OPINION;
        int base = RowHeightCalculator.lineCount(text, WIDTH_30, 12, false);
        assertThat(base).isBetween(10, 14);
        assertThat(RowHeightCalculator.lineCount(text + " " + text, WIDTH_30, 12, false)).isGreaterThan(base * 2 - 2);
        assertThat(RowHeightCalculator.lineCount(text, RowHeightCalculator.usableWidthPoints(15), 12, false))
                .isGreaterThan(base * 3 / 2);
        assertThat(RowHeightCalculator.lineCount(text, WIDTH_30, 14, false)).isGreaterThan(base);
        assertThat(RowHeightCalculator.lineCount(text, WIDTH_30, 12, true)).isGreaterThanOrEqualTo(base);
    }

    @Test
    void aWordLongerThanTheLineIsBrokenBetweenLetters() {
        String word = "x".repeat(200);
        assertThat(RowHeightCalculator.lineCount(word, WIDTH_30, 12, false)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void vietnameseLettersAreAsWideAsTheirBaseLetters() {
        double scale = 12 / 1000.0;
        assertThat(RowHeightCalculator.width("Hiền Thành", scale)).isEqualTo(RowHeightCalculator.width("Hien Thanh",
                scale));
        assertThat(RowHeightCalculator.width("đ", scale)).isEqualTo(RowHeightCalculator.width("d", scale));
        assertThat(RowHeightCalculator.width("ư", scale)).isGreaterThanOrEqualTo(RowHeightCalculator.width("u",
                scale));
    }

    @Test
    void heightGrowsWithLinesAndLeavesRoomForTheLineSpacing() {
        float one = RowHeightCalculator.heightForLines(1, 12);
        float five = RowHeightCalculator.heightForLines(5, 12);
        assertThat(one).isBetween(15f, 18f);
        assertThat(five).isGreaterThanOrEqualTo(5 * 15f);
        assertThat(RowHeightCalculator.heightPoints("a\nb\nc", WIDTH_30, 12, false))
                .isEqualTo(RowHeightCalculator.heightForLines(3, 12));
    }
}
