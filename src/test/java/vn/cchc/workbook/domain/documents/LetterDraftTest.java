package vn.cchc.workbook.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.comparison.Comparison;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.interchange.BundledData;

/** The công văn khắc phục drafted from the bundled Hiền Thành sample, against the letter of seed 003. */
class LetterDraftTest {

    static final DocumentRequest REQUEST = new DocumentRequest("103/UBND", "", LocalDate.of(2023, 9, 6), "",
            new DocumentReference("Thông báo", "285/TB-HĐTĐ", LocalDate.of(2023, 8, 8),
                    "Hội đồng thẩm định chỉ số cải cách hành chính huyện Vĩnh Linh"),
            new Signer("", "", "Lê Đức Kiên"), List.of(), false);

    private static Assessment sample() {
        return BundledData.sampleAssessment().withRankText("xếp thứ 4/18 xã, thị trấn");
    }

    @Test
    void eachOfficersSectionOfSeed003ComesInOrderWithItsQuotedOpinionsAndRemedies() {
        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, sample(), REQUEST);

        List<String> ids = letter.sections(Section.Placement.BODY).stream().map(Section::id).toList();
        // Seed 003: 1. cán bộ, công chức; 3.1 Văn phòng - Thống kê; 3.2 Tư pháp - Hộ tịch; 3.3 Văn hóa - Xã hội;
        // 4. Công an xã (the sample also has the one-stop shop lose points, between them).
        assertThat(ids).containsSubsequence("ket-qua", "yeu-cau", "dv-cbcc", "dv-vp-tk", "dv-tp-ht", "dv-vh-xh",
                "dv-cong-an", "thoi-han", "ket-luan");
        assertSection(letter, "dv-cbcc", "1. Đối với Cán bộ, công chức xã:",
                "“Đơn vị có 02 nhiệm vụ được giao hoàn thành chậm so với quy định.",
                "Không để phát sinh chậm nộp báo cáo làm ảnh hưởng đến công việc chỉ đạo");
        assertSection(letter, "dv-vp-tk", "2. Đối với Công chức Văn phòng - Thống kê:",
                "“Đơn vị không cung cấp tài liệu kiểm chứng về thực hiện nội dung quy định công khai xin lỗi",
                "bổ sung sửa đổi các quy chế (hoàn thành trước ngày 31/10/2023).");
        assertSection(letter, "dv-tp-ht", "3. Đối với Công chức Tư pháp - Hộ tịch:",
                "“Trong 6 tháng cuối năm 2023, đề nghị đơn vị tổ chức ít nhất 02 diễn đàn",
                "tham mưu tổ chức hai cuộc đối thoại giữa đồng chí chủ tịch với nhân dân");
        assertSection(letter, "dv-vh-xh", "4. Đối với Công chức Văn hóa - Xã hội:",
                "Tuy nhiên Đơn vị chưa thống kê được đã hoàn thành bao nhiêu nhiệm vụ",
                "bám sát kế hoạch tuyên truyền CCHC");
        assertSection(letter, "dv-cong-an", "6. Đối với Công an xã:",
                "“Trong 6 tháng cuối năm 2023", "tổ chức hai cuộc đối thoại");
    }

    @Test
    void quotesAreQuoteParagraphsAndRemediesBulletsWithTheirDeadline() {
        Section officer = Drafts.draft(DocumentKind.LETTER, sample(), REQUEST).section("dv-vp-tk").orElseThrow();

        assertThat(officer.paragraphs()).extracting(Paragraph::role).containsExactly(
                Paragraph.Role.HEADING,
                Paragraph.Role.BODY, Paragraph.Role.QUOTE, Paragraph.Role.BULLET,
                Paragraph.Role.BODY, Paragraph.Role.QUOTE, Paragraph.Role.BULLET,
                Paragraph.Role.BODY, Paragraph.Role.QUOTE, Paragraph.Role.BULLET);
        assertThat(officer.paragraphs().get(1).text())
                .isEqualTo("Tiêu chí 1.1.3 - Mức độ thực hiện kế hoạch CCHC: bị trừ 0,6 điểm.");
        assertThat(officer.paragraphs().get(2).text()).startsWith("“").endsWith("”");
        assertThat(officer.paragraphs().get(3).text()).endsWith("(hoàn thành trước ngày 31/10/2023).");
    }

    @Test
    void theResultParagraphCitesTheEnginesFiguresAndThePublishedRank() {
        Assessment assessment = sample();
        Totals totals = ScoreEngine.score(assessment).totals(Track.APPRAISED);

        String result = Drafts.draft(DocumentKind.LETTER, assessment, REQUEST).section("ket-qua").orElseThrow()
                .paragraphs().get(0).text();

        assertThat(result).isEqualTo("Trong 6 tháng đầu năm 2023, chỉ số cải cách hành chính của xã Hiền Thành đạt "
                + Points.format(totals.index())
                + ", xếp thứ 4/18 xã, thị trấn. Sau khi rà soát, tổng số điểm bị trừ là "
                + Points.format(totals.deduction()) + " điểm ở 13 tiêu chí.");
        assertThat(Points.format(totals.deduction())).isEqualTo("10,77");
        assertThat(totals.unscoredLeaves()).isZero();
    }

    /**
     * Drafted for a Sở scoring itself, nothing appraised: "chỉ số … của Sở Tư pháp đạt 0,00. Hiện còn 93 tiêu chí chưa
     * được đánh giá", addressed to "Cán bộ, công chức". No figure is cited before there is one, and an agency's letter
     * goes to its divisions.
     */
    @Test
    void aLetterDraftedBeforeAnyAppraisalCitesNoFigureAndAnAgencyWritesToItsDivisions() {
        Assessment selfOnly = vn.cchc.workbook.testdata.TwoTierWorkbooks.freshDepartment();
        selfOnly = selfOnly.withEntry(selfOnly.entry("1.2").withSelf(new RuleInput.ViolationCount(1)));

        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, selfOnly, REQUEST);

        assertThat(letter.section("ket-qua").orElseThrow().paragraphs().get(0).text()).isEqualTo(
                "Trong năm 2026, Sở Tư pháp chưa có kết quả thẩm định chỉ số cải cách hành chính.");
        assertThat(letter.section("kinh-gui").orElseThrow().paragraphs().get(0).text())
                .isEqualTo("Các phòng, đơn vị trực thuộc");
        // Nothing is listed yet, nor attached: no "các nội dung sau:" over nothing, no "(có Phụ lục kèm theo)".
        assertThat(letter.section("yeu-cau").orElseThrow().paragraphs().get(0).text())
                .endsWith("tiếp tục thực hiện tốt các nhiệm vụ cải cách hành chính được giao.");
        assertThat(letter.section("thoi-han").orElseThrow().paragraphs().get(0).text()).isEqualTo(
                "Khi có kết quả thẩm định, Sở Tư pháp sẽ thống kê các nội dung bị trừ điểm để các đồng chí cán bộ, "
                        + "công chức có liên quan theo dõi, khắc phục.");
        // No signer typed: the Sở's head signs (it had no signature block at all).
        assertThat(letter.signer().authorityLine()).isEmpty();
        assertThat(letter.signer().title()).isEqualTo("GIÁM ĐỐC");

        // Its appendix printed "Thẩm định 0,00, Điểm trừ 0,00" and an appraised index of 0,00 for nothing appraised,
        // and gave a third of the page to an opinion column no row fills.
        Table table = Drafts.draft(DocumentKind.LETTER, selfOnly, REQUEST.withAppendix(true)).section("phu-luc")
                .orElseThrow().tables().get(0);
        Totals self = ScoreEngine.score(selfOnly).totals(Track.SELF);
        // A Sở's set has bonus and penalty groups: the total with them follows the lĩnh vực's sum.
        Table.Row total = table.rows().stream().filter(r -> r.cells().get(1).startsWith("Tổng điểm")).findFirst()
                .orElseThrow();
        assertThat(total.cells().get(1)).isEqualTo("Tổng điểm (gồm điểm thưởng, điểm trừ)");
        assertThat(total.cells().subList(3, 6)).containsExactly(Points.format(self.total()), "", "");
        Table.Row index = table.rows().get(table.rows().size() - 1);
        assertThat(index.cells().get(1)).startsWith("Chỉ số CCHC");
        assertThat(index.cells().subList(3, 5)).containsExactly(Points.format(self.index()), "");
        assertThat(table.columns().get(6).width()).isLessThan(table.columns().get(1).width());
    }

    @Test
    void aLinkedEarlierPeriodAddsTheChange() {
        Assessment later = sample();
        Assessment earlier = BundledData.sampleAssessment().withId("earlier")
                .withDescription(later.unit(), Period.FULL_YEAR, 2022);
        earlier = earlier.withEntry(earlier.entry("1.2").withFirstAppraisal(new RuleInput.ViolationCount(2)));
        Assessment linked = EarlierPeriods.link(later, earlier, "xếp thứ 6/18");
        Comparison comparison = Comparison.compare(linked).orElseThrow();

        String result = Drafts.draft(DocumentKind.LETTER, linked, REQUEST).section("ket-qua").orElseThrow()
                .paragraphs().get(0).text();

        assertThat(comparison.indexChange().signum()).isPositive();
        assertThat(result).contains("So với cả năm 2022, chỉ số tăng " + Points.format(comparison.indexChange())
                + " điểm. Kỳ trước đơn vị xếp thứ 6/18.");
    }

    @Test
    void theHeaderNamesTheCommitteeWithoutAParentLineAndTheSubjectBeginsWithVv() {
        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, sample(),
                new DocumentRequest("103/UBND", "khắc phục tồn tại năm 2023", LocalDate.of(2023, 9, 6), "", null,
                        null, List.of(), false));

        assertThat(letter.letterhead().parentLine()).isEmpty();
        assertThat(letter.letterhead().unitLine()).isEqualTo("ỦY BAN NHÂN DÂN\nXÃ HIỀN THÀNH");
        assertThat(letter.letterhead().number()).isEqualTo("Số: 103/UBND");
        assertThat(letter.letterhead().subject()).isEqualTo("V/v khắc phục tồn tại năm 2023");
        assertThat(letter.letterhead().placeDate()).isEqualTo("Hiền Thành, ngày 06 tháng 9 năm 2023");
        assertThat(letter.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ""));
        assertThat(letter.section("can-cu")).isEmpty();
        assertThat(letter.section("noi-nhan").orElseThrow().paragraphs().get(0).text())
                .isEqualTo("UBND huyện Vĩnh Linh (b/c);\nNhư Kính gửi;\nLưu: VT.");
    }

    @Test
    void theAddresseesAreTheDepartmentsThatLostPoints() {
        String addressees = Drafts.draft(DocumentKind.LETTER, sample(), REQUEST).section("kinh-gui").orElseThrow()
                .paragraphs().get(0).text();

        assertThat(addressees.split("\n")).containsExactly("Cán bộ, công chức xã", "Công chức Văn phòng - Thống kê",
                "Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội", "Bộ phận Tiếp nhận và Trả kết quả",
                "Công an xã");
    }

    @Test
    void theAppendixIsALandscapeAnnexOnlyWhenAsked() {
        assertThat(Drafts.draft(DocumentKind.LETTER, sample(), REQUEST).sections(Section.Placement.ANNEX)).isEmpty();

        DraftDocument withAppendix = Drafts.draft(DocumentKind.LETTER, sample(), REQUEST.withAppendix(true));

        Section appendix = withAppendix.section("phu-luc").orElseThrow();
        assertThat(appendix.placement()).isEqualTo(Section.Placement.ANNEX);
        Table table = appendix.tables().get(0);
        assertThat(table.columns()).hasSize(8);
        assertThat(table.rows()).extracting(r -> r.cells().get(0)).contains("1.1.3", "1.4.1", "3.13.3");
        Table.Row total = table.rows().stream().filter(r -> r.cells().get(1).equals("Tổng điểm")).findFirst()
                .orElseThrow();
        Totals totals = ScoreEngine.score(sample()).totals(Track.APPRAISED);
        assertThat(total.cells().get(4)).isEqualTo(Points.format(totals.total()));
        assertThat(total.cells().get(5)).isEqualTo("10,77");
        assertThat(appendix.paragraphs().get(2).text())
                .isEqualTo("(Kèm theo Công văn số 103/UBND ngày 06/9/2023 của UBND xã Hiền Thành)");
    }

    /**
     * The letter's phụ lục of a ward whose appraisal covers 5 of its 100 points printed "Tổng điểm 100,00 | 4,25 |
     * 0,75" (100 − 4,25 is not 0,75) and blanks for every lĩnh vực not appraised. As in the Excel phụ lục, a row
     * appraised in part takes the maximum of its appraised parts, labelled; rows not appraised print "-"; the lĩnh
     * vực's sum is followed by the total with bonus and penalty and by the maxima of what is not appraised, so that
     * chuẩn − thẩm định = trừ holds on every row that has all three.
     */
    @Test
    void theAppendixOfAPartialAppraisalAddsUpOnEveryRow() {
        Assessment ward = vn.cchc.workbook.testdata.TwoTierWorkbooks.freshWard();
        ward = ward.withEntry(ward.entry("1.1.1").withSelf(new vn.cchc.workbook.domain.criteria.RuleInput.LevelChoice(0))
                .withFirstAppraisal(new vn.cchc.workbook.domain.criteria.RuleInput.LevelChoice(0)));
        ward = ward.withEntry(ward.entry("1.1.2").withSelf(new vn.cchc.workbook.domain.criteria.RuleInput.LevelChoice(1))
                .withFirstAppraisal(new vn.cchc.workbook.domain.criteria.RuleInput.LevelChoice(2))
                .withAppraisalOpinion("Kế hoạch thiếu mốc thời gian."));

        Table table = Drafts.draft(DocumentKind.LETTER, ward, REQUEST.withAppendix(true)).section("phu-luc")
                .orElseThrow().tables().get(0);

        for (Table.Row row : table.rows()) {
            List<String> c = row.cells();
            if (!c.get(2).isEmpty() && c.get(4).matches("[0-9,]+") && !c.get(5).isEmpty()) {
                java.math.BigDecimal lost = new java.math.BigDecimal(c.get(5).replace("-", "").replace(",", "."));
                assertThat(number(c.get(2)).subtract(number(c.get(4)))).as(c.get(1)).isEqualByComparingTo(lost);
            }
        }
        Table.Row field = table.rows().get(0);
        assertThat(field.cells().get(1)).endsWith("(đã đánh giá 2/18 điểm)");
        assertThat(table.rows()).filteredOn(r -> r.cells().get(0).equals("2")).singleElement()
                .satisfies(r -> assertThat(r.cells().subList(3, 5)).containsExactly("-", "-"));
        List<String> labels = table.rows().stream().map(r -> r.cells().get(1)).toList();
        assertThat(labels).contains("Cộng các lĩnh vực", "Tổng điểm (gồm điểm thưởng, điểm trừ)",
                "Điểm tối đa của các tiêu chí chưa đánh giá hoặc không áp dụng", "Điểm tối đa theo Bộ tiêu chí");
        Table.Row sum = table.rows().stream().filter(r -> r.cells().get(1).equals("Cộng các lĩnh vực")).findFirst()
                .orElseThrow();
        Table.Row rest = table.rows().stream().filter(r -> r.cells().get(1).startsWith("Điểm tối đa của các tiêu chí"))
                .findFirst().orElseThrow();
        assertThat(number(sum.cells().get(2)).add(number(rest.cells().get(2)))).isEqualByComparingTo("100");
    }

    private static java.math.BigDecimal number(String shown) {
        return new java.math.BigDecimal(shown.replace(".", "").replace(",", "."));
    }

    private static void assertSection(DraftDocument letter, String id, String heading, String quote, String remedy) {
        Section section = letter.section(id).orElseThrow();
        assertThat(section.paragraphs().get(0).text()).isEqualTo(heading);
        assertThat(section.paragraphs()).filteredOn(p -> p.role() == Paragraph.Role.QUOTE)
                .anySatisfy(p -> assertThat(p.text()).contains(quote.replace("“", "")).startsWith("“"));
        assertThat(section.paragraphs()).filteredOn(p -> p.role() == Paragraph.Role.BULLET)
                .anySatisfy(p -> assertThat(p.text()).contains(remedy));
    }
}
