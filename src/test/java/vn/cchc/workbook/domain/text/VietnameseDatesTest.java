package vn.cchc.workbook.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    @Test
    void showsDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseDates.format(LocalDate.of(2023, 9, 6))).isEqualTo("06/09/2023");
        assertThat(VietnameseDates.format(LocalDateTime.of(2026, 12, 6, 9, 5))).isEqualTo("06/12/2026 09:05");
        assertThat(VietnameseDates.format((LocalDate) null)).isEmpty();
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
}
