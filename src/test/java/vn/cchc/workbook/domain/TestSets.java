package vn.cchc.workbook.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** Small builders for criteria sets and assessments in tests, so each test shows only the figures it is about. */
public final class TestSets {

    public static final AssessedUnit HIEN_THANH =
            new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", "Hiền Thành");

    private TestSets() {
    }

    public static BigDecimal p(String decimal) {
        return new BigDecimal(decimal);
    }

    public static CriterionNode manual(String code, String max) {
        return CriterionNode.leaf(code, "Tiêu chí " + code, p(max), ScoringRule.Manual.FREE);
    }

    public static CriterionNode leaf(String code, String max, ScoringRule rule) {
        return CriterionNode.leaf(code, "Tiêu chí " + code, p(max), rule);
    }

    public static CriterionNode parent(String code, String max, CriterionNode... children) {
        return CriterionNode.parent(code, "Tiêu chí " + code, p(max), List.of(children));
    }

    public static CriterionNode group(Section section, String code, String cap, CriterionNode... children) {
        return parent(code, cap, children).withSection(section);
    }

    public static CriteriaSet set(CriterionNode... roots) {
        return new CriteriaSet("test", "Bộ tiêu chí thử", IssuingDecision.NONE, UnitLevel.COMMUNE, 2023, "1",
                List.of(roots));
    }

    /** An assessment started the way the program starts one: the set is validated first. */
    public static Assessment start(CriteriaSet set, Department... departments) {
        return Assessment.start(HIEN_THANH, Period.FIRST_HALF, 2023, set, List.of(departments));
    }

    /** An assessment built directly, bypassing validation, for sets the validator would refuse. */
    public static Assessment unchecked(CriteriaSet set, Department... departments) {
        return new Assessment("unchecked", HIEN_THANH, Period.FIRST_HALF, 2023, set, List.of(departments), Map.of(),
                false);
    }
}
