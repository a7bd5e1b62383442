package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * A commune criteria set modelled on the Hiền Thành appendix of 2023 (seeds/003): seven fields worth 100 points,
 * with manual, levels, ratio and deductions leaves, and an assessment started from it.
 */
final class CommuneFixture {

    static final String VAN_PHONG = "Công chức Văn phòng - Thống kê";
    static final String TU_PHAP = "Công chức Tư pháp - Hộ tịch";
    static final String VAN_HOA = "Công chức Văn hóa - Xã hội";
    static final String MOT_CUA = "Bộ phận Tiếp nhận và Trả kết quả";
    static final String TAI_CHINH = "Công chức Tài chính - Kế toán";

    private CommuneFixture() {
    }

    static CriteriaSet criteria() {
        ScoringRule.Levels onTime = new ScoringRule.Levels(List.of(
                new Level("Ban hành đúng thời hạn", p("1")),
                new Level("Ban hành chậm", p("0.5")),
                new Level("Không ban hành", p("0"))));
        ScoringRule.Manual halves = new ScoringRule.Manual(p("0.5"));
        ScoringRule.Manual quarters = new ScoringRule.Manual(p("0.25"));
        CriterionNode f1 = parent("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "16", VAN_PHONG,
                parent("1.1", "Kế hoạch cải cách hành chính", "3", null,
                        leaf("1.1.1", "Ban hành kế hoạch CCHC năm", "1", onTime)
                                .withGuidance("Ban hành trước ngày 31/12 năm trước: 1 điểm; ban hành chậm: 0,5 điểm;"
                                        + " không ban hành: 0 điểm.", "Kế hoạch CCHC năm của UBND xã."),
                        leaf("1.1.2", "Mức độ thực hiện kế hoạch CCHC", "2", ScoringRule.Ratio.PLAIN)
                                .withGuidance("Điểm = b/a × 2, a là tổng số nhiệm vụ trong kế hoạch, b là số nhiệm vụ"
                                        + " đã hoàn thành.", "Báo cáo kết quả thực hiện kế hoạch CCHC.")),
                leaf("1.2", "Báo cáo CCHC định kỳ đầy đủ, đúng thời hạn", "2", new ScoringRule.Deductions(p("0.5")))
                        .withGuidance("Mỗi báo cáo chậm hoặc thiếu bị trừ 0,5 điểm.", "Các báo cáo CCHC quý, 6 tháng, năm."),
                leaf("1.3", "Kiểm tra công tác CCHC", "2", quarters),
                parent("1.4", "Công tác tuyên truyền cải cách hành chính", "3", VAN_HOA,
                        leaf("1.4.1", "Mức độ thực hiện kế hoạch tuyên truyền CCHC đã ban hành", "1", halves)
                                .withGuidance("Thực hiện 100% nhiệm vụ: 1 điểm; từ 80% đến dưới 100%: 0,5 điểm;"
                                        + " dưới 80%: 0 điểm.", "Kế hoạch tuyên truyền CCHC; báo cáo kết quả."),
                        leaf("1.4.2", "Mức độ đa dạng trong tuyên truyền CCHC", "2", halves)),
                parent("1.5", "Thực hiện nhiệm vụ được giao và sáng kiến CCHC", "6", null,
                        leaf("1.5.1", "Thực hiện các nhiệm vụ được UBND huyện, Chủ tịch UBND huyện giao", "2",
                                new ScoringRule.Deductions(p("0.5"))),
                        leaf("1.5.2", "Tự đánh giá, chấm điểm Chỉ số CCHC đúng hạn", "1", onTime),
                        leaf("1.5.3", "Tổ chức thực hiện đánh giá chỉ số đã công bố và kết quả khắc phục tồn tại,"
                                + " hạn chế", "1", halves),
                        leaf("1.5.4", "Sáng kiến trong triển khai công tác CCHC", "2", halves)));
        CriterionNode f2 = parent("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "10", TU_PHAP,
                leaf("2.1", "Ban hành văn bản QPPL thuộc thẩm quyền", "4", quarters),
                leaf("2.2", "Tự kiểm tra, rà soát văn bản QPPL", "3", new ScoringRule.Levels(List.of(
                        new Level("Thực hiện đầy đủ, đúng quy định", p("3")),
                        new Level("Thực hiện nhưng chưa đầy đủ", p("1.5")),
                        new Level("Không thực hiện", p("0"))))),
                leaf("2.3", "Theo dõi tình hình thi hành pháp luật", "3", halves));
        CriterionNode f3 = parent("3", "Cải cách thủ tục hành chính", "30", MOT_CUA,
                parent("3.5", "Công khai thủ tục hành chính", "4", null,
                        leaf("3.5.1", "Công khai đầy đủ, đúng quy định TTHC tại Bộ phận Một cửa", "3", halves),
                        leaf("3.5.2", "Thực hiện nội dung Quy định công khai xin lỗi trong giải quyết TTHC", "1",
                                halves)),
                parent("3.11", "Kết quả giải quyết thủ tục hành chính", "10", null,
                        leaf("3.11.1", "Tỷ lệ hồ sơ giải quyết TTHC được luân chuyển trong nội bộ bằng phương thức"
                                + " điện tử", "1", new ScoringRule.Ratio(p("0.7"), null))
                                .withGuidance("Tỷ lệ b/a dưới 0,7 không tính điểm.", "Số liệu trên Hệ thống thông tin"
                                        + " giải quyết TTHC của tỉnh."),
                        leaf("3.11.2", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "9", ScoringRule.Ratio.PLAIN)),
                parent("3.12", "Thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết TTHC", "2", null,
                        leaf("3.12.1", "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến", "1",
                                ScoringRule.Ratio.PLAIN),
                        leaf("3.12.2", "Tỷ lệ hồ sơ thanh toán trực tuyến", "1", ScoringRule.Ratio.PLAIN)),
                parent("3.13", "Cung cấp dịch vụ công trực tuyến", "3", null,
                        leaf("3.13.1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "1",
                                ScoringRule.Ratio.PLAIN),
                        leaf("3.13.2", "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến", "1", ScoringRule.Ratio.PLAIN)
                                .withGuidance("Điểm = b/a × 1; a là số DVCTT của xã, b là số DVCTT có phát sinh hồ"
                                        + " sơ trực tuyến.", "Số liệu trên Cổng dịch vụ công của tỉnh."),
                        leaf("3.13.3", "Tỷ lệ hồ sơ DVCTT", "1", ScoringRule.Ratio.PLAIN)),
                leaf("3.14", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
                        "11", halves));
        CriterionNode f4 = parent("4", "Cải cách tổ chức bộ máy hành chính", "8", VAN_PHONG,
                leaf("4.1", "Thực hiện quy định về tổ chức bộ máy, vị trí việc làm", "4", halves),
                leaf("4.2", "Thực hiện quy chế làm việc của UBND xã", "4", halves));
        CriterionNode f5 = parent("5", "Cải cách chế độ công vụ", "14", VAN_PHONG,
                leaf("5.1", "Bố trí cán bộ, công chức theo vị trí việc làm", "4", halves),
                leaf("5.2", "Đánh giá, xếp loại cán bộ, công chức", "4", halves),
                leaf("5.3", "Chấp hành kỷ luật, kỷ cương hành chính", "6", new ScoringRule.Deductions(p("1"))));
        CriterionNode f6 = parent("6", "Cải cách tài chính công", "8", TAI_CHINH,
                leaf("6.1", "Thực hiện quy định về quản lý, sử dụng ngân sách", "4", halves),
                leaf("6.2", "Thực hiện quy chế chi tiêu nội bộ", "4", halves));
        CriterionNode f7 = parent("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "14", VAN_PHONG,
                leaf("7.1", "Ứng dụng công nghệ thông tin trong hoạt động của UBND xã", "5", halves),
                leaf("7.2", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "5", ScoringRule.Ratio.PLAIN),
                leaf("7.3", "Sử dụng chữ ký số trong giải quyết công việc", "4", halves));
        return new CriteriaSet("mau-xa-2023", "Bộ tiêu chí mẫu cấp xã",
                new IssuingDecision("1675/QĐ-UBND", LocalDate.of(2022, 11, 16), "UBND tỉnh Quảng Trị"),
                UnitLevel.COMMUNE, 2023, "1", List.of(f1, f2, f3, f4, f5, f6, f7));
    }

