package vn.cchc.workbook.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** Test data: a small commune criteria set with every rule kind and a bonus and a penalty group. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Every rule kind, a three-level tree, a bonus and a penalty group; decimals with telling scales (0.50). */
    static CriteriaSet richSet(String id) {
        CriterionNode field1 = CriterionNode.parent("1", "Công tác chỉ đạo, điều hành CCHC", d("6"), List.of(
                CriterionNode.parent("1.1", "Kế hoạch CCHC", d("3"), List.of(
                        new CriterionNode("1.1.1", "Ban hành kế hoạch CCHC năm", d("1"),
                                new ScoringRule.Levels(List.of(new Level("Ban hành đúng thời hạn", d("1")),
                                        new Level("Ban hành chậm", d("0.50")), new Level("Không ban hành", d("0")))),
                                "Hướng dẫn: ban hành trước 31/12.", "Kế hoạch số …/KH-UBND",
                                "Công chức Văn phòng - Thống kê", Section.MAIN, List.of()),
                        CriterionNode.leaf("1.1.2", "Mức độ hoàn thành kế hoạch", d("2"),
                                new ScoringRule.Manual(d("0.25"))))),
                CriterionNode.leaf("1.2", "Báo cáo CCHC đúng hạn", d("3"), new ScoringRule.Deductions(d("0.5")))));
        CriterionNode field3 = CriterionNode.parent("3", "Cải cách thủ tục hành chính", d("4"), List.of(
                CriterionNode.leaf("3.11.1", "Tỷ lệ hồ sơ giải quyết trực tuyến", d("1"),
                        new ScoringRule.Ratio(d("0.7"), null)),
                CriterionNode.leaf("3.13.2", "Tỷ lệ hồ sơ đúng hạn", d("1"), new ScoringRule.Ratio(d("0.5"), d("0.95"))),
                CriterionNode.leaf("3.13.3", "Tỷ lệ số hóa hồ sơ", d("1"), ScoringRule.Ratio.PLAIN),
                CriterionNode.leaf("3.14", "Khảo sát mức độ hài lòng (ĐTXHH)", d("1"), new ScoringRule.Given())));
        CriterionNode field5 = CriterionNode.leaf("5", "Cải cách chế độ công vụ", d("90"), ScoringRule.Manual.FREE);
        CriterionNode bonus = CriterionNode.parent("8", "Điểm thưởng", d("2"), List.of(
                CriterionNode.leaf("8.1", "Sáng kiến CCHC được công nhận", d("2"), ScoringRule.Manual.FREE)))
                .withSection(Section.BONUS);
        CriterionNode penalty = CriterionNode.parent("9", "Điểm trừ", d("3"), List.of(
                CriterionNode.leaf("9.1", "Bị phê bình vì chậm trễ", d("3"), new ScoringRule.Deductions(d("1")))))
                .withSection(Section.PENALTY);
        return new CriteriaSet(id, "Bộ tiêu chí mẫu cấp xã",
                new IssuingDecision("1675/QĐ-UBND", LocalDate.of(2022, 11, 16), "UBND tỉnh Quảng Trị"),
                UnitLevel.COMMUNE, 2023, "1", List.of(field1, field3, field5, bonus, penalty));
    }

    static final Department VAN_PHONG = new Department("dep-vp", "Công chức Văn phòng - Thống kê");
    static final Department TU_PHAP = new Department("dep-tp", "Công chức Tư pháp - Hộ tịch");
    static final Department MOT_CUA = new Department("dep-1c", "Bộ phận Tiếp nhận và Trả kết quả");

    /** An assessment using every input kind, NA, a second appraisal, evidence, shared responsibilities, remedies. */
    static Assessment richAssessment(String id) {
        Assessment a = new Assessment(id,
                new AssessedUnit("UBND xã Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", "Hiền Thành"),
                Period.FIRST_HALF, 2023, richSet("mau-xa-2023"), List.of(VAN_PHONG, TU_PHAP, MOT_CUA), java.util.Map.of(),
                false);
        a = a.withEntry(Entry.empty("1.1.1")
                .withSelf(new RuleInput.LevelChoice(0))
                .withFirstAppraisal(new RuleInput.LevelChoice(1))
                .withSecondAppraisal(new RuleInput.LevelChoice(0))
                .withSelfExplanation("Kế hoạch ban hành ngày 28/12/2022.")
                .withAppraisalOpinion("Ban hành chậm so với quy định.\nĐã giải trình, chấp nhận.")
                .withEvidence(List.of(
                        new EvidenceDocument("30/KH-UBND", LocalDate.of(2023, 1, 15), "Kế hoạch CCHC năm 2023",
                                "C:\\Users\\Cán bộ\\Tài liệu\\KH 30.pdf"),
                        new EvidenceDocument("", null, "Biên bản họp giao ban", "")))
                .withResponsibilities(List.of(Responsibility.whole(VAN_PHONG.id()))));
        a = a.withEntry(Entry.empty("1.1.2")
                .withSelf(RuleInput.points("1.50"))
                .withFirstAppraisal(RuleInput.points("1.25"))
                .withResponsibilities(List.of(new Responsibility(VAN_PHONG.id(), d("1.5")),
                        new Responsibility(TU_PHAP.id(), null)))
                .withRemedy(new Remedy("Rà soát tiến độ hằng tháng", LocalDate.of(2023, 10, 31),
                        Remedy.Status.IN_PROGRESS))
                .withTarget(d("2"))
                .withExpectedGain(d("0.75")));
        a = a.withEntry(Entry.empty("1.2")
                .withSelf(new RuleInput.ViolationCount(0))
                .withFirstAppraisal(new RuleInput.ViolationCount(2))
                .withAppraisalOpinion("Chậm 02 báo cáo, bị trừ 01 điểm.")
                .withRemedy(new Remedy("Gửi báo cáo đúng hạn", null, Remedy.Status.NOT_STARTED)));
        a = a.withEntry(Entry.empty("3.11.1")
                .withSelf(RuleInput.RatioInput.of(739, 164))
                .withFirstAppraisal(new RuleInput.RatioInput(d("739"), d("164.0"))));
        a = a.withEntry(Entry.empty("3.13.2").withNotApplicable(true)
                .withSelfExplanation("Không phát sinh hồ sơ."));
        a = a.withEntry(Entry.empty("3.14").withFirstAppraisal(RuleInput.points("0.82")));
        a = a.withEntry(Entry.empty("5").withSelf(RuleInput.points("80")).withFirstAppraisal(RuleInput.points("78.5"))
                .withResponsibilities(List.of(new Responsibility(VAN_PHONG.id(), d("60")),
                        new Responsibility(MOT_CUA.id(), d("30.00"))))
                .withRemedy(new Remedy("Hoàn thành", LocalDate.of(2023, 6, 30), Remedy.Status.DONE)));
        a = a.withEntry(Entry.empty("8.1").withSelf(RuleInput.points("1")).withFirstAppraisal(RuleInput.points("0.5")));
        a = a.withEntry(Entry.empty("9.1").withFirstAppraisal(new RuleInput.ViolationCount(1)));
        return a;
    }
}
