package vn.cchc.workbook.ui.app;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** Stand-in content until the bundled JSON data lands (TODO remove when BundledData is on main). */
final class InterimContent {

    private InterimContent() {
    }

    static CriteriaSet communeSet() {
        CriterionNode f1 = CriterionNode.parent("1", "Công tác chỉ đạo, điều hành cải cách hành chính", n("50"), List.of(
                CriterionNode.leaf("1.1", "Kế hoạch CCHC năm", n("20"), new ScoringRule.Levels(List.of(
                        new Level("Ban hành đúng thời hạn", n("20")), new Level("Ban hành chậm", n("10")),
                        new Level("Không ban hành", n("0"))))).withDefaultDepartment("Công chức Văn phòng - Thống kê"),
                CriterionNode.leaf("1.2", "Tuyên truyền cải cách hành chính", n("30"), ScoringRule.Manual.FREE)
                        .withDefaultDepartment("Công chức Văn hóa - Xã hội")));
        CriterionNode f3 = CriterionNode.parent("2", "Cải cách thủ tục hành chính", n("50"), List.of(
                CriterionNode.leaf("2.1", "Tỷ lệ hồ sơ dịch vụ công trực tuyến", n("25"), ScoringRule.Ratio.PLAIN)
                        .withDefaultDepartment("Bộ phận Tiếp nhận và Trả kết quả"),
                CriterionNode.leaf("2.2", "Giải quyết hồ sơ đúng hạn", n("25"), new ScoringRule.Deductions(n("5")))
                        .withDefaultDepartment("Bộ phận Tiếp nhận và Trả kết quả")));
        return new CriteriaSet("tam-xa", "Bộ tiêu chí mẫu cấp xã (tạm)", IssuingDecision.NONE, UnitLevel.COMMUNE, 2023,
                "1", List.of(f1, f3));
    }

    static Assessment sample() {
        Assessment a = Assessment.start(new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh",
                "Hiền Thành"), Period.FIRST_HALF, 2023, communeSet(), List.<Department>of());
        a = a.withEntry(a.entry("1.1").withSelf(new RuleInput.LevelChoice(0)).withFirstAppraisal(new RuleInput.LevelChoice(1)));
        a = a.withEntry(a.entry("2.1").withSelf(RuleInput.RatioInput.of(637, 408)).withFirstAppraisal(RuleInput.RatioInput.of(637, 408)));
        return a;
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
