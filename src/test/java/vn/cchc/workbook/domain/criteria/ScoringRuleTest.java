package vn.cchc.workbook.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.domain.TestSets.p;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.text.Points;

class ScoringRuleTest {

    private static RuleInput.PointsInput points(String value) {
        return RuleInput.points(value);
    }

    private static BigDecimal nullable(String value) {
        return value == null ? null : p(value);
    }

    @Nested
    class Manual {

        @ParameterizedTest(name = "max {0}, step {1}: {2} gives {2}")
        @CsvSource({
                "1,    0.25, 0",
                "1,    0.25, 0.75",
                "1,    0.25, 1",
                "2,    0.5,  1.5",
                "2,    0.5,  2",
                "1.2,  0.5,  1.2",   // exactly the maximum is allowed even when it is not a multiple of the step
                "3,    ,     2.33",  // no step: any value in range
        })
        void acceptsPointsInRangeAndSteps(String max, String step, String typed) {
            ScoringRule rule = new ScoringRule.Manual(nullable(step));

            assertThat(rule.points(p(max), points(typed))).isEqualByComparingTo(typed);
        }

        @ParameterizedTest(name = "max {0}, step {1}: {2} refused with \"{3}\"")
        @CsvSource(delimiter = '|', value = {
                "1 | 0.25 | 0.3   | Điểm 0,30 không đúng bước chấm 0,25 của tiêu chí này.",
                "2 | 0.5  | 0.75  | Điểm 0,75 không đúng bước chấm 0,50 của tiêu chí này.",
                "1 | 0.25 | 1.25  | Điểm 1,25 vượt quá điểm tối đa 1,00.",
                "1 |      | 1.01  | Điểm 1,01 vượt quá điểm tối đa 1,00.",
                "1 |      | -0.5  | Điểm -0,50 nhỏ hơn 0.",
        })
        void refusesPointsOutsideRangeOrSteps(String max, String step, String typed, String message) {
            ScoringRule rule = new ScoringRule.Manual(nullable(step));

            assertThatThrownBy(() -> rule.points(p(max), points(typed)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }
    }

    @Nested
    class Levels {

        private final ScoringRule.Levels rule = new ScoringRule.Levels(List.of(
                new Level("Ban hành đúng thời hạn", p("1")),
                new Level("Ban hành chậm", p("0.5")),
                new Level("Không ban hành", p("0"))));

        @ParameterizedTest(name = "level {0} gives {1}")
        @CsvSource({"0, 1", "1, 0.5", "2, 0"})
        void givesTheChosenLevelsPoints(int index, String expected) {
            assertThat(rule.points(p("1"), new RuleInput.LevelChoice(index))).isEqualByComparingTo(expected);
        }

        @ParameterizedTest(name = "level {0} refused")
        @CsvSource(delimiter = '|', value = {
                "3  | Không có mức thứ 4; tiêu chí này có 3 mức.",
                "-1 | Không có mức thứ 0; tiêu chí này có 3 mức.",
        })
        void refusesALevelThatDoesNotExist(int index, String message) {
            assertThatThrownBy(() -> rule.points(p("1"), new RuleInput.LevelChoice(index)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }
    }

    @Nested
    class Ratio {

        @ParameterizedTest(name = "{0}: b/a = {2}/{1} → {6} (shown {7})")
        @CsvSource({
                // code as in the 003 appendix | a | b | threshold | fullAt | max | exact points | shown
                "3.11.1, 739, 164, 0.7,  ,    1, 0,            '0,00'",
                "3.13.2, 16,  11,  ,     ,    1, 0.6875,       '0,69'",
                "3.13.3, 637, 408, ,     ,    1, 0.6405023548, '0,64'",
                "at threshold,  10, 7,  0.7, ,    1, 0.7,      '0,70'",
                "fullAt,        10, 9,  ,    0.9, 2, 2,        '2,00'",
                "below fullAt,  10, 8,  ,    0.9, 2, 1.6,      '1,60'",
                "all achieved,  5,  5,  ,    ,    3, 3,        '3,00'",
                "none achieved, 5,  0,  ,    ,    3, 0,        '0,00'",
        })
        void scoresBOverATimesTheMaximum(String label, String a, String b, String threshold, String fullAt,
                                          String max, String exact, String shown) {
            ScoringRule rule = new ScoringRule.Ratio(nullable(threshold), nullable(fullAt));

            BigDecimal points = rule.points(p(max), new RuleInput.RatioInput(p(a), p(b)));

            assertThat(points).isEqualByComparingTo(exact);
            assertThat(Points.format(points)).isEqualTo(shown);
        }

        @Test
        void comparesTheThresholdWithTheExactRatioNotARoundedOne() {
            // 0,699999999999 rounds to 0,7000000000 at ten decimals, yet it is below the threshold of 0,7.
            ScoringRule rule = new ScoringRule.Ratio(p("0.7"), null);

            BigDecimal points = rule.points(p("1"), new RuleInput.RatioInput(p("1000000000000"), p("699999999999")));

            assertThat(points).isEqualByComparingTo("0");
        }

        @ParameterizedTest(name = "a = {0}, b = {1} refused")
        @CsvSource(delimiter = '|', value = {
                "16 | 17 | Số đạt (b = 17) lớn hơn tổng số (a = 16).",
                "0  | 0  | Tổng số (a) phải lớn hơn 0; đã nhập 0.",
                "-3 | 0  | Tổng số (a) phải lớn hơn 0; đã nhập -3.",
                "16 | -1 | Số đạt (b) không được âm; đã nhập -1.",
        })
        void refusesImpossibleInputs(String a, String b, String message) {
            assertThatThrownBy(() -> ScoringRule.Ratio.PLAIN.points(p("1"), new RuleInput.RatioInput(p(a), p(b))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }
    }

    @Nested
    class Deductions {

        @ParameterizedTest(name = "max {0}, {1} per violation, {2} violations → {3}")
        @CsvSource({
                "1, 0.5,  0, 1",
                "1, 0.5,  1, 0.5",
                "1, 0.5,  2, 0",
                "1, 0.5,  3, 0",     // never below 0
                "2, 0.25, 5, 0.75",
                "1, 0.25, 9, 0",
        })
        void subtractsPerViolationButNeverBelowZero(String max, String per, int count, String expected) {
            ScoringRule rule = new ScoringRule.Deductions(p(per));

            assertThat(rule.points(p(max), new RuleInput.ViolationCount(count))).isEqualByComparingTo(expected);
        }

        @Test
        void refusesANegativeCount() {
            assertThatThrownBy(() -> new ScoringRule.Deductions(p("0.5")).points(p("1"), new RuleInput.ViolationCount(-1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Số lần vi phạm không được âm; đã nhập -1.");
        }
    }

    @Nested
    class Given {

        @Test
        void takesPointsAsReceived() {
            assertThat(new ScoringRule.Given().points(p("10"), points("8.37"))).isEqualByComparingTo("8.37");
        }

        @ParameterizedTest(name = "{0} refused")
        @CsvSource(delimiter = '|', value = {
                "10.5 | Điểm 10,50 vượt quá điểm tối đa 10,00.",
                "-1   | Điểm -1,00 nhỏ hơn 0.",
        })
        void refusesPointsOutsideRange(String typed, String message) {
            assertThatThrownBy(() -> new ScoringRule.Given().points(p("10"), points(typed)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }
    }

    @Test
    void aSumIsNeverScoredDirectly() {
        assertThatThrownBy(() -> new ScoringRule.Sum().points(p("4"), points("1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Tiêu chí này được tính bằng tổng các tiêu chí con, không chấm trực tiếp.");
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource(delimiter = '|', value = {
            "manual     | level      | Tiêu chí này chấm theo cách “chấm trực tiếp”, không nhận mức đánh giá.",
            "given      | ratio      | Tiêu chí này chấm theo cách “điểm nhận từ bên ngoài”, không nhận cặp số a và b.",
            "levels     | points     | Tiêu chí này chấm theo cách “chọn mức”, không nhận số điểm.",
            "ratio      | violations | Tiêu chí này chấm theo cách “tỷ lệ b/a”, không nhận số lần vi phạm.",
            "deductions | points     | Tiêu chí này chấm theo cách “trừ điểm theo số lần vi phạm”, không nhận số điểm.",
    })
    void refusesAnInputOfTheWrongKind(String ruleKind, String inputKind, String message) {
        ScoringRule rule = switch (ruleKind) {
            case "manual" -> ScoringRule.Manual.FREE;
            case "given" -> new ScoringRule.Given();
            case "levels" -> new ScoringRule.Levels(List.of(new Level("Có", p("1"))));
            case "ratio" -> ScoringRule.Ratio.PLAIN;
            default -> new ScoringRule.Deductions(p("0.5"));
        };
        RuleInput input = switch (inputKind) {
            case "level" -> new RuleInput.LevelChoice(0);
            case "ratio" -> RuleInput.RatioInput.of(2, 1);
            case "violations" -> new RuleInput.ViolationCount(1);
            default -> points("1");
        };

        assertThatThrownBy(() -> rule.points(p("1"), input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }
}