    /** An assessment without any score yet. */
    static Assessment fresh() {
        return Assessment.start(new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh",
                        "Hiền Thành"), Period.FIRST_HALF, 2023, criteria(),
                List.of(Department.named(VAN_PHONG), Department.named(TU_PHAP), Department.named(VAN_HOA),
                        Department.named(MOT_CUA), Department.named(TAI_CHINH)));
    }

    /** An assessment half way through the appraisal, with the deductions of the 003 appendix. */
    static Assessment scored() {
        Assessment a = fresh();
        for (CriterionNode leaf : a.criteria().leaves()) {
            RuleInput full = switch (leaf.rule()) {
                case ScoringRule.Levels levels -> new RuleInput.LevelChoice(0);
                case ScoringRule.Ratio ratio -> RuleInput.RatioInput.of(20, 20);
                case ScoringRule.Deductions d -> new RuleInput.ViolationCount(0);
                default -> new RuleInput.PointsInput(leaf.maxPoints());
            };
            a = a.withEntry(a.entry(leaf.code()).withSelf(full).withFirstAppraisal(full));
        }
        a = a.withEntry(a.entry("1.4.1").withFirstAppraisal(RuleInput.points("0.5"))
                .withAppraisalOpinion("Đơn vị chưa thống kê được đã hoàn thành bao nhiêu nhiệm vụ trong 09 nhiệm vụ"
                        + " của Kế hoạch số 30/KH-UBND về tuyên truyền CCHC.")
                .withEvidence(List.of(new EvidenceDocument("30/KH-UBND", LocalDate.of(2023, 1, 15),
                        "Kế hoạch tuyên truyền cải cách hành chính năm 2023", ""))));
        a = a.withEntry(a.entry("1.4.2").withFirstAppraisal(RuleInput.points("1"))
                .withAppraisalOpinion("Chưa có hình thức tuyên truyền mới như cuộc thi tìm hiểu về CCHC."));
        a = a.withEntry(a.entry("1.5.1").withFirstAppraisal(new RuleInput.ViolationCount(2))
                .withAppraisalOpinion("Đơn vị có 02 nhiệm vụ được giao hoàn thành chậm so với quy định."));
        a = a.withEntry(a.entry("3.11.1").withSelf(RuleInput.RatioInput.of(739, 164))
                .withFirstAppraisal(RuleInput.RatioInput.of(739, 164))
                .withAppraisalOpinion("Tỷ lệ b/a = 164/739 = 0,22 < 0,7 nên đạt 0 điểm."));
        a = a.withEntry(a.entry("3.13.3").withFirstAppraisal(RuleInput.RatioInput.of(637, 408))
                .withAppraisalOpinion("Tỷ lệ hồ sơ DVCTT b/a = 408/637 = 0,64."));
        a = a.withEntry(a.entry("3.12").withNotApplicable(true));
        a = a.withEntry(a.entry("7.2").withFirstAppraisal(null).withSelf(null));
        return a;
    }

    private static CriterionNode leaf(String code, String title, String max, ScoringRule rule) {
        return CriterionNode.leaf(code, title, p(max), rule);
    }

    private static CriterionNode parent(String code, String title, String max, String department,
                                        CriterionNode... children) {
        CriterionNode node = CriterionNode.parent(code, title, p(max), List.of(children));
        return department == null ? node : node.withDefaultDepartment(department);
    }

    private static BigDecimal p(String value) {
        return new BigDecimal(value);
    }
}
