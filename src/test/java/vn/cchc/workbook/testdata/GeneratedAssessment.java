package vn.cchc.workbook.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * A large, realistic assessment for benchmarks: 10 fields × 7 criteria × 6 sub-criteria = 500 nodes worth 100 points,
 * with the rules mixed as in real sets, every leaf self-scored and appraised, and departments on every field
 * (every third field shared between two). Deterministic, so figures are comparable between runs.
 */
public final class GeneratedAssessment {

    public static final int FIELDS = 10;
    public static final int CRITERIA_PER_FIELD = 7;
    public static final int SUBS_PER_CRITERION = 6;

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    /** The last criterion of each field is worth 1 so that a field is worth 6 × 1,5 + 1 = 10. */
    private static final List<BigDecimal> LAST_CRITERION = List.of(QUARTER, QUARTER, QUARTER,
            new BigDecimal("0.125"), new BigDecimal("0.0625"), new BigDecimal("0.0625"));

    private GeneratedAssessment() {
    }

    public static CriteriaSet criteria() {
        List<CriterionNode> fields = new ArrayList<>();
        for (int f = 1; f <= FIELDS; f++) {
            List<CriterionNode> criteria = new ArrayList<>();
            BigDecimal fieldMax = BigDecimal.ZERO;
            for (int c = 1; c <= CRITERIA_PER_FIELD; c++) {
                List<CriterionNode> subs = new ArrayList<>();
                BigDecimal criterionMax = BigDecimal.ZERO;
                for (int s = 1; s <= SUBS_PER_CRITERION; s++) {
                    BigDecimal max = c == CRITERIA_PER_FIELD ? LAST_CRITERION.get(s - 1) : QUARTER;
                    String code = f + "." + c + "." + s;
                    subs.add(CriterionNode.leaf(code, "Tiêu chí thành phần " + code, max, rule(s, max)));
                    criterionMax = criterionMax.add(max);
                }
                criteria.add(CriterionNode.parent(f + "." + c, "Tiêu chí " + f + "." + c, criterionMax, subs));
                fieldMax = fieldMax.add(criterionMax);
            }
            fields.add(CriterionNode.parent(String.valueOf(f), "Lĩnh vực " + f, fieldMax, criteria));
        }
        return new CriteriaSet("bench", "Bộ tiêu chí sinh tự động", IssuingDecision.NONE, UnitLevel.DISTRICT, 2024,
                "1", fields);
    }

    private static ScoringRule rule(int position, BigDecimal max) {
        return switch (position % 5) {
            case 0 -> new ScoringRule.Levels(List.of(new Level("Đạt", max),
                    new Level("Đạt một phần", max.divide(BigDecimal.TWO)), new Level("Không đạt", BigDecimal.ZERO)));
            case 1 -> new ScoringRule.Ratio(new BigDecimal("0.5"), new BigDecimal("0.95"));
            case 2 -> new ScoringRule.Deductions(max.divide(BigDecimal.valueOf(4)));
            case 3 -> new ScoringRule.Given();
            default -> max.compareTo(QUARTER) == 0 ? new ScoringRule.Manual(new BigDecimal("0.125"))
                    : ScoringRule.Manual.FREE;
        };
    }

    /** An input for {@code node}'s rule; {@code variant} picks between a full and a partial result. */
    public static RuleInput input(CriterionNode node, int variant) {
        boolean full = variant % 2 == 0;
        return switch (node.rule()) {
            case ScoringRule.Levels levels -> new RuleInput.LevelChoice(full ? 0 : 1);
            case ScoringRule.Ratio ratio -> RuleInput.RatioInput.of(739, full ? 739 : 408);
            case ScoringRule.Deductions deductions -> new RuleInput.ViolationCount(full ? 0 : 1);
            case ScoringRule.PerItem perItem -> new RuleInput.ItemCount(full ? 1000 : 1);
            case ScoringRule.Manual manual -> new RuleInput.PointsInput(full ? node.maxPoints() : BigDecimal.ZERO);
            case ScoringRule.Given given -> new RuleInput.PointsInput(
                    full ? node.maxPoints() : node.maxPoints().divide(BigDecimal.TWO));
            case ScoringRule.Sum sum -> throw new IllegalArgumentException("parents are not scored");
        };
    }

    /** The assessment with every leaf scored for the unit and by the appraisal. */
    public static Assessment scored() {
        List<Department> departments = new ArrayList<>();
        for (int d = 1; d <= 6; d++) {
            departments.add(new Department("d" + d, "Phòng " + d));
        }
        Assessment assessment = Assessment.start(
                new AssessedUnit("Huyện mẫu", UnitLevel.DISTRICT, "UBND tỉnh", "Thị trấn"),
                Period.FULL_YEAR, 2024, criteria(), departments);
        Random random = new Random(42);
        for (CriterionNode field : assessment.criteria().roots()) {
            int f = Integer.parseInt(field.code());
            List<Responsibility> shares = f % 3 == 0
                    ? List.of(new Responsibility("d" + (f % 6 + 1), new BigDecimal("7")),
                            Responsibility.whole("d" + ((f + 1) % 6 + 1)))
                    : List.of(Responsibility.whole("d" + (f % 6 + 1)));
            assessment = assessment.withEntry(assessment.entry(field.code()).withResponsibilities(shares));
        }
        for (CriterionNode leaf : assessment.criteria().leaves()) {
            assessment = assessment.withEntry(assessment.entry(leaf.code())
                    .withSelf(input(leaf, 0))
                    .withFirstAppraisal(input(leaf, random.nextInt(4)))
                    .withAppraisalOpinion(random.nextInt(4) == 0 ? "Thiếu tài liệu kiểm chứng." : ""));
        }
        return assessment;
    }
}
