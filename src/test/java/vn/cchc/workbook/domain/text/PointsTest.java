package vn.cchc.workbook.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.InvalidInputException;

class PointsTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "0,5|0.5",
            "0.5|0.5",
            " 1,5 điểm |1.5",
            "2 Điểm|2",
            "69,82|69.82",
            ",25|0.25",
            "100|100",
    })
    void readsPointsAsPeopleTypeThem(String typed, String expected) {
        assertThat(Points.parse(typed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" refused")
    @CsvSource(delimiter = '|', value = {
            "abc     | “abc” không phải là một số. Hãy nhập số điểm, ví dụ 0,5.",
            "1.000,5 | “1.000,5” không phải là một số. Hãy nhập số điểm, ví dụ 0,5.",
            "1,5,0   | “1,5,0” không phải là một số. Hãy nhập số điểm, ví dụ 0,5.",
            "0,5đ    | “0,5đ” không phải là một số. Hãy nhập số điểm, ví dụ 0,5.",
    })
    void refusesTextThatIsNotANumber(String typed, String message) {
        assertThatThrownBy(() -> Points.parse(typed))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void refusesBlankText() {
        assertThatThrownBy(() -> Points.parse("   "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Chưa nhập giá trị.");
    }

    @ParameterizedTest(name = "{0} shown as {1}")
    @CsvSource(delimiter = '|', value = {
            "0.125   | 0,13",
            "69.815  | 69,82",
            "69.8149 | 69,81",
            "0.6875  | 0,69",
            "0.5     | 0,50",
            "7       | 7,00",
            "-1      | -1,00",
            "0.005   | 0,01",
            "0.004999| 0,00",
    })
    void formatsHalfUpToTwoDecimalsWithADecimalComma(String exact, String shown) {
        assertThat(Points.format(new BigDecimal(exact))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} quoted as {1}")
    @CsvSource(delimiter = '|', value = {
            "0.5    | 0,5",
            "2.00   | 2",
            "0.6875 | 0,69",
            "100    | 100",
    })
    void shortFormDropsTrailingZeros(String exact, String shown) {
        assertThat(Points.formatShort(new BigDecimal(exact))).isEqualTo(shown);
    }

    @Test
    void tenTimesOneTenthIsExactlyOne() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.add(Points.parse("0,1"));
        }

        assertThat(sum).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(Points.format(sum)).isEqualTo("1,00");
        assertThat(Points.format(Points.parse("0,1").add(Points.parse("0,2")))).isEqualTo("0,30");
        assertThat(Points.parse("0,1").add(Points.parse("0,2"))).isEqualByComparingTo("0.3");
    }

    @Test
    void nothingIsShownAsBlank() {
        assertThat(Points.format(null)).isEmpty();
        assertThat(Points.formatShort(null)).isEmpty();
    }
}
