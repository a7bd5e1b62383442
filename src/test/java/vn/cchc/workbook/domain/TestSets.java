package vn.cchc.workbook.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.RuleInput;
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

    /** A manual leaf keyed {@code code} and printed {@code printed}, with its own wording. */
    public static CriterionNode printedLeaf(String code, String printed, String title, String max) {
        return CriterionNode.leaf(code, title, p(max), ScoringRule.Manual.FREE).withPrintedCode(printed);
    }

    /** A parent keyed {@code code} and printed {@code printed}, with its own wording. */
    public static CriterionNode printedParent(String code, String printed, String title, String max,
                                              CriterionNode... children) {
        return CriterionNode.parent(code, title, p(max), List.of(children)).withPrintedCode(printed);
    }

    /**
     * A set whose numbering restarts in each field, as a province prints it ("I", "1", "1.1", then "II", "1",
     * "1.1"): keyed "I.1.1", printed "1.1", as the import makes it.
     */
    public static CriteriaSet restartingSet() {
        CriterionNode field1 = CriterionNode.parent("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", p("50"), List.of(
                printedParent("I.1", "1", "Kế hoạch cải cách hành chính", "30",
                        printedLeaf("I.1.1", "1.1", "Ban hành Kế hoạch CCHC năm kịp thời", "15"),
                        printedLeaf("I.1.2", "1.2", "Mức độ thực hiện Kế hoạch CCHC", "15")),
                printedLeaf("I.2", "2", "Thực hiện chế độ báo cáo CCHC định kỳ", "20")));
        CriterionNode field2 = CriterionNode.parent("II", "CẢI CÁCH THỂ CHẾ", p("50"), List.of(
                printedParent("II.1", "1", "Xây dựng và tổ chức thực hiện văn bản QPPL", "30",
                        printedLeaf("II.1.1", "1.1", "Ban hành văn bản QPPL đúng quy trình", "15"),
                        printedLeaf("II.1.2", "1.2", "Tự kiểm tra văn bản QPPL", "15")),
                printedLeaf("II.2", "2", "Rà soát, hệ thống hóa văn bản QPPL", "20")));
        return new CriteriaSet("tinh-restart-2024", "Bộ chỉ số CCHC cấp xã năm 2024", IssuingDecision.NONE,
                UnitLevel.COMMUNE, 2024, "1", List.of(field1, field2));
    }

    /**
     * A workbook of {@link #restartingSet()} appraised with two deductions, both under a printed "1.1" (I.1.1 and
     * II.1.1), each with its reason and its department.
     */
    public static Assessment restartingWorkbook() {
        Department office = new Department("vp-tk", "Công chức Văn phòng - Thống kê");
        Department justice = new Department("tp-ht", "Công chức Tư pháp - Hộ tịch");
        Assessment a = Assessment.start(HIEN_THANH, Period.FIRST_HALF, 2024, restartingSet(),
                List.of(office, justice));
        a = a.withEntry(Entry.empty("I").withResponsibilities(List.of(Responsibility.whole(office.id()))));
        a = a.withEntry(Entry.empty("II").withResponsibilities(List.of(Responsibility.whole(justice.id()))));
        a = a.withEntry(Entry.empty("I.1.1").withSelf(RuleInput.points("15")).withFirstAppraisal(RuleInput.points("14.5"))
                .withAppraisalOpinion("Ban hành Kế hoạch CCHC chậm 05 ngày"));
        a = a.withEntry(Entry.empty("I.1.2").withSelf(RuleInput.points("15")).withFirstAppraisal(RuleInput.points("15")));
        a = a.withEntry(Entry.empty("I.2").withSelf(RuleInput.points("20")).withFirstAppraisal(RuleInput.points("20")));
        a = a.withEntry(Entry.empty("II.1.1").withSelf(RuleInput.points("15")).withFirstAppraisal(RuleInput.points("13"))
                .withAppraisalOpinion("Một văn bản ban hành không đúng quy trình"));
        a = a.withEntry(Entry.empty("II.1.2").withSelf(RuleInput.points("15")).withFirstAppraisal(RuleInput.points("15")));
        a = a.withEntry(Entry.empty("II.2").withSelf(RuleInput.points("20")).withFirstAppraisal(RuleInput.points("20")));
        return a;
    }

    /** An assessment built directly, bypassing validation, for sets the validator would refuse. */
    public static Assessment unchecked(CriteriaSet set, Department... departments) {
        return new Assessment("unchecked", HIEN_THANH, Period.FIRST_HALF, 2023, set, List.of(departments), Map.of(),
                false);
    }
}
