package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * A small commune assessment built from the domain: three fields worth 100 with criteria and sub-criteria, every
 * kind of rule, three departments, one field shared between two of them, deductions with opinions and remedies,
 * targets and expected gains. Appraised: field 1 = 4.9 of 10, field 2 = 29.31 of 50 (2.2.2: 11/16 of 15 = 10.3125,
 * counted as 10.31), field 3 = 25 of 40 with 3.2 unscored; total 59.21, deduction 25.79. Self: 7.5 + 47.18
 * (600/739 of 15 = 12.178…, counted as 12.18) + 25.
 */
final class TestAssessments {

    static final Department OFFICE = new Department("vp-tk", "Công chức Văn phòng - Thống kê");
    static final Department CULTURE = new Department("vh-xh", "Công chức Văn hóa - Xã hội");
    static final Department ONE_STOP = new Department("bp-mc", "Bộ phận Tiếp nhận và Trả kết quả");

    static final String LONG_OPINION = "Tổng số nhiệm vụ đơn vị đề ra trong Kế hoạch năm là 30 nhiệm vụ. Đơn vị đã "
            + "thể hiện được sản phẩm đã hoàn thành trong 6 tháng đầu năm. Tuy nhiên cần phải xác định nhiệm vụ cần "
            + "hoàn thành trong 6 tháng là bao nhiêu nhiệm vụ trên tổng số 30 nhiệm vụ để có thể tính được % mức độ "
            + "thực hiện của kế hoạch (khắc phục đánh giá 6 tháng các năm tiếp theo).";

    private TestAssessments() {
    }

