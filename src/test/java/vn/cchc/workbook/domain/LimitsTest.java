package vn.cchc.workbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Numbers are judged by scale and precision alone (never expanded), typed values and edits are refused beyond the
 * bounds with a Vietnamese message naming the field, and a set with an unbounded number is refused before anything
 * adds its maxima up.
 */
class LimitsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "69.82", "999999999.999999", "-999999999", "1E+3", "0.000001", "100.000000"})
    void saneNumbersPass(String number) {
        assertThat(Limits.isSane(new BigDecimal(number))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0E-100000000", "0E-999999999", "1E+100000000", "1E+10000000", "1e400", "1000000000",
            "0.0000001", "0E+100000", "-1E+9"})
    void unboundedNumbersAreRefusedWithoutBeingExpanded(String number) {
        BigDecimal value = new BigDecimal(number);
        List<Problem> problems = new ArrayList<>();

        assertTimeoutPreemptively(HANG_GUARD, () -> Limits.checkDecimal("1.2", "limits.field.points", value, problems));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("1.2");
            assertThat(problem.message()).startsWith("Điểm: số ").hasSizeLessThan(200);
        });
    }

    @Test
    void messagesQuoteAnUnboundedNumberInsteadOfPrintingItsDigits() {
        String message = assertTimeoutPreemptively(HANG_GUARD,
                () -> Messages.get("domain.input.aboveMax", new BigDecimal("1E+100000000"), BigDecimal.TEN));

        assertThat(message).isEqualTo("Điểm 1E+100000000 vượt quá điểm tối đa 10,00.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234567890|“1234567890” không dùng được",
            "0,1234567|“0,1234567” không dùng được",
            "99999999999999999999999999999999999999999999|không dùng được"})
    void typedNumbersBeyondTheBoundsAreRefused(String typed, String fragment) {
        assertThatThrownBy(() -> Points.parse(typed)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(fragment).hasMessageContaining("1.000.000.000");
    }

    @Test
    void aSetWithAnUnboundedMaximumIsRefusedBeforeItsMaximaAreAddedUp() {
        CriteriaSet set = new CriteriaSet("s", "Bộ", null, UnitLevel.COMMUNE, 2023, "", List.of(
                CriterionNode.parent("1", "Lĩnh vực", new BigDecimal("10"), List.of(
                        CriterionNode.leaf("1.1", "Tiêu chí", new BigDecimal("1E+100000000"), ScoringRule.Manual.FREE),
                        CriterionNode.leaf("1.2", "Tiêu chí", new BigDecimal("5"), ScoringRule.Manual.FREE)))));

        List<Problem> problems = assertTimeoutPreemptively(HANG_GUARD, () -> CriteriaValidator.validate(set));

        assertThat(problems).singleElement().satisfies(problem ->
                assertThat(problem.describe()).isEqualTo("Lỗi (1.1): Điểm tối đa: số 1E+100000000 quá lớn; mọi số "
                        + "phải nhỏ hơn 1.000.000.000."));
    }

    @Test
    void editsBeyondTheStoreLimitsAreRefusedWithTheFieldNamed() {
        CriteriaSet set = new CriteriaSet("s", "Bộ", null, UnitLevel.COMMUNE, 2023, "", List.of(
                CriterionNode.parent("1", "Lĩnh vực", new BigDecimal("10"), List.of(
                        CriterionNode.leaf("1.1", "Tiêu chí", new BigDecimal("10"), ScoringRule.Manual.FREE)))));
        Assessment a = Assessment.start(new AssessedUnit("Xã A", UnitLevel.COMMUNE, "", ""), Period.FULL_YEAR, 2023,
                set, List.of());
        String tooLongName = "Đ".repeat(Limits.NAME_LENGTH + 1);

        assertThatThrownBy(() -> a.withDescription(new AssessedUnit(tooLongName, UnitLevel.COMMUNE, "", ""),
                Period.FULL_YEAR, 2023)).hasMessageStartingWith("Tên đơn vị quá dài: 2001 ký tự, tối đa 2000");
        assertThatThrownBy(() -> a.withDescription(a.unit(), Period.FULL_YEAR, 20230))
                .hasMessageContaining("Năm: giá trị 20230 nằm ngoài khoảng cho phép từ 1900 đến 2200");
        assertThatThrownBy(() -> a.withRankText(tooLongName)).hasMessageStartingWith("Thứ hạng đã công bố quá dài");
        List<Department> many = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_DEPARTMENTS; i++) {
            many.add(new Department("d" + i, "Phòng " + i));
        }
        assertThatThrownBy(() -> a.withDepartments(many))
                .hasMessage("Quá nhiều đơn vị phụ trách: 201, tối đa 200.");
        assertThatThrownBy(() -> a.withEntry(a.entry("1.1")
                .withSelfExplanation("x".repeat(Limits.LONG_TEXT_LENGTH + 1))))
                .hasMessageStartingWith("Giải trình quá dài: 20001 ký tự, tối đa 20000");
        assertThatThrownBy(() -> a.withEntry(a.entry("1.1")
                .withSelf(new RuleInput.PointsInput(new BigDecimal("0E-100000000")))))
                .hasMessageStartingWith("Điểm: số 0E-100000000 có quá nhiều chữ số sau dấu phẩy (tối đa 6)");
        assertThat(a.withEntry(a.entry("1.1").withSelf(RuleInput.points("9.999999"))).entry("1.1").self())
                .isEqualTo(RuleInput.points("9.999999"));
    }
}
