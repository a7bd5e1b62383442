package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6-thang-dau-nam |                 | 6 tháng đầu năm 2023
            ca-nam          |                 | cả năm 2023
            khac            | Quý 3           | Quý 3 năm 2023
            khac            | 9 tháng năm 2023 | 9 tháng năm 2023
            khac            | 9 tháng đầu năm | 9 tháng đầu năm 2023
            """)
    void theYearIsWrittenOnceAfterThePeriod(String kind, String text, String expected) {
        Period period = new Period(Period.Kind.fromId(kind).orElseThrow(), text);
        assertThat(period.labelWithYear(2023)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void anUnnamedPeriodIsJustTheYear() {
        assertThat(Period.labelWithYear("", 2024)).isEqualTo("năm 2024");
    }
}