    static CriteriaSet criteria() {
        CriterionNode field1 = CriterionNode.parent("1", "Công tác chỉ đạo, điều hành cải cách hành chính", d("10"),
                List.of(
                        CriterionNode.parent("1.1", "Kế hoạch cải cách hành chính", d("4"), List.of(
                                CriterionNode.leaf("1.1.1", "Ban hành kế hoạch CCHC năm", d("1"),
                                        new ScoringRule.Levels(List.of(
                                                new Level("Ban hành đúng thời hạn", d("1")),
                                                new Level("Ban hành chậm", d("0.5")),
                                                new Level("Không ban hành", d("0"))))),
                                CriterionNode.leaf("1.1.2", "Kế hoạch xác định rõ nhiệm vụ, sản phẩm và thời hạn",
                                        d("1"), new ScoringRule.Manual(d("0.25"))),
                                CriterionNode.leaf("1.1.3", "Mức độ thực hiện kế hoạch CCHC", d("2"),
                                        new ScoringRule.Ratio(null, null)))),
                        CriterionNode.parent("1.2", "Tuyên truyền cải cách hành chính", d("3"), List.of(
                                CriterionNode.leaf("1.2.1", "Mức độ thực hiện kế hoạch tuyên truyền CCHC đã ban hành",
                                        d("1"), ScoringRule.Manual.FREE),
                                CriterionNode.leaf("1.2.2", "Mức độ đa dạng trong tuyên truyền CCHC", d("2"),
                                        ScoringRule.Manual.FREE))),
                        CriterionNode.leaf("1.3", "Sáng kiến trong triển khai công tác CCHC", d("3"),
                                ScoringRule.Manual.FREE)));
        CriterionNode field2 = CriterionNode.parent("2", "Cải cách thủ tục hành chính", d("50"), List.of(
                CriterionNode.leaf("2.1", "Công khai thủ tục hành chính đúng quy định", d("20"),
                        new ScoringRule.Deductions(d("0.5"))),
                CriterionNode.parent("2.2", "Cung cấp dịch vụ công trực tuyến", d("30"), List.of(
                        CriterionNode.leaf("2.2.1", "Tỷ lệ hồ sơ giải quyết TTHC được luân chuyển bằng phương thức "
                                + "điện tử", d("15"), new ScoringRule.Ratio(d("0.7"), null)),
                        CriterionNode.leaf("2.2.2", "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến", d("15"),
                                new ScoringRule.Ratio(null, null))))));
        CriterionNode field3 = CriterionNode.parent("3", "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                d("40"), List.of(
                        CriterionNode.leaf("3.1", "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan", d("25"),
                                ScoringRule.Manual.FREE),
                        CriterionNode.leaf("3.2", "Điều tra xã hội học về sự hài lòng của người dân", d("15"),
                                new ScoringRule.Given())));
        return new CriteriaSet("thu-nghiem-xa", "Bộ tiêu chí thử nghiệm cấp xã",
                new IssuingDecision("1675/QĐ-UBND", LocalDate.of(2022, 11, 16), "UBND tỉnh Quảng Trị"),
                UnitLevel.COMMUNE, 2023, "1", List.of(field1, field2, field3));
    }

    static Assessment assessment() {
        Assessment a = Assessment.start(new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh",
                "Hiền Thành"), Period.FIRST_HALF, 2023, criteria(), List.of(OFFICE, CULTURE, ONE_STOP));
        a = a.withEntry(Entry.empty("1").withResponsibilities(List.of(Responsibility.whole(OFFICE.id()))));
        a = a.withEntry(Entry.empty("1.2").withResponsibilities(List.of(Responsibility.whole(CULTURE.id()))));
        a = a.withEntry(Entry.empty("2").withResponsibilities(List.of(Responsibility.whole(ONE_STOP.id()))));
        a = a.withEntry(Entry.empty("3").withResponsibilities(List.of(
                new Responsibility(OFFICE.id(), d("25")), new Responsibility(CULTURE.id(), d("15"))))
                .withTarget(d("40")));
        a = a.withEntry(Entry.empty("1.1.1").withSelf(new RuleInput.LevelChoice(0))
                .withFirstAppraisal(new RuleInput.LevelChoice(1))
                .withAppraisalOpinion("Kế hoạch ban hành chậm so với quy định"));
        a = a.withEntry(Entry.empty("1.1.2").withSelf(RuleInput.points("1")).withFirstAppraisal(RuleInput.points("1")));
        a = a.withEntry(Entry.empty("1.1.3").withSelf(RuleInput.RatioInput.of(30, 30))
                .withFirstAppraisal(RuleInput.RatioInput.of(30, 21)).withAppraisalOpinion(LONG_OPINION)
                .withRemedy(new Remedy("Giao CC Văn phòng - Thống kê phụ trách CCHC khắc phục đánh giá 6 tháng cuối năm",
                        LocalDate.of(2023, 10, 31), Remedy.Status.IN_PROGRESS)));
        a = a.withEntry(Entry.empty("1.2.1").withSelf(RuleInput.points("1")).withFirstAppraisal(RuleInput.points("0.5"))
                .withAppraisalOpinion("Chưa thống kê được số nhiệm vụ đã hoàn thành"));
        a = a.withEntry(Entry.empty("1.2.2").withSelf(RuleInput.points("2")).withFirstAppraisal(RuleInput.points("1")));
        a = a.withEntry(Entry.empty("1.3").withSelf(RuleInput.points("0.5")).withFirstAppraisal(RuleInput.points("0.5"))
                .withAppraisalOpinion("Không có sáng kiến được công nhận")
                .withRemedy(new Remedy("Đề xuất sáng kiến CCHC", LocalDate.of(2023, 10, 31), Remedy.Status.NOT_STARTED))
                .withExpectedGain(d("1")).withTarget(d("2")));
        a = a.withEntry(Entry.empty("2.1").withSelf(new RuleInput.ViolationCount(0))
                .withFirstAppraisal(new RuleInput.ViolationCount(2)));
        a = a.withEntry(Entry.empty("2.2.1").withSelf(RuleInput.RatioInput.of(739, 600))
                .withFirstAppraisal(RuleInput.RatioInput.of(739, 164))
                .withAppraisalOpinion("b/a = 164/739 = 0,22 < 0,7 nên đạt 0 điểm"));
        a = a.withEntry(Entry.empty("2.2.2").withSelf(RuleInput.RatioInput.of(16, 16))
                .withFirstAppraisal(RuleInput.RatioInput.of(16, 11)).withExpectedGain(d("2")));
        a = a.withEntry(Entry.empty("3.1").withSelf(RuleInput.points("25")).withFirstAppraisal(RuleInput.points("25")));
        return a;
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
