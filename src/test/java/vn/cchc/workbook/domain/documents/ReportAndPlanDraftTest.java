package vn.cchc.workbook.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.interchange.BundledData;

/** The self-assessment report and the improvement plan drafted from the Hiền Thành sample. */
class ReportAndPlanDraftTest {

    private static final DocumentRequest REQUEST = LetterDraftTest.REQUEST;

    @Test
    void theReportStatesTheSelfScoresExplainsTheCriteriaNotAssessedAndCarriesTheScoreTable() {
        Assessment sample = BundledData.sampleAssessment();
        sample = sample.withEntry(sample.entry("5.2").withSelfExplanation("Xã chưa có công chức được tuyển dụng."));
        Totals self = ScoreEngine.score(sample).totals(Track.SELF);

        DraftDocument report = Drafts.draft(DocumentKind.REPORT, sample, REQUEST);

        assertThat(report.letterhead().kindTitle()).isEqualTo("BÁO CÁO");
        assertThat(report.letterhead().number()).isEqualTo("Số: 103/UBND");
        assertThat(report.section("ket-qua").orElseThrow().paragraphs().get(1).text()).isEqualTo(
                "Tổng điểm tự đánh giá: " + Points.format(self.total()) + "/" + Points.format(self.applicableMaximum())
                        + " điểm, chỉ số đạt " + Points.format(self.index()) + ".");
        List<String> notAssessed = report.section("khong-danh-gia").orElseThrow().paragraphs().stream()
                .map(Paragraph::text).toList();
        assertThat(notAssessed.get(1)).startsWith("Có 8 tiêu chí không đánh giá (tổng 16,50 điểm)");
        assertThat(notAssessed).contains("Tiêu chí 5.2 - " + sample.criteria().node("5.2").title().strip()
                + " (" + Points.format(sample.criteria().node("5.2").maxPoints())
                + " điểm): Xã chưa có công chức được tuyển dụng.");
        Table table = report.section("bang-diem").orElseThrow().tables().get(0);
        assertThat(table.columns()).extracting(Table.Column::header).containsExactly("STT", "Lĩnh vực / tiêu chí",
                "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng", "Giải trình");
        assertThat(table.rows()).filteredOn(r -> r.cells().get(0).equals("5.2")).singleElement()
                .satisfies(r -> assertThat(r.cells().get(5))
                        .isEqualTo("Không đánh giá: Xã chưa có công chức được tuyển dụng."));
        assertThat(table.rows()).filteredOn(r -> r.cells().get(1).equals("Tổng điểm")).singleElement()
                .satisfies(r -> assertThat(r.cells().get(3)).isEqualTo(Points.format(self.total())));
    }

    /**
     * A Sở's report with 88 criteria still unscored said "Đơn vị tự đánh giá đầy đủ các tiêu chí của Bộ tiêu chí"
     * under "các tiêu chí không đánh giá"; it only means that none is marked not applicable, and now says so. Its
     * signature block was missing (nothing typed for a department signed nothing): "GIÁM ĐỐC".
     */
    @Test
    void aReportWithNoCriterionNotApplicableSaysJustThatAndItsSoSignsAsItsDirector() {
        Assessment started = vn.cchc.workbook.testdata.TwoTierWorkbooks.freshDepartment();
        Assessment department = started.withEntry(started.entry("1.2")
                .withSelf(new vn.cchc.workbook.domain.criteria.RuleInput.ViolationCount(1)));

        DraftDocument report = Drafts.draft(DocumentKind.REPORT, department, REQUEST);

        assertThat(report.section("khong-danh-gia").orElseThrow().paragraphs())
                .extracting(Paragraph::text).containsExactly("II. CÁC TIÊU CHÍ KHÔNG ĐÁNH GIÁ",
                        "Không có tiêu chí nào thuộc diện không đánh giá.");
        assertThat(report.signer().title()).isEqualTo("GIÁM ĐỐC");
    }

