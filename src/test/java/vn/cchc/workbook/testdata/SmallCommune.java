package vn.cchc.workbook.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * Small commune assessments for projection, comparison and ranking tests. The standard set: field 1 (10) = 1.1 (4)
 * + 1.2 (6); field 2 (90) = 2.1 (50) + 2.2 (40); every leaf scored by hand. Department A answers for field 1 and 30
 * points of field 2, department B for the rest of field 2.
 */
public final class SmallCommune {

    public static final Department A = new Department("a", "Công chức Văn phòng - Thống kê");
    public static final Department B = new Department("b", "Công chức Văn hóa - Xã hội");

    private SmallCommune() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A set with fields "1" and "2" whose leaves have the given maxima ({code → max}, in order). */
    public static CriteriaSet set(String id, Map<String, String> field1, Map<String, String> field2) {
        return new CriteriaSet(id, "Bộ tiêu chí " + id, IssuingDecision.NONE, UnitLevel.COMMUNE, 2023, "1",
                List.of(field("1", "Công tác chỉ đạo, điều hành CCHC", field1),
                        field("2", "Cải cách thủ tục hành chính", field2)));
    }

    private static CriterionNode field(String code, String title, Map<String, String> leaves) {
        List<CriterionNode> children = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        for (Map.Entry<String, String> leaf : leaves.entrySet()) {
            children.add(CriterionNode.leaf(leaf.getKey(), "Tiêu chí " + leaf.getKey(), d(leaf.getValue()),
                    ScoringRule.Manual.FREE));
            max = max.add(d(leaf.getValue()));
        }
        return CriterionNode.parent(code, title, max, children);
    }

    public static CriteriaSet standardSet() {
        return set("mau-xa", ordered("1.1", "4", "1.2", "6"), ordered("2.1", "50", "2.2", "40"));
    }

    public static Map<String, String> ordered(String... codeMax) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codeMax.length; i += 2) {
            map.put(codeMax[i], codeMax[i + 1]);
        }
        return map;
    }

    /** An unscored assessment of {@code unit} against {@code set}, with the standard responsibilities. */
    public static Assessment start(String unit, Period period, int year, CriteriaSet set) {
        Assessment a = Assessment.start(new AssessedUnit(unit, UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", unit),
                period, year, set, List.of(A, B));
        a = a.withEntry(Entry.empty("1").withResponsibilities(List.of(Responsibility.whole(A.id()))));
        return a.withEntry(Entry.empty("2").withResponsibilities(List.of(new Responsibility(A.id(), d("30")),
                Responsibility.whole(B.id()))));
    }

    /** {@code a} with {@code code} appraised at {@code points} (and self-scored the same). */
    public static Assessment scored(Assessment a, String code, String points) {
        return a.withEntry(a.entry(code).withSelf(points(points))
                .withFirstAppraisal(points(points)));
    }

    /** The standard set scored 1.1 = 3, 1.2 = 6, 2.1 = 40, 2.2 = 30 (total 79). */
    public static Assessment standard(String unit) {
        Assessment a = start(unit, Period.FULL_YEAR, 2023, standardSet());
        a = scored(a, "1.1", "3");
        a = scored(a, "1.2", "6");
        a = scored(a, "2.1", "40");
        return scored(a, "2.2", "30");
    }

    public static RuleInput points(String value) {
        return new RuleInput.PointsInput(d(value));
    }
}
