package vn.cchc.workbook.testdata;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.comparison.MergedUnits;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;

/**
 * Workbooks of both structures, built the same way every time: the former wards of Đông Hà scored for 2024 against
 * the 2023 commune sample, the ward they were merged into scored for the first half of 2025 against the 2025 sample
 * (the bundled merged sample), and the district of Vĩnh Linh scored for 2023 (a frozen file of the old structure).
 */
public final class TwoTierWorkbooks {

    public static final List<String> FORMER_WARDS = List.of("Phường 1", "Phường 5", "Phường Đông Lễ");

    private TwoTierWorkbooks() {
    }

    /** An input for {@code node} that varies with the code and {@code seed} but never with the run. */
    static RuleInput input(CriterionNode node, int seed) {
        int v = Math.floorMod((node.code() + "/" + seed).hashCode(), 4);
        BigDecimal max = node.maxPoints();
        return switch (node.rule()) {
            case ScoringRule.Levels levels -> new RuleInput.LevelChoice(v <= 1 ? 0 : Math.min(v - 1,
                    levels.levels().size() - 1));
            case ScoringRule.Ratio ratio -> RuleInput.RatioInput.of(120, 66 + v * 18);
            case ScoringRule.Deductions deductions -> new RuleInput.ViolationCount(v == 3 ? 1 : 0);
            case ScoringRule.PerItem perItem -> new RuleInput.ItemCount(v);
            case ScoringRule.Manual manual -> new RuleInput.PointsInput(half(max, manual.step(), v == 3));
            case ScoringRule.Given given -> new RuleInput.PointsInput(half(max, null, v >= 2));
            case ScoringRule.Sum sum -> throw new IllegalArgumentException("parents are not scored");
        };
    }

    private static BigDecimal half(BigDecimal max, BigDecimal step, boolean half) {
        if (!half) {
            return max;
        }
        BigDecimal value = max.divide(BigDecimal.TWO);
        return step != null && value.remainder(step).signum() != 0 ? max : value;
    }

    /** The set's departments as the unit's kind names them ("Công an phường" in a ward), with fixed ids. */
    private static List<Department> departments(CriteriaSet set, UnitKind kind) {
        Set<String> names = new LinkedHashSet<>();
        set.leaves().forEach(leaf -> names.add(kind.ownWording(leaf.defaultDepartment())));
        List<String> list = names.stream().filter(name -> !name.isBlank()).toList();
        // Fixed ids, so that the generated files are the same on every run.
        return java.util.stream.IntStream.range(0, list.size())
                .mapToObj(i -> new Department("don-vi-" + (i + 1), list.get(i))).toList();
    }

    /** Every leaf of the main part scored by the unit and by the appraisal; seeds make units differ. */
    static Assessment scored(Assessment start, int seed) {
        Assessment assessment = start;
        for (CriterionNode leaf : assessment.criteria().leaves()) {
            assessment = assessment.withEntry(assessment.entry(leaf.code())
                    .withSelf(input(leaf, seed + 100))
                    .withFirstAppraisal(input(leaf, seed)));
        }
        return assessment;
    }

    /** The former wards of Đông Hà, full year 2024, under the city of Đông Hà (before the merger). */
    public static List<Assessment> formerWards() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        return java.util.stream.IntStream.range(0, FORMER_WARDS.size()).mapToObj(i -> {
            String name = FORMER_WARDS.get(i);
            AssessedUnit unit = AssessedUnit.of(name, UnitKind.WARD, "UBND thành phố Đông Hà", "Đông Hà");
            Assessment start = Assessment.start(unit, Period.FULL_YEAR, 2024, set, departments(set, unit.kind()))
                    .withId("phuong-" + (i + 1) + "-ca-nam-2024");
            return scored(start, i + 1).withRankText("xếp thứ " + (i + 2) + "/9 phường, xã");
        }).toList();
    }

    /** Phường Đông Hà, 6 tháng đầu năm 2025, with the average of its former wards as its earlier period. */
    public static Assessment mergedWard() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025);
        AssessedUnit unit = AssessedUnit.of("Đông Hà", UnitKind.WARD, "UBND tỉnh Quảng Trị", "Đông Hà");
        Assessment start = Assessment.start(unit, Period.FIRST_HALF, 2025, set, departments(set, unit.kind()))
                .withId("dong-ha-6t-2025");
        return MergedUnits.link(scored(start, 7), formerWards(), MergedUnits.Choice.of(MergedUnits.Method.AVERAGE),
                "");
    }

    /** Huyện Vĩnh Linh, cả năm 2023, against the district sample: a workbook of the old structure. */
    public static Assessment district2023() {
        // As a 2024 release had it, before the sample was marked "(trước 7/2025)".
        CriteriaSet bundled = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT);
        CriteriaSet set = bundled.withIdentity(bundled.id(), "Bộ tiêu chí mẫu cấp huyện", bundled.version());
        AssessedUnit unit = AssessedUnit.of("Vĩnh Linh", UnitKind.DISTRICT, "UBND tỉnh Quảng Trị", "Vĩnh Linh");
        Assessment start = Assessment.start(unit, Period.FULL_YEAR, 2023, set, departments(set, unit.kind()))
                .withId("vinh-linh-ca-nam-2023");
        return scored(start, 3).withRankText("xếp thứ 5/10 huyện, thị xã, thành phố");
    }

    /**
     * Sở Tư pháp, cả năm 2026, on the departments' set with the departments it proposes, nothing scored yet: a Sở on
     * its first day of self-scoring.
     */
    public static Assessment freshDepartment() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.DEPARTMENT);
        AssessedUnit unit = AssessedUnit.of("Sở Tư pháp", UnitKind.DEPARTMENT, "UBND tỉnh Quảng Trị", "Quảng Trị");
        return Assessment.start(unit, Period.FULL_YEAR, 2026, set, departments(set, unit.kind()))
                .withId("so-tu-phap-ca-nam-2026");
    }

    /** Phường Đông Hà, cả năm 2026, on the 2025 commune set with its proposed departments, nothing scored yet. */
    public static Assessment freshWard() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025);
        AssessedUnit unit = AssessedUnit.of("Đông Hà", UnitKind.WARD, "UBND tỉnh Quảng Trị", "Đông Hà");
        return Assessment.start(unit, Period.FULL_YEAR, 2026, set, departments(set, unit.kind()))
                .withId("dong-ha-ca-nam-2026");
    }
}