    /**
     * A report drafted mid-way printed "Lĩnh vực 2. …: 0,00/8,00 điểm." for every lĩnh vực nobody had scored yet. Such
     * a lĩnh vực now reads "chưa tự đánh giá", one scored in part gives its count still to score, and a lĩnh vực
     * scored in full reads as before.
     */
    @Test
    void aLinhVucNotYetScoredSaysSoAndOneScoredInPartGivesWhatRemains() {
        Assessment started = vn.cchc.workbook.testdata.TwoTierWorkbooks.freshDepartment();
        Assessment department = started.withEntry(started.entry("1.2")
                .withSelf(new vn.cchc.workbook.domain.criteria.RuleInput.ViolationCount(1)));
        var scorecard = ScoreEngine.score(department);
        var first = scorecard.fields().get(0).self();
        var second = scorecard.fields().get(1);

        List<String> lines = Drafts.draft(DocumentKind.REPORT, department, REQUEST).section("ket-qua").orElseThrow()
                .paragraphs().stream().map(Paragraph::text).toList();

        assertThat(first.unscoredLeaves()).isPositive();
        assertThat(lines.get(2)).isEqualTo("Lĩnh vực 1. " + department.criteria().node("1").title().strip() + ": "
                + Points.format(first.achieved()) + "/" + Points.format(first.applicableMaximum()) + " điểm. Còn "
                + first.unscoredLeaves() + " tiêu chí chưa tự đánh giá.");
        assertThat(lines.get(3)).isEqualTo("Lĩnh vực 2. " + second.node().title().strip() + " (tối đa "
                + Points.format(second.self().applicableMaximum()) + " điểm): chưa tự đánh giá.");
        assertThat(lines).noneMatch(line -> line.contains(": 0,00/"));

        Assessment sample = BundledData.sampleAssessment();
        var sampleField = ScoreEngine.score(sample).fields().get(0).self();
        assertThat(Drafts.draft(DocumentKind.REPORT, sample, REQUEST).section("ket-qua").orElseThrow().paragraphs()
                .get(2).text()).isEqualTo("Lĩnh vực 1. " + sample.criteria().node("1").title().strip() + ": "
                + Points.format(sampleField.achieved()) + "/" + Points.format(sampleField.applicableMaximum())
                + " điểm.");
    }

    @Test
    void thePlanSetsTargetsPerFieldAndDepartmentThenEachDepartmentsTasks() {
        Assessment sample = BundledData.sampleAssessment();
        sample = sample.withEntry(sample.entry("3.13.2").withExpectedGain(new BigDecimal("0.31")));

        DraftDocument plan = Drafts.draft(DocumentKind.PLAN, sample, REQUEST);

        assertThat(plan.letterhead().kindTitle()).isEqualTo("KẾ HOẠCH");
        // The period and the unit's name are kept on one line each (no-break spaces).
        assertThat(plan.letterhead().title()).isEqualTo(
                "Khắc phục tồn tại, hạn chế và cải thiện chỉ số cải cách hành chính 6\u00A0tháng\u00A0cuối\u00A0năm"
                        + "\u00A02023 của xã\u00A0Hiền\u00A0Thành");
        Table fields = plan.section("muc-tieu-linh-vuc").orElseThrow().tables().get(0);
        assertThat(fields.rows()).hasSize(9);
        assertThat(fields.rows().get(2).cells()).startsWith("3", "Cải cách thủ tục hành chính", "21,33", "26,00",
                "0,31", "21,64");
        List<String> aims = plan.section("muc-tieu-don-vi").orElseThrow().paragraphs().stream()
                .map(Paragraph::text).toList();
        assertThat(aims).contains(
                "Bộ phận Tiếp nhận và Trả kết quả: duy trì 17,33 điểm đã đạt và phấn đấu đạt thêm 0,31 điểm.");
        Section oneStopShop = plan.section("nv-bp-tn-tkq").orElseThrow();
        assertThat(oneStopShop.paragraphs()).extracting(Paragraph::text).contains(
                "Giao cho Công chức chuyên môn ở bộ phận tiếp nhận và trả kết quả thực hiện trong 6 tháng cuối năm "
                        + "(hoàn thành trước ngày 31/10/2023).",
                "Phấn đấu đạt thêm 0,31 điểm ở tiêu chí 3.13.2 - Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến.");
    }

    @Test
    void aLinkedEarlierPeriodAddsItsPointsToTheFieldTable() {
        Assessment later = BundledData.sampleAssessment();
        Assessment earlier = BundledData.sampleAssessment().withId("earlier")
                .withDescription(later.unit(), Period.FULL_YEAR, 2022);
        Assessment linked = EarlierPeriods.link(later, earlier, "xếp thứ 6/18");

        Table fields = Drafts.draft(DocumentKind.PLAN, linked, REQUEST).section("muc-tieu-linh-vuc").orElseThrow()
                .tables().get(0);

        assertThat(fields.columns().get(2).header()).isEqualTo("Điểm đạt cả năm 2022");
        assertThat(fields.rows().get(0).cells().get(2)).isEqualTo("10,90");
    }
}
