package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.testdata.GeneratedAssessment;

/**
 * The three workbooks every printed page is checked on: the bundled commune sample (Hiền Thành, 6 months 2023), a
 * district scored against the bundled district set with a deputy's signature and six recipients, and a generated
 * workbook whose opinions and remedies are very long (some longer than a page). Each is exported as every report,
 * one file per report, plus the appendix with only the rows that lost points.
 */
final class PrintSamples {

    /** One exported file: which workbook, which report, the page bound the page check holds it to. */
    record Export(String workbook, String report, Path file, int maxPages) {
    }

    static final String LONG_SENTENCE = "Đơn vị chưa cung cấp đầy đủ tài liệu kiểm chứng theo quy định; văn bản ban hành "
            + "chậm so với thời hạn của Kế hoạch, nội dung báo cáo chưa đánh giá được kết quả thực hiện và chưa nêu rõ "
            + "các tồn tại, hạn chế, nguyên nhân cũng như giải pháp khắc phục trong thời gian tới. ";

    private PrintSamples() {
    }

    static Assessment commune() {
        return BundledData.sampleAssessment();
    }

    /** A district of the 2023 kind, with the departments of the DOMAIN example, a quarter of its leaves losing. */
    static Assessment district() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT);
        List<Department> departments = List.of(
                new Department("nv", "Phòng Nội vụ"),
                new Department("tp", "Phòng Tư pháp"),
                new Department("vp", "Văn phòng HĐND và UBND"),
                new Department("tckh", "Phòng Tài chính - Kế hoạch"),
                new Department("vhtt", "Phòng Văn hóa và Thông tin"),
                new Department("ttvh", "Trung tâm Văn hóa và Truyền thông"));
        Assessment a = Assessment.start(new AssessedUnit("Vĩnh Linh", UnitLevel.DISTRICT, "UBND tỉnh Quảng Trị",
                "Vĩnh Linh"), Period.FULL_YEAR, 2023, set, departments);
        List<CriterionNode> roots = set.roots();
        for (int f = 0; f < roots.size(); f++) {
            String department = departments.get(f % departments.size()).id();
            a = a.withEntry(a.entry(roots.get(f).code())
                    .withResponsibilities(List.of(Responsibility.whole(department))));
        }
        Random random = new Random(2023);
        List<CriterionNode> leaves = set.leaves();
        for (int l = 0; l < leaves.size(); l++) {
            CriterionNode leaf = leaves.get(l);
            boolean loses = random.nextInt(4) == 0;
            var entry = a.entry(leaf.code()).withSelf(GeneratedAssessment.input(leaf, 0))
                    .withFirstAppraisal(GeneratedAssessment.input(leaf, loses ? 1 : 0));
            if (loses) {
                entry = entry.withAppraisalOpinion("Ban hành " + leaf.title().toLowerCase(java.util.Locale.ROOT)
                        + " chậm 01 văn bản so với thời hạn quy định nên bị trừ điểm.")
                        .withRemedy(new Remedy("Rà soát, tham mưu ban hành đúng thời hạn trong năm 2024",
                                LocalDate.of(2024, 10, 31), Remedy.Status.NOT_STARTED));
            }
            a = a.withEntry(entry);
        }
        return a;
    }

    /** The commune's options in the page check: a date, a "Kèm theo" line and the chairman's signature. */
    static ExportOptions.Builder communeOptions() {
        return ExportOptions.builder().documentDate(LocalDate.of(2023, 9, 6))
                .reference(new DocumentReference("Công văn", "103/UBND", LocalDate.of(2023, 9, 6),
                        "UBND xã Hiền Thành"))
                .signer(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bình"));
    }

    static ExportOptions.Builder districtOptions() {
        return ExportOptions.builder()
                .documentDate(LocalDate.of(2024, 3, 15))
                .reference(new DocumentReference("Báo cáo", "52/BC-UBND", LocalDate.of(2024, 3, 15),
                        "UBND huyện Vĩnh Linh"))
                .signer(new Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"))
                .recipients(List.of("Sở Nội vụ tỉnh Quảng Trị;", "Thường trực Huyện ủy;", "Thường trực HĐND huyện;",
                        "Chủ tịch, các PCT UBND huyện;", "Các cơ quan, đơn vị thuộc UBND huyện;", "Lưu: VT, NV."));
    }

    /** The generated 500-node workbook with long opinions, some longer than a printed page, and long remedies. */
    static Assessment longTexts() {
        Assessment a = GeneratedAssessment.scored();
        var scorecard = ScoreEngine.score(a);
        Random random = new Random(7);
        int n = 0;
        for (CriterionNode leaf : a.criteria().leaves()) {
            if (!scorecard.node(leaf.code()).figures(Track.APPRAISED).hasDeduction()) {
                continue;
            }
            n++;
            int repeats = n % 17 == 0 ? 30 : 1 + random.nextInt(4);
            a = a.withEntry(a.entry(leaf.code()).withAppraisalOpinion(LONG_SENTENCE.repeat(repeats).strip())
                    .withRemedy(new Remedy(("Giao phòng chuyên môn chủ trì, phối hợp các cơ quan liên quan rà soát, "
                            + "hoàn thiện hồ sơ và tài liệu kiểm chứng. ").repeat(1 + random.nextInt(3)).strip(),
                            LocalDate.of(2025, 6, 30), Remedy.Status.IN_PROGRESS)));
        }
        return a;
    }

    /** Exports every report of the three workbooks into {@code folder}: one file each, with its page bound. */
    static List<Export> exportAll(Path folder) {
        List<Export> exports = new ArrayList<>();
        ExcelExporter exporter = new ExcelExporter();
        ExportOptions commune = communeOptions().build();
        add(exports, exporter, folder, "xa", commune(), commune, new int[] {15, 3, 2, 1, 7, 7});
        add(exports, exporter, folder, "huyen", district(), districtOptions().build(),
                new int[] {13, 4, 2, 1, 6, 7});
        add(exports, exporter, folder, "dai", longTexts(), districtOptions().build(),
                new int[] {183, 30, 2, 1, 213, 161});
        exports.add(comparison(exporter, folder, "xa", linkedForPrint(commune()), commune, COMPARISON_PAGES[0]));
        exports.add(comparison(exporter, folder, "huyen", linkedForPrint(district()), districtOptions().build(),
                COMPARISON_PAGES[1]));
        exports.add(comparison(exporter, folder, "dai", linkedForPrint(longTexts()), districtOptions().build(),
                COMPARISON_PAGES[2]));
        exports.add(comparison(exporter, folder, "xa-doi-bo", linkedWithAFewChanges(), commune,
                COMPARISON_PAGES[3]));
        exports.add(ranking(folder));
        exports.add(fewUnitsRanking(folder, false));
        exports.add(fewUnitsRanking(folder, true));
        exports.add(changeList(folder));
        return exports;
    }

    /** Page bound of the what-changed list of {@link #changeList}. */
    static final int CHANGE_LIST_PAGES = 17;

    /**
     * The what-changed list of the commune against the copy its appraiser returned: the step and the deadlines the
     * province recorded (workbook rows first), then an opinion on every leaf, every seventh one long.
     */
    static Export changeList(Path folder) {
        ChangeListSample sample = changeListSample();
        Path file = folder.resolve("xa-thay-doi.xlsx");
        ChangeListExport.write(sample.returned(), sample.source(), sample.changes(), sample.today(), file);
        return new Export("xa", "thay-doi", file, CHANGE_LIST_PAGES);
    }

    /** The what-changed list's input: the returned copy, what was compared, the changes, the day printed. */
    record ChangeListSample(Assessment returned, String source, List<AssessmentChanges.Change> changes,
                            LocalDate today) {
    }

    /** The commune against the copy its appraiser returned, as {@link #changeList} prints it. */
    static ChangeListSample changeListSample() {
        Assessment commune = commune();
        LocalDate sentOn = LocalDate.of(2026, 10, 1);
        RoundStep sentStep = new RoundStep(Stage.SENT_FOR_APPRAISAL, sentOn, "Lê Thị Hoa", "UBND xã Hiền Thành");
        Assessment sent = commune.withRounds(new Rounds(Side.UNIT, List.of(sentStep),
                Map.of(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 15))));
        Assessment returned = commune;
        int n = 0;
        for (CriterionNode leaf : commune.criteria().leaves()) {
            n++;
            returned = returned.withEntry(returned.entry(leaf.code()).withAppraisalOpinion(n % 7 == 0
                    ? LONG_SENTENCE.repeat(2).strip() : "Đã xem xét lại hồ sơ, tài liệu kiểm chứng của tiêu chí "
                    + leaf.code() + "."));
        }
        returned = returned.withRounds(new Rounds(Side.APPRAISER, List.of(sentStep,
                new RoundStep(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 16), "Trần Văn Nam",
                        "Sở Nội vụ tỉnh Quảng Trị")),
                Map.of(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 16), Stage.EXPLANATION,
                        LocalDate.of(2026, 10, 25))));
        return new ChangeListSample(returned, "Tệp “ket-qua-tham-dinh.cchc” so với bản trong máy",
                AssessmentChanges.between(sent, returned), LocalDate.of(2026, 10, 16));
    }

    /**
     * Page bounds of the comparison sheet of the commune, the district and the long-text workbook, and of the
     * commune against a revised set ({@link #linkedWithAFewChanges}).
     */
    static final int[] COMPARISON_PAGES = {9, 12, 49, 9};

    /** The comparison sheet of {@code linked} (linked to an earlier period, e.g. by {@link #linkedForPrint}). */
    private static Export comparison(ExcelExporter exporter, Path folder, String workbook, Assessment linked,
                                     ExportOptions options, int bound) {
        Path file = folder.resolve(workbook + "-so-sanh.xlsx");
        exporter.export(linked, options.withReports(ReportKind.SO_SANH), file);
        return new Export(workbook, "so-sanh", file, bound);
    }

    /**
     * {@code later} linked to an earlier period of the year before made from its own figures: every scored node a
     * tenth lower (so rows go up and down), every lĩnh vực with a typed rank, the overall rank "xếp thứ 5/18".
     */
    static Assessment linkedForPrint(Assessment later) {
        var own = vn.cchc.workbook.domain.comparison.EarlierPeriods.of(later, "xếp thứ 5/18");
        List<vn.cchc.workbook.domain.assessment.EarlierNode> nodes = new ArrayList<>();
        int field = 0;
        BigDecimal total = own.total();
        for (var node : own.nodes()) {
            boolean main = later.criteria().find(node.code())
                    .map(n -> n.section() == vn.cchc.workbook.domain.criteria.Section.MAIN).orElse(false);
            if (node.depth() == 0) {
                field++;
            }
            boolean lower = main && field % 2 == 1;
            BigDecimal points = node.points() == null || !lower ? node.points()
                    : node.points().multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP);
            if (node.depth() == 0 && points != null) {
                // The earlier total follows its lĩnh vực, so the sheet's totals reconcile as real ones do.
                total = total.add(points).subtract(node.points());
            }
            String rank = node.depth() == 0 && main ? "xếp thứ " + (field + 2) + "/18" : "";
            nodes.add(new vn.cchc.workbook.domain.assessment.EarlierNode(node.code(), node.title(), node.depth(),
                    node.maximum(), points, node.deduction(), node.opinion(), node.notApplicable(), rank));
        }
        var earlier = new vn.cchc.workbook.domain.assessment.EarlierPeriod("print-earlier", own.unitName(),
                Period.FULL_YEAR, later.year() - 1, own.criteriaSetId(), own.rankText(), nodes, own.departments(),
                own.maximum(), own.applicableMaximum(), total, own.applicableMaximum().signum() == 0 ? null
                        : total.multiply(BigDecimal.valueOf(100)).divide(own.applicableMaximum(), 4,
                                java.math.RoundingMode.HALF_UP));
        return later.withEarlierPeriod(earlier);
    }

    /**
     * The merged ward of 2025 (scored on the 2025 commune set) against Hiền Thành's 6 months of 2023 (the 2023 set):
     * a comparison across criteria sets, whose "Ghi chú" holds the short notes of new, dropped and changed criteria.
     */
    static Assessment acrossCriteriaSets() {
        return BundledData.mergedSample().withEarlierPeriod(
                vn.cchc.workbook.domain.comparison.EarlierPeriods.of(commune(), "xếp thứ 5/18"));
    }

    /**
     * The commune against the earlier period of {@link #linkedForPrint} whose set differed in three criteria, as a
     * set revised between two periods does: 1.7 was not in it ("Tiêu chí mới"), a 1.8 was and is no more ("Không còn
     * trong Bộ tiêu chí"), 2.1's maximum was 1 point higher. Three short notes in a long "Ghi chú" column.
     */
    static Assessment linkedWithAFewChanges() {
        Assessment linked = linkedForPrint(commune());
        var earlier = linked.earlierPeriod();
        List<vn.cchc.workbook.domain.assessment.EarlierNode> nodes = new ArrayList<>();
        for (var node : earlier.nodes()) {
            if (node.code().equals("1.7")) {
                nodes.add(new vn.cchc.workbook.domain.assessment.EarlierNode("1.8",
                        "Kiểm tra việc thực hiện kế hoạch cải cách hành chính của các bộ phận chuyên môn", 1,
                        d("1"), d("0.5"), d("0.5"), "", false));
                continue;
            }
            nodes.add(node.code().equals("2.1") ? new vn.cchc.workbook.domain.assessment.EarlierNode(node.code(),
                    node.title(), node.depth(), node.maximum().add(BigDecimal.ONE), node.points(), node.deduction(),
                    node.opinion(), node.notApplicable(), node.rankText()) : node);
        }
        return linked.withEarlierPeriod(new vn.cchc.workbook.domain.assessment.EarlierPeriod(earlier.assessmentId(),
                earlier.unitName(), earlier.period(), earlier.year(), "bo-tieu-chi-ky-truoc", earlier.rankText(),
                nodes, earlier.departments(), earlier.maximum(), earlier.applicableMaximum(), earlier.total(),
                earlier.index()));
    }

    /**
     * The district's ranking of 24 communes (one of them of another period, so the sheet warns), with a "Kèm theo"
     * line, a deputy head's signature and recipients.
     */
    static Export ranking(Path folder) {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        List<vn.cchc.workbook.domain.ranking.Candidate> candidates = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Assessment commune = vn.cchc.workbook.testdata.CommuneWorkbooks.commune(i, set);
            if (i == 5) {
                commune = commune.withDescription(commune.unit(), Period.FIRST_HALF, 2024);
            }
            assessments.add(commune);
            candidates.add(new vn.cchc.workbook.domain.ranking.Candidate(commune, "xa-" + i + ".cchc"));
        }
        var ranking = vn.cchc.workbook.domain.ranking.Ranking.rank(candidates,
                vn.cchc.workbook.domain.ranking.Bands.defaults());
        RankingSheetOptions options = new RankingSheetOptions("UBND huyện Vĩnh Linh", "Phòng Nội vụ", "Vĩnh Linh",
                LocalDate.of(2024, 3, 15), "năm 2023", new Signer("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
                        "Trần Thị Cúc"), List.of("UBND huyện (b/c);", "Các xã, thị trấn;", "Lưu: VT, NV."),
                new DocumentReference("Báo cáo", "15/BC-NV", LocalDate.of(2024, 3, 15), "Phòng Nội vụ"),
                vn.cchc.workbook.app.RankingService.periodWarning(assessments.stream()
                        .map(a -> vn.cchc.workbook.domain.ranking.ScoredUnit.of(a, a.unit().name())).toList()));
        Path file = folder.resolve("xep-hang.xlsx");
        new RankingExporter().export(ranking, options, file);
        return new Export("xep-hang", "xep-hang", file, 2);
    }

    /**
     * The units of {@link #fewUnitsRanking}: mixed, two communes of 2024 (old structure) and a ward of 2025; or else
     * two communes, a ward and a special zone of 2025.
     */
    static List<Assessment> fewUnits(boolean mixed) {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        List<Assessment> units = new ArrayList<>();
        String[] names = {"Vĩnh Lâm", "Vĩnh Thủy", "Đông Hà", "Cồn Cỏ"};
        var kinds = List.of(vn.cchc.workbook.domain.assessment.UnitKind.COMMUNE,
                vn.cchc.workbook.domain.assessment.UnitKind.COMMUNE, vn.cchc.workbook.domain.assessment.UnitKind.WARD,
                vn.cchc.workbook.domain.assessment.UnitKind.SPECIAL_ZONE);
        for (int i = 0; i < (mixed ? 3 : 4); i++) {
            Assessment scored = vn.cchc.workbook.testdata.CommuneWorkbooks.commune(10 + 7 * i, set);
            boolean old = mixed && i < 2;
            units.add(scored.withDescription(AssessedUnit.of(names[i], kinds.get(i),
                    old ? "UBND huyện Vĩnh Linh" : "UBND tỉnh Quảng Trị", ""), old ? Period.FULL_YEAR
                    : Period.FIRST_HALF, old ? 2024 : 2025));
        }
        return units;
    }

    /**
     * The province's ranking of a few units ({@link #fewUnits}) as the ranking window writes it (title and warning
     * from the units' data), with a "Kèm theo" line. Four units of one period fit one page with the notes and the
     * signature. Three units of different periods (a line under the title, a warning under the table and nine
     * recipients) do not: the last page must still hold table rows with the notes and the signature (they were alone
     * there).
     */
    static Export fewUnitsRanking(Path folder, boolean mixed) {
        List<Assessment> units = fewUnits(mixed);
        var scored = units.stream().map(a -> vn.cchc.workbook.domain.ranking.ScoredUnit.of(a, a.unit().name()))
                .toList();
        var ranking = vn.cchc.workbook.domain.ranking.Ranking.rankScored(scored,
                vn.cchc.workbook.domain.ranking.Bands.defaults());
        var result = new vn.cchc.workbook.app.RankingService.Result(ranking, List.of(), units.size(),
                vn.cchc.workbook.app.RankingService.commonPeriodText(units),
                vn.cchc.workbook.app.RankingService.periodWarning(scored));
        RankingSheetOptions options = new RankingSheetOptions("UBND tỉnh Quảng Trị", "Sở Nội vụ", "Quảng Trị",
                LocalDate.of(2025, 8, 20), "", new Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Cúc"),
                mixed ? List.of("Bộ Nội vụ (b/c);", "Thường trực Tỉnh ủy (b/c);", "Thường trực HĐND tỉnh (b/c);",
                        "UBND tỉnh (b/c);", "Các sở, ban, ngành;", "Các xã, phường, đặc khu;",
                        "Báo Quảng Trị;", "Cổng thông tin điện tử tỉnh;", "Lưu: VT, CCHC.")
                        : List.of("UBND tỉnh (b/c);", "Các xã, phường, đặc khu;", "Lưu: VT, CCHC."),
                new DocumentReference("Báo cáo", "215/BC-SNV", LocalDate.of(2025, 8, 20), "Sở Nội vụ"), "");
        Path file = folder.resolve(mixed ? "xep-hang-3-don-vi-khac-ky.xlsx" : "xep-hang-4-don-vi.xlsx");
        new vn.cchc.workbook.app.RankingService().export(result, options, file);
        return new Export(mixed ? "3-don-vi-khac-ky" : "4-don-vi", "xep-hang", file, mixed ? 2 : 1);
    }

    /** One line of the header block and how it prints, for {@link #tightHeader}. */
    record HeaderLine(String text, double size, TextMeasure.Style font) {
    }

    /** The header block's lines that must print on one line: the national title, the motto, a unit, the date. */
    static final List<HeaderLine> HEADER_LINES = List.of(
            new HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", SheetStyles.HEADER_FONT_SIZE, TextMeasure.Style.BOLD),
            new HeaderLine("Độc lập - Tự do - Hạnh phúc", SheetStyles.MOTTO_FONT_SIZE, TextMeasure.Style.BOLD),
            new HeaderLine("ỦY BAN NHÂN DÂN", SheetStyles.HEADER_FONT_SIZE, TextMeasure.Style.BOLD),
            new HeaderLine("Hiền Thành, ngày 06 tháng 9 năm 2023", SheetStyles.HEADING_FONT_SIZE,
                    TextMeasure.Style.ITALIC));

    /**
     * Each of {@link #HEADER_LINES} alone on a sheet, in the style the header block gives it, in a range of three
     * merged columns exactly as wide as the layout lets a part of the header block be for it
     * ({@link RowLayout#charactersFor}): the narrowest the column balance can leave it. One sheet a line, one PDF page
     * each.
     */
    static Path tightHeader(Path folder) throws java.io.IOException {
        Path file = folder.resolve("khoi-tieu-de-sat.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            List<org.apache.poi.xssf.usermodel.XSSFCellStyle> lineStyles = List.of(styles.nation, styles.motto,
                    styles.issuingUnit, styles.placeDate);
            for (int i = 0; i < HEADER_LINES.size(); i++) {
                HeaderLine line = HEADER_LINES.get(i);
                var sheet = workbook.createSheet(Integer.toString(i + 1));
                int characters = RowLayout.charactersFor(TextMeasure.get().width(line.text(), line.size(),
                        line.font()));
                int third = characters / 3;
                int[] widths = {5, third, third, characters - 2 * third};
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                var row = sheet.createRow(0);
                row.setHeightInPoints((float) RowLayout.heightForLines(2, line.size()));
                for (int c = 1; c < widths.length; c++) {
                    row.createCell(c).setCellStyle(lineStyles.get(i));
                }
                row.getCell(1).setCellValue(line.text());
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 1, widths.length - 1));
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                sheet.getPrintSetup().setLandscape(true);
                sheet.setFitToPage(false);
                sheet.getPrintSetup().setScale((short) 100);
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void add(List<Export> exports, ExcelExporter exporter, Path folder, String workbook,
                            Assessment assessment, ExportOptions options, int[] bounds) {
        int i = 0;
        for (ReportKind kind : ReportKind.standard()) {
            Path file = folder.resolve(workbook + "-" + kind.id() + ".xlsx");
            exporter.export(assessment, options.withReports(kind), file);
            exports.add(new Export(workbook, kind.id(), file, bounds[i++]));
        }
        Path deductions = folder.resolve(workbook + "-phu-luc-diem-tru.xlsx");
        exporter.export(assessment, options.withReports(ReportKind.PHU_LUC).withOnlyDeductions(true), deductions);
        exports.add(new Export(workbook, "phu-luc-diem-tru", deductions, bounds[i]));
    }

    /** The page check's what-changed list, laid out. */
    static DocumentSheet laidOutChangeList() {
        ChangeListSample sample = changeListSample();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
        try {
            DocumentSheet sheet = ChangeListExport.layOut(workbook, sample.returned(), sample.source(),
                    sample.changes(), sample.today());
            discard(workbook);
            return sheet;
        } finally {
            ExcelExporter.close(workbook);
        }
    }

    /** One report of {@code assessment}, collected and laid out as the exporter does. */
    static DocumentSheet laidOut(Assessment assessment, ExportOptions options, ReportKind kind) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
        try {
            ReportContext context = ReportContext.of(assessment, ScoreEngine.score(assessment), options);
            SheetReport report = SheetReport.of(kind, context);
            DocumentSheet sheet = new DocumentSheet(workbook, new SheetStyles(workbook.getXSSFWorkbook()), "1",
                    report.columns());
            sheet.documentHeader(HeaderBlock.of(assessment.unit()), DocumentText.placeDateLine(
                    DocumentText.place(assessment.unit(), options.place()), options.effectiveDate()));
            sheet.headings("PHỤ LỤC", ExcelExporter.title(kind, assessment),
                    ExcelExporter.selfMarker(kind, options.track()), DocumentText.referenceLine(options.reference()));
            sheet.tableHeader();
            report.writeTable(context, sheet);
            sheet.footer(options.signer(), options.recipients());
            sheet.pageSetup(report.landscape());
            discard(workbook);
            return sheet;
        } finally {
            ExcelExporter.close(workbook);
        }
    }

    /** Writes the laid-out rows nowhere, so that closing the workbook finds them written. */
    private static void discard(SXSSFWorkbook workbook) {
        try {
            workbook.write(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
