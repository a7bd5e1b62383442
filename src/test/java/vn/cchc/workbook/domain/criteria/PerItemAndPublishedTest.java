package vn.cchc.workbook.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Problem;

/** The per-item rule, the warning on levels that never reach the maximum, and sets kept as published. */
class PerItemAndPublishedTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} items at 0,5 on a 2-point criterion give {1}")
    @CsvSource({"0, 0", "1, 0.5", "3, 1.5", "4, 2", "9, 2"})
    void perItemCountsUpToTheMaximum(int count, String expected) {
        ScoringRule rule = new ScoringRule.PerItem(d("0.5"));
        assertThat(rule.points(d("2"), new RuleInput.ItemCount(count))).isEqualByComparingTo(expected);
    }

    @Test
    void perItemRefusesNegativeAndAbsurdCountsAndOtherInputs() {
        ScoringRule rule = new ScoringRule.PerItem(d("0.5"));
        assertThatThrownBy(() -> rule.points(d("2"), new RuleInput.ItemCount(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Số mục đạt không được âm; đã nhập -1.");
        assertThatThrownBy(() -> rule.points(d("2"), new RuleInput.ItemCount(1_000_000)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quá lớn");
        assertThatThrownBy(() -> rule.points(d("2"), new RuleInput.ViolationCount(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Tiêu chí này chấm theo cách “tính theo số mục đạt”, không nhận số lần vi phạm.");
    }

    private static CriteriaSet set(CriterionNode... fields) {
        return new CriteriaSet("t", "Thử", null, UnitLevel.COMMUNE, 2025, "1", List.of(fields));
    }

    @Test
    void levelsWhoseTopIsBelowTheMaximumAreAWarning() {
        CriterionNode leaf = CriterionNode.leaf("1.1", "Ban hành nội quy, quy chế", d("2"), new ScoringRule.Levels(
                List.of(new Level("Mỗi nội quy … đạt", d("0.5")), new Level("Không", d("0")))));
        List<Problem> problems = CriteriaValidator.validate(set(
                CriterionNode.parent("1", "Chỉ đạo", d("2"), List.of(leaf)),
                CriterionNode.leaf("2", "Khác", d("98"), ScoringRule.Manual.FREE)));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.where()).isEqualTo("1.1");
            assertThat(problem.describe()).contains("Mức cao nhất chỉ được 0,50 điểm, thấp hơn điểm tối đa 2,00");
        });
    }

    @Test
    void perItemAboveTheMaximumIsAnError() {
        List<Problem> problems = CriteriaValidator.validate(set(
                CriterionNode.leaf("1", "Sáng kiến", d("1"), new ScoringRule.PerItem(d("2"))),
                CriterionNode.leaf("2", "Khác", d("99"), ScoringRule.Manual.FREE)));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.messageKey()).isEqualTo("criteriasets.perItemInvalid");
        });
    }

    @Test
    void aSetKeptAsPublishedTurnsSumErrorsIntoWarnings() {
        CriteriaSet published = set(
                CriterionNode.parent("1", "Chỉ đạo", d("16"), List.of(
                        CriterionNode.leaf("1.1", "Kế hoạch", d("10"), ScoringRule.Manual.FREE),
                        CriterionNode.leaf("1.2", "Báo cáo", d("5"), ScoringRule.Manual.FREE))),
                CriterionNode.leaf("2", "Khác", d("84"), ScoringRule.Manual.FREE));
        assertThat(CriteriaValidator.validate(published)).singleElement()
                .satisfies(problem -> assertThat(problem.isError()).isTrue());
        List<Problem> kept = CriteriaValidator.validate(published.withAsPublished(true));
        assertThat(kept).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.where()).isEqualTo("1");
            assertThat(problem.describe()).contains("tổng điểm tối đa của các tiêu chí con là 15,00, khác điểm tối đa 16,00 đã in");
        });
        assertThat(published.withAsPublished(true).mainMaximum()).isEqualByComparingTo("100");
    }
}
