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

    /** A workbook started in December 2026 assesses cả năm 2026, not "6 tháng đầu năm 2026" (seen in the window). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-06 | ca-nam          | 2026
            2026-10-01 | ca-nam          | 2026
            2026-09-30 | 6-thang-dau-nam | 2026
            2026-05-01 | 6-thang-dau-nam | 2026
            2026-04-30 | ca-nam          | 2025
            2026-01-02 | ca-nam          | 2025
            """)
    void aNewWorkbookProposesThePeriodDueAtThatTimeOfYear(String day, String kind, int year) {
        Period.WithYear likely = Period.likelyOn(java.time.LocalDate.parse(day));
        assertThat(likely.period().kind().id()).isEqualTo(kind);
        assertThat(likely.year()).isEqualTo(year);
    }
}
