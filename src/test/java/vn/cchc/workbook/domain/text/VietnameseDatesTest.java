package vn.cchc.workbook.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    @Test
    void showsDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseDates.format(LocalDate.of(2023, 9, 6))).isEqualTo("06/09/2023");
        assertThat(VietnameseDates.format(LocalDateTime.of(2026, 12, 6, 9, 5))).isEqualTo("06/12/2026 09:05");
        assertThat(VietnameseDates.format((LocalDate) null)).isEmpty();
        java.time.Instant backup = LocalDateTime.of(2026, 12, 7, 5, 4, 9).atZone(java.time.ZoneId.systemDefault())
                .toInstant();
        assertThat(VietnameseDates.formatToTheSecond(backup)).isEqualTo("07/12/2026 05:04:09");
        assertThat(VietnameseDates.formatToTheSecond(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6/9/2023", "06/09/2023", " 6-9-2023 ", "6.9.2023", "06/9/2023"})
    void readsDatesTypedDayFirst(String typed) {
        assertThat(VietnameseDates.parse(typed)).contains(LocalDate.of(2023, 9, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2023", "2023-09-06", "6/9/23", "0/9/2023", "6/13/2023", "", "ngày 6",
            "6/9/1900", "6/9/9999", "1/1/99999"})
    void refusesWhatIsNotARealDateInTheAcceptedYears(String typed) {
        assertThat(VietnameseDates.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2023", "2023-09-06", "6/9/23", "0/9/2023", "6/13/2023", "", "ngày 6",
            "6/9/1900", "6/9/9999", "1/1/99999"})
    void saysWhyEveryRefusedTextIsNotADate(String typed) {
        assertThat(VietnameseDates.problem(typed)).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6/9/2023", "29/02/2024", "31/12/2100", "1/1/1945"})
    void hasNothingToSayAboutARealDate(String typed) {
        assertThat(VietnameseDates.problem(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/02/2026   | “31/02/2026” không có thật: tháng 2 năm 2026 có 28 ngày.",
        "29/2/2023    | “29/2/2023” không có thật: tháng 2 năm 2023 có 28 ngày.",
        "31/4/2026    | “31/4/2026” không có thật: tháng 4 năm 2026 có 30 ngày.",
        "0/9/2023     | “0/9/2023” không có thật: tháng 9 năm 2023 có 30 ngày.",
        "6/13/2023    | “6/13/2023” không có thật: không có tháng 13 (tháng là từ 1 đến 12).",
        "6/9/1900     | “6/9/1900” không nhận được: năm 1900 nằm ngoài khoảng 1945–2100.",
        "' 2023-09-06 ' | “2023-09-06” không phải là ngày; hãy nhập theo dạng ngày/tháng/năm, ví dụ 06/09/2023."
    })
    void tellsAWrongShapeFromADayThatDoesNotExist(String typed, String why) {
        assertThat(VietnameseDates.problem(typed)).isEqualTo(why);
    }

    @Test
    void quotesALongTextShortened() {
        assertThat(VietnameseDates.problem("x".repeat(10_000))).hasSizeLessThan(200);
    }
}
