package vn.cchc.workbook.domain.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.testdata.TwoTierWorkbooks;
import vn.cchc.workbook.interchange.BundledData;

/** A merged unit's earlier period from its former units: one, sum or average, per criterion as chosen. */
class MergedUnitsTest {

    private final List<Assessment> formers = TwoTierWorkbooks.formerWards();
    private final Assessment ward = BundledData.mergedSample().withEarlierPeriod(null);

    private BigDecimal points(Assessment former, String code) {
        return EarlierPeriods.of(former, "").node(code).orElseThrow().points();
    }

    @Test
    void eachCriterionCanBeCombinedItsOwnWay() {
        MergedUnits.Choice choice = new MergedUnits.Choice(MergedUnits.Method.AVERAGE, 2,
                Map.of("1.5.4", MergedUnits.Method.SUM, "3.13.3", MergedUnits.Method.CHOSEN));
        EarlierPeriod earlier = MergedUnits.link(ward, formers, choice, "xếp thứ 3/9").earlierPeriod();

        BigDecimal sum = formers.stream().map(f -> points(f, "1.5.4")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(earlier.node("1.5.4").orElseThrow().points()).isEqualByComparingTo(sum);
        assertThat(earlier.node("1.5.4").orElseThrow().maximum()).isEqualByComparingTo("6");
        assertThat(earlier.node("3.13.3").orElseThrow().points()).isEqualByComparingTo(points(formers.get(2), "3.13.3"));
        BigDecimal average = formers.stream().map(f -> points(f, "1.1")).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(3), 4, java.math.RoundingMode.HALF_UP);
        assertThat(earlier.node("1.1").orElseThrow().points()).isEqualByComparingTo(average);
        assertThat(earlier.node("1.1").orElseThrow().maximum()).isEqualByComparingTo("4");
        assertThat(earlier.rankText()).isEqualTo("xếp thứ 3/9");
        assertThat(earlier.index()).isNotNull();
    }

    @Test
    void theSameFormerUnitTwiceOrAnotherLevelIsRefused() {
        assertThatThrownBy(() -> MergedUnits.link(ward, List.of(formers.get(0), formers.get(0)),
                MergedUnits.Choice.of(MergedUnits.Method.SUM), ""))
                .isInstanceOf(InvalidInputException.class).hasMessage("Đơn vị cũ “Phường 1” được chọn hai lần.");
        assertThatThrownBy(() -> MergedUnits.link(ward, List.of(TwoTierWorkbooks.district2023()),
                MergedUnits.Choice.of(MergedUnits.Method.SUM), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("khác cấp");
        assertThatThrownBy(() -> MergedUnits.link(ward, List.of(), MergedUnits.Choice.of(MergedUnits.Method.SUM), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Cần từ 1 đến 30 đơn vị cũ");
    }
}
