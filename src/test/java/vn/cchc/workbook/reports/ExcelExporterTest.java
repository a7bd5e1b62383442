package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.workbook.reports.WorkbookReading.bold;
import static vn.cchc.workbook.reports.WorkbookReading.isBlank;
import static vn.cchc.workbook.reports.WorkbookReading.number;
import static vn.cchc.workbook.reports.WorkbookReading.rowWith;
import static vn.cchc.workbook.reports.WorkbookReading.text;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.planning.Projection;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;

/** Exports the test assessment with every option and reads the real .xlsx back with POI. */
class ExcelExporterTest {

    private static final double EXACT = 1e-9;

    @TempDir
    Path folder;

    private final Assessment assessment = TestAssessments.assessment();
    private final Scorecard scorecard = ScoreEngine.score(assessment);
    private XSSFWorkbook workbook;

    private static ExportOptions allOptions() {
        return ExportOptions.builder()
                .documentDate(LocalDate.of(2023, 9, 6))
                .reference(new DocumentReference("Công văn", "103/UBND", LocalDate.of(2023, 9, 6),
                        "UBND xã Hiền Thành"))
                .signer(new Signer("TM. Ủy ban nhân dân", "Chủ tịch", "Lê Đức Kiên"))
                .recipients(List.of("UBND huyện Vĩnh Linh (BC);", "Lưu: VP-VT."))
                .build();
    }

    @BeforeEach
    void export() throws Exception {
        Path file = folder.resolve("out.xlsx");
        new ExcelExporter().export(assessment, allOptions(), file);
        workbook = WorkbookReading.open(file);
    }

    @AfterEach
    void close() throws Exception {
        workbook.close();
    }

    private XSSFSheet sheet(ReportKind kind) {
        XSSFSheet sheet = workbook.getSheet(kind.sheetName());
        assertThat(sheet).as(kind.sheetName()).isNotNull();
        return sheet;
    }

    @Test
    void writesOneSheetPerReportInTheChosenOrderWithValidVietnameseNames() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Phụ lục kết quả", "Theo đơn vị phụ trách", "Theo lĩnh vực",
                "Tiến độ theo đơn vị", "Kế hoạch khắc phục");
        assertThat(names).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31)
                .doesNotContainPattern("[\\[\\]:*?/\\\\]"));
    }

    @Test
    void headerBlockOfACommuneHasNoParentLineAndTheUnitNationAndMottoInMergedCells() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        XSSFRow first = sheet.getRow(0);
        XSSFRow second = sheet.getRow(1);
        // Nghị định 30 and seeds 000, 003: a People's Committee prints no parent line, its name on two lines.
        assertThat(text(first, 0)).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(bold(first, 0)).isTrue();
        assertThat(text(second, 0)).isEqualTo("XÃ HIỀN THÀNH");
        assertThat(bold(second, 0)).isTrue();
        int right = rightBlockStart(sheet);
        assertThat(text(first, right)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(bold(first, right)).isTrue();
        assertThat(text(second, right)).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(bold(second, right)).isTrue();
        assertThat(first.getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("Times New Roman");

        int last = 7;
        assertThat(sheet.getMergedRegions()).contains(
                new CellRangeAddress(0, 0, 0, right - 1), new CellRangeAddress(0, 0, right, last),
                new CellRangeAddress(1, 1, 0, right - 1), new CellRangeAddress(1, 1, right, last));
        // The short rules under the unit and the motto.
        assertThat(sheet.getDrawingPatriarch().getShapes()).hasSize(2);
    }

    @Test
    void placeDateHeadingTitleAndReferenceLinesFollowTheDecree() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        int right = rightBlockStart(sheet);
        XSSFRow date = rowWith(sheet, right, "Hiền Thành, ngày 06 tháng 9 năm 2023");
        assertThat(date.getCell(right).getCellStyle().getFont().getItalic()).isTrue();
        XSSFRow heading = rowWith(sheet, 0, "PHỤ LỤC I");
        assertThat(bold(heading, 0)).isTrue();
        XSSFRow title = sheet.getRow(heading.getRowNum() + 1);
        assertThat(text(title, 0))
                .isEqualTo("KẾT QUẢ ĐÁNH GIÁ CCHC XÃ HIỀN THÀNH 6 THÁNG ĐẦU NĂM 2023 VÀ BIỆN PHÁP KHẮC PHỤC");
        assertThat(bold(title, 0)).isTrue();
        XSSFRow reference = sheet.getRow(heading.getRowNum() + 2);
        assertThat(text(reference, 0))
                .isEqualTo("(Kèm theo Công văn số 103/UBND ngày 06/9/2023 của UBND xã Hiền Thành)");
        assertThat(reference.getCell(0).getCellStyle().getFont().getItalic()).isTrue();
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(heading.getRowNum(), heading.getRowNum(),
                0, 7));
        assertThat(text(rowWith(sheet(ReportKind.KHAC_PHUC), 0, "PHỤ LỤC V"), 0)).isEqualTo("PHỤ LỤC V");
    }

    @Test
    void tableHeaderIsBoldCentredWrappedAndRepeatedOnEveryPage() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        XSSFRow header = rowWith(sheet, 0, "STT");
        assertThat(text(header, 1)).isEqualTo("Lĩnh vực / Tiêu chí / Tiêu chí thành phần");
        assertThat(text(header, 7)).isEqualTo("Người/đơn vị thực hiện chính và biện pháp khắc phục");
        for (int c = 0; c <= 7; c++) {
            XSSFCell cell = header.getCell(c);
            assertThat(cell.getCellStyle().getFont().getBold()).isTrue();
            assertThat(cell.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
        }
        assertThat(text(sheet.getRow(header.getRowNum() + 1), 2)).isEqualTo("(3)");
        assertThat(sheet.getRepeatingRows())
                .isEqualTo(new CellRangeAddress(header.getRowNum(), header.getRowNum() + 1, -1, -1));
        for (ReportKind kind : ReportKind.standard()) {
            assertThat(sheet(kind).getRepeatingRows()).as(kind.id()).isNotNull();
        }
    }

    @Test
    void appendixRowsCarryTheEngineFiguresAsRealNumbersWithTwoDecimals() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        XSSFRow row = rowWith(sheet, 0, "1.1.3");
        assertThat(text(row, 1)).isEqualTo("Mức độ thực hiện kế hoạch CCHC");
        assertThat(number(row, 2)).isEqualTo(2.0);
        assertThat(number(row, 3)).isEqualTo(2.0);
        assertThat(number(row, 4)).isCloseTo(1.4, within(EXACT));
        assertThat(number(row, 5)).isCloseTo(0.6, within(EXACT));
        // A row whose text runs past the end of a page continues on the next one, line by line.
        assertThat(WorkbookReading.continuedText(row, 6)).isEqualTo(TestAssessments.LONG_OPINION);
        // Both remedies are due on 31/10/2023: the deadline is said once under the table, not on each row.
        assertThat(WorkbookReading.continuedText(row, 7)).isEqualTo("Công chức Văn phòng - Thống kê "
                + "Giao CC Văn phòng - Thống kê phụ trách CCHC khắc phục đánh giá 6 tháng cuối năm");
        for (int c = 2; c <= 5; c++) {
            assertThat(row.getCell(c).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        XSSFRow ratio = rowWith(sheet, 0, "2.2.2");
        assertThat(number(ratio, 4)).isCloseTo(10.31, within(EXACT));
        // Its printed row adds up: chuẩn − thẩm định = trừ on the figures as printed (decision 48).
        assertThat(number(ratio, 2) - number(ratio, 4)).isCloseTo(number(ratio, 5), within(EXACT));
        XSSFRow field = rowWith(sheet, 0, "2");
        assertThat(number(field, 3)).isCloseTo(scorecard.node("2").self().achieved().doubleValue(), within(EXACT));
        assertThat(number(field, 4)).isCloseTo(29.31, within(EXACT));
        assertThat(number(field, 5)).isCloseTo(20.69, within(EXACT));
        // Not yet assessed: shown as such, a dash, beside its maximum (accounted for under the total).
        XSSFRow unscored = rowWith(sheet, 0, "3.2");
        assertThat(number(unscored, 2)).isEqualTo(15.0);
        assertThat(text(unscored, 3)).isEqualTo("-");
        assertThat(text(unscored, 4)).isEqualTo("-");
        assertThat(text(unscored, 5)).isEqualTo("-");
        XSSFRow partly = rowWith(sheet, 0, "3");
        assertThat(text(partly, 1)).isEqualTo(
                "Xây dựng và phát triển chính quyền điện tử, chính quyền số (đã đánh giá 25/40 điểm)");
        assertThat(number(partly, 2)).isEqualTo(25.0);
        assertThat(number(rowWith(sheet, 1, "Điểm tối đa của các tiêu chí chưa đánh giá hoặc không áp dụng"), 2))
                .isEqualTo(15.0);
    }

    @Test
    void fieldAndCriterionRowsAreBoldSubCriteriaAreNot() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        assertThat(bold(rowWith(sheet, 0, "1"), 1)).isTrue();
        assertThat(bold(rowWith(sheet, 0, "1.1"), 1)).isTrue();
        assertThat(bold(rowWith(sheet, 0, "1.3"), 4)).isTrue();
        assertThat(bold(rowWith(sheet, 0, "1.1.1"), 1)).isFalse();
        assertThat(bold(rowWith(sheet, 0, "2.2.2"), 4)).isFalse();
        assertThat(bold(rowWith(sheet, 1, "Tổng điểm"), 2)).isTrue();
        // Opinions and remedies stay regular in bold rows, as in the 003 appendix.
        assertThat(bold(rowWith(sheet, 0, "1.3"), 6)).isFalse();
        assertThat(bold(rowWith(sheet, 0, "1"), 7)).isFalse();
    }

    @Test
    void everyRowIsTallEnoughForItsWrappedText() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        XSSFRow longOpinion = rowWith(sheet, 0, "1.1.3");
        XSSFRow shortRow = rowWith(sheet, 0, "1.1.2");
        // The opinion is about 390 characters: as many lines of 12 pt as it wraps to in its column, at least 7.
        int opinionColumn = 6;
        int lines = TextMeasure.get().wrap(longOpinion.getCell(opinionColumn).getStringCellValue(),
                RowLayout.usableWidth(sheet.getColumnWidth(opinionColumn) / 256.0) / RowLayout.WRAP_SAFETY, 12,
                TextMeasure.Style.REGULAR).size();
        assertThat(lines).isGreaterThanOrEqualTo(7);
        assertThat(longOpinion.getHeightInPoints()).isGreaterThan(lines * 12f * 1.1f);
        assertThat(shortRow.getHeightInPoints()).isLessThan(longOpinion.getHeightInPoints() / 2);
        for (Row row : sheet) {
            assertThat(row.getHeightInPoints()).as("row %d", row.getRowNum() + 1).isGreaterThan(0);
        }
    }

    @Test
    void appendixTotalIsAFormulaWhoseCachedAndEvaluatedValuesAreTheEngineTotals() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        XSSFRow total = rowWith(sheet, 1, "Tổng điểm");
        Totals appraised = scorecard.totals(Track.APPRAISED);
        Totals self = scorecard.totals(Track.SELF);
        // The maximum of what was assessed: 3.2 (15 points) is not scored yet; chuẩn − thẩm định = trừ holds.
        assertFormula(total, 2, 85.0);
        assertThat(85.0 - appraised.total().doubleValue()).isCloseTo(appraised.deduction().doubleValue(),
                within(1e-9));
        assertFormula(total, 3, self.total().doubleValue());
        assertFormula(total, 4, appraised.total().doubleValue());
        assertFormula(total, 5, appraised.deduction().doubleValue());
        assertThat(appraised.total()).isEqualByComparingTo("59.21");
        assertThat(appraised.deduction()).isEqualByComparingTo("25.79");
        int field1 = rowWith(sheet, 0, "1").getRowNum() + 1;
        int field2 = rowWith(sheet, 0, "2").getRowNum() + 1;
        int field3 = rowWith(sheet, 0, "3").getRowNum() + 1;
        assertThat(total.getCell(4).getCellFormula()).isEqualTo("SUM(E" + field1 + ",E" + field2 + ",E" + field3 + ")");
    }

    @Test
    void departmentReportListsEachDepartmentsPointsAndNumberedDeductions() {
        XSSFSheet sheet = sheet(ReportKind.DON_VI);
        XSSFRow office = rowWith(sheet, 1, TestAssessments.OFFICE.name());
        // What it answers for and was assessed: (3) − (4) = (5), as the appendix's "Điểm chuẩn". It answers for 32
        // points (field 1 without 1.2, plus 25 of the shared field 3), not all of them assessed yet.
        assertThat(scorecard.departments(Track.APPRAISED).stream()
                .filter(d -> !d.isUnassigned() && d.department().name().equals(TestAssessments.OFFICE.name()))
                .findFirst().orElseThrow().responsibleMaximum()).isEqualByComparingTo("32");
        // Its part of the shared field, 15,625 assessed, counts in cents that add up with the other department's
        // (decision 7): 15,63.
        assertThat(number(office, 2)).isCloseTo(3.4 + 15.63 + 3.6, within(EXACT));
        assertThat(number(office, 3)).isCloseTo(3.4 + 15.63, within(EXACT));
        assertThat(number(office, 4)).isCloseTo(3.6, within(EXACT));
        // Each item with its reason, as seed 000 lists them.
        // A long opinion is quoted by its first sentence; the appendix prints it in full.
        String longOpinion = "Tổng số nhiệm vụ đơn vị đề ra trong Kế hoạch năm là 30 nhiệm vụ";
        // The share achieved, as seed 000 writes "34/38 điểm, đạt 89,47 %": a formula over the two cells.
        int r = office.getRowNum() + 1;
        assertThat(office.getCell(5).getCellFormula()).isEqualTo("D" + r + "/C" + r + "*100");
        assertFormula(office, 5, (3.4 + 15.63) / (3.4 + 15.63 + 3.6) * 100);
        assertThat(WorkbookReading.continuedText(office, 6)).isEqualTo(
                "1. 1.1.1 Ban hành kế hoạch CCHC năm: Kế hoạch ban hành chậm so với quy định — bị trừ 0,5 điểm. "
                + "2. 1.1.3 Mức độ thực hiện kế hoạch CCHC: " + longOpinion + " — bị trừ 0,6 điểm. "
                + "3. 1.3 Sáng kiến trong triển khai công tác CCHC: Không có sáng kiến được công nhận — bị trừ 2,5 "
                + "điểm.");
        assertThat(office.getCell(6).getCellStyle().getWrapText()).isTrue();
        assertThat(text(office, 0)).isEqualTo("1");
        XSSFRow oneStop = rowWith(sheet, 1, TestAssessments.ONE_STOP.name());
        assertThat(number(oneStop, 4)).isCloseTo(20.69, within(EXACT));

        XSSFRow total = rowWith(sheet, 1, "Tổng");
        Totals totals = scorecard.totals(Track.APPRAISED);
        assertFormula(total, 2, totals.achieved().add(totals.deduction()).doubleValue());
        assertThat(totals.applicableMaximum()).isEqualByComparingTo("100");
        assertFormula(total, 3, totals.achieved().doubleValue());
        assertFormula(total, 4, totals.deduction().doubleValue());
    }

    @Test
    void fieldReportShowsSharesGainsTargetsAndLeavesThePreviousPeriodBlank() {
        XSSFSheet sheet = sheet(ReportKind.LINH_VUC);
        XSSFRow field1 = rowWith(sheet, 0, "1");
        assertThat(isBlank(field1, 2)).isTrue();
        assertThat(isBlank(field1, 3)).isTrue();
        assertThat(number(field1, 4)).isEqualTo(10.0);
        assertThat(number(field1, 5)).isEqualTo(1.0);
        // 1.3 aims at 2; 1.1 and 1.2 have no target and count what they keep (2.9 and 1.5).
        assertThat(number(field1, 6)).isCloseTo(6.4, within(EXACT));
        assertThat(text(field1, 7))
                .isEqualTo("Công chức Văn phòng - Thống kê 7 điểm; Công chức Văn hóa - Xã hội 3 điểm");
        XSSFRow field2 = rowWith(sheet, 0, "2");
        assertThat(text(field2, 7)).isEqualTo("Bộ phận Tiếp nhận và Trả kết quả");
        assertThat(number(field2, 5)).isEqualTo(2.0);
        XSSFRow field3 = rowWith(sheet, 0, "3");
        assertThat(text(field3, 7))
                .isEqualTo("Công chức Văn phòng - Thống kê 25 điểm; Công chức Văn hóa - Xã hội 15 điểm");
        assertThat(number(field3, 6)).isEqualTo(40.0);
        assertThat(isBlank(field3, 5)).isTrue();
        XSSFRow total = rowWith(sheet, 1, "Tổng");
        assertFormula(total, 4, 100.0);
        assertFormula(total, 5, 3.0);
        assertThat(isBlank(total, 6)).as("no total of partly known targets").isTrue();
        assertThat(isBlank(total, 2)).as("no earlier period linked").isTrue();
    }

    @Test
    void fieldReportFillsThePreviousPeriodFromTheLinkedBaseline() throws Exception {
        Assessment earlier = TestAssessments.assessment().withId("earlier")
                .withDescription(assessment.unit(), vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2022);
        earlier = earlier.withEntry(earlier.entry("3.1").withFirstAppraisal(
                vn.cchc.workbook.domain.criteria.RuleInput.points("20")));
        Assessment later = vn.cchc.workbook.domain.comparison.EarlierPeriods.link(assessment, earlier,
                "xếp thứ 4/18");
        Path file = folder.resolve("baseline.xlsx");
        new ExcelExporter().export(later, ExportOptions.builder().reports(ReportKind.LINH_VUC).build(), file);
        try (XSSFWorkbook book = WorkbookReading.open(file)) {
            XSSFSheet sheet = book.getSheet(ReportKind.LINH_VUC.sheetName());
            assertThat(number(rowWith(sheet, 0, "1"), 2)).isCloseTo(4.9, within(EXACT));
            assertThat(number(rowWith(sheet, 0, "3"), 2)).isCloseTo(20.0, within(EXACT));
            assertThat(isBlank(rowWith(sheet, 0, "3"), 3)).isTrue();
            XSSFRow total = rowWith(sheet, 1, "Tổng");
            // A formula over the earlier points above it, as every total.
            assertFormula(total, 2, 54.21);
            assertThat(text(total, 3)).isEqualTo("xếp thứ 4/18");
        }
    }

    /** With no gain planned anywhere the gain column stays blank down to its total ("0,00" stood under blanks). */
    @Test
    void progressReportWithoutGainsLeavesTheGainTotalBlank() throws Exception {
        Assessment noGains = assessment;
        for (String code : List.of("1.3", "2.2.2")) {
            noGains = noGains.withEntry(noGains.entry(code).withExpectedGain(null));
        }
        assertThat(Projection.of(noGains).departments()).allSatisfy(d -> assertThat(d.expectedGain()).isNull());
        Path file = folder.resolve("no-gains.xlsx");
        new ExcelExporter().export(noGains, ExportOptions.builder().reports(ReportKind.TIEN_DO).build(), file);
        try (XSSFWorkbook book = WorkbookReading.open(file)) {
            XSSFRow total = rowWith(book.getSheet(ReportKind.TIEN_DO.sheetName()), 1, "Tổng");
            assertThat(isBlank(total, 4)).isTrue();
            assertThat(total.getCell(5).getCellFormula()).startsWith("SUM(");
        }
    }

    @Test
    void progressReportAddsExpectedGainsWithFormulas() {
        XSSFSheet sheet = sheet(ReportKind.TIEN_DO);
        XSSFRow office = rowWith(sheet, 1, TestAssessments.OFFICE.name());
        // The points it has now are the department report's, in cents (19,03; it printed 19,025 as 19,03 there and
        // carried the exact figure here).
        assertThat(number(office, 3)).isCloseTo(19.03, within(EXACT));
        assertThat(number(office, 4)).isEqualTo(1.0);
        int r = office.getRowNum() + 1;
        assertThat(office.getCell(5).getCellFormula()).isEqualTo("D" + r + "+E" + r);
        assertFormula(office, 5, 20.03);
        XSSFRow culture = rowWith(sheet, 1, TestAssessments.CULTURE.name());
        assertThat(isBlank(culture, 4)).isTrue();
        assertFormula(culture, 5, number(culture, 3));
        XSSFRow total = rowWith(sheet, 1, "Tổng");
        Totals totals = scorecard.totals(Track.APPRAISED);
        assertFormula(total, 3, totals.achieved().doubleValue());
        assertFormula(total, 4, 3.0);
        assertFormula(total, 5, totals.achieved().doubleValue() + 3.0);
    }

    @Test
    void remediationPlanIsGroupedByDepartmentWithRemediesAndStatus() {
        XSSFSheet sheet = sheet(ReportKind.KHAC_PHUC);
        XSSFRow group = rowWith(sheet, 0, "I. Công chức Văn phòng - Thống kê");
        assertThat(bold(group, 0)).isTrue();
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(group.getRowNum(), group.getRowNum(), 0, 8));
        XSSFRow first = sheet.getRow(group.getRowNum() + 1);
        assertThat(text(first, 1)).isEqualTo("1.1.1");
        XSSFRow item = rowWith(sheet, 1, "1.1.3");
        assertThat(number(item, 3)).isCloseTo(0.6, within(EXACT));
        assertThat(text(item, 4)).isEqualTo(TestAssessments.LONG_OPINION);
        assertThat(text(item, 5)).startsWith("Giao CC Văn phòng");
        assertThat(text(item, 6)).isEqualTo(TestAssessments.OFFICE.name());
        assertThat(text(item, 7)).isEqualTo("31/10/2023");
        assertThat(text(item, 8)).isEqualTo("Đang thực hiện");
        XSSFRow second = rowWith(sheet, 0, "II. Công chức Văn hóa - Xã hội");
        assertThat(second.getRowNum()).isGreaterThan(item.getRowNum());
        rowWith(sheet, 0, "III. Bộ phận Tiếp nhận và Trả kết quả");
        XSSFRow total = rowWith(sheet, 2, "Tổng");
        assertFormula(total, 3, scorecard.totals(Track.APPRAISED).deduction().doubleValue());
    }

    @Test
    void pagesAreA4FittedToOnePageWidthWithTheDecreesMarginsAndNumbers() {
        for (ReportKind kind : ReportKind.standard()) {
            XSSFSheet sheet = sheet(kind);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).as(kind.id()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).as(kind.id()).isEqualTo(kind != ReportKind.TIEN_DO);
            // The page plan's own scale and breaks: no "fit to page" left for each program to compute its own way.
            assertThat(sheet.getFitToPage()).isFalse();
            assertThat(print.getScale()).isBetween((short) 50, (short) 100);
            assertThat(sheet.getMargin(PageMargin.TOP) * 25.4).isCloseTo(20, within(0.01));
            assertThat(sheet.getMargin(PageMargin.BOTTOM) * 25.4).isCloseTo(20, within(0.01));
            assertThat(sheet.getMargin(PageMargin.LEFT) * 25.4).isCloseTo(30, within(0.01));
            assertThat(sheet.getMargin(PageMargin.RIGHT) * 25.4).isCloseTo(15, within(0.01));
            assertThat(sheet.getHeaderFooterProperties().getDifferentFirst()).isTrue();
            assertThat(sheet.getOddHeader().getCenter()).endsWith("&P");
            assertThat(sheet.getFirstHeader().getCenter()).isEmpty();
        }
    }

    @Test
    void signatureBlockAndRecipientsFollowTheTable() {
        XSSFSheet sheet = sheet(ReportKind.TIEN_DO);
        int right = rightBlockStart(sheet);
        XSSFRow recipients = rowWith(sheet, 0, "Nơi nhận:");
        assertThat(recipients.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(recipients.getCell(0).getCellStyle().getFont().getItalic()).isTrue();
        assertThat(text(recipients, right)).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(text(sheet.getRow(recipients.getRowNum() + 1), 0)).isEqualTo("- UBND huyện Vĩnh Linh (BC);");
        assertThat(text(sheet.getRow(recipients.getRowNum() + 1), right)).isEqualTo("CHỦ TỊCH");
        XSSFRow name = rowWith(sheet, right, "Lê Đức Kiên");
        assertThat(bold(name, right)).isTrue();
        assertThat(name.getRowNum()).isGreaterThan(rowWith(sheet, 1, "Tổng").getRowNum());
    }

    @Test
    void onlyDeductionsKeepsLostPointsTheirParentsAndEveryFieldAndTheSameTotals() throws Exception {
        Path file = folder.resolve("deductions.xlsx");
        new ExcelExporter().export(assessment, allOptions().toBuilder().reports(ReportKind.PHU_LUC)
                .onlyDeductions(true).build(), file);
        try (XSSFWorkbook only = WorkbookReading.open(file)) {
            XSSFSheet sheet = only.getSheetAt(0);
            List<String> codes = WorkbookReading.tableCodes(sheet);
            assertThat(codes).containsExactly("1", "1.1", "1.1.1", "1.1.3", "1.2", "1.2.1", "1.2.2", "1.3", "2",
                    "2.1", "2.2", "2.2.1", "2.2.2", "3");
            assertThat(text(rowWith(sheet, 0, "PHỤ LỤC"), 0)).isEqualTo("PHỤ LỤC");
            XSSFRow total = rowWith(sheet, 1, "Tổng điểm");
            assertFormula(total, 4, scorecard.totals(Track.APPRAISED).total().doubleValue());
            assertFormula(total, 5, scorecard.totals(Track.APPRAISED).deduction().doubleValue());
        }
    }

    @Test
    void aDeadlineSharedByEveryRemedyIsSaidOnceUnderTheTable() {
        XSSFSheet sheet = sheet(ReportKind.PHU_LUC);
        XSSFRow note = rowWith(sheet, 0, "Các biện pháp khắc phục ở cột (8) hoàn thành trước ngày 31/10/2023.");
        assertThat(note.getRowNum()).isGreaterThan(rowWith(sheet, 1, "Tổng điểm").getRowNum());
        assertThat(WorkbookReading.continuedText(rowWith(sheet, 0, "1.3"), 7)).isEqualTo("Công chức Văn phòng - Thống kê Đề xuất sáng kiến CCHC");
        for (Row row : sheet) {
            assertThat(text((XSSFRow) row, 7)).doesNotContain("hoàn thành trước");
        }
    }

    @Test
    void remediesWithDifferentDeadlinesKeepEachTheirOwn() throws Exception {
        Assessment differing = assessment.withEntry(assessment.entry("1.3").withRemedy(
                new Remedy("Đề xuất sáng kiến CCHC", LocalDate.of(2023, 11, 30), Remedy.Status.NOT_STARTED)));
        Path file = folder.resolve("deadlines.xlsx");
        new ExcelExporter().export(differing, allOptions().toBuilder().reports(ReportKind.PHU_LUC).build(), file);
        try (XSSFWorkbook book = WorkbookReading.open(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(WorkbookReading.continuedText(rowWith(sheet, 0, "1.3"), 7))
                    .isEqualTo("Công chức Văn phòng - Thống kê Đề xuất sáng kiến CCHC (hoàn thành trước ngày 30/11/2023)");
            assertThat(WorkbookReading.continuedText(rowWith(sheet, 0, "1.1.3"), 7))
                    .endsWith("(hoàn thành trước ngày 31/10/2023)");
            for (Row row : sheet) {
                assertThat(text((XSSFRow) row, 0)).doesNotContain("Các biện pháp khắc phục ở cột");
            }
        }
    }

    @Test
    void withoutReferenceSignerAndRecipientsThoseLinesAreLeftOut() throws Exception {
        Path file = folder.resolve("plain.xlsx");
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.DON_VI).build(), file);
        try (XSSFWorkbook plain = WorkbookReading.open(file)) {
            XSSFSheet sheet = plain.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotContain("Kèm theo").doesNotContain("Nơi nhận");
                    }
                });
            }
            XSSFRow date = sheet.getRow(3);
            assertThat(text(date, rightBlockStart(sheet)))
                    .isEqualTo(DocumentText.placeDateLine("Hiền Thành", LocalDate.now()));
            // Only the note on the criteria not yet assessed follows the totals: no signature, no recipients.
            int total = rowWith(sheet, 1, "Tổng").getRowNum();
            assertThat(sheet.getLastRowNum()).isEqualTo(total + 1);
            assertThat(text(sheet.getRow(total + 1), 0)).startsWith("Ghi chú: cột (3) và tỷ lệ đạt");
        }
    }

    @Test
    void theSelfTrackFillsTheDeductionColumnFromTheSelfScores() throws Exception {
        Path file = folder.resolve("self.xlsx");
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.PHU_LUC)
                .track(Track.SELF).build(), file);
        try (XSSFWorkbook self = WorkbookReading.open(file)) {
            XSSFRow row = rowWith(self.getSheetAt(0), 0, "1.3");
            assertThat(number(row, 5)).isCloseTo(2.5, within(EXACT));
            assertThat(number(row, 4)).as("appraised column still shows the appraisal").isCloseTo(0.5, within(EXACT));
            XSSFRow ratio = rowWith(self.getSheetAt(0), 0, "2.2.1");
            BigDecimal expected = scorecard.node("2.2.1").self().deduction();
            assertThat(number(ratio, 5)).isCloseTo(expected.doubleValue(), within(EXACT));
        }
    }

    @Test
    void aSecondExportReplacesTheFileAndLeavesNothingElseInTheFolder() throws Exception {
        Path file = folder.resolve("out.xlsx");
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.TIEN_DO).build(), file);
        try (XSSFWorkbook again = WorkbookReading.open(file)) {
            assertThat(again.getNumberOfSheets()).isEqualTo(1);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.xlsx");
        }
    }


    /** The first column of the header block's right part: where the national title is. */
    private static int rightBlockStart(XSSFSheet sheet) {
        XSSFRow first = sheet.getRow(0);
        for (int c = 0; c <= first.getLastCellNum(); c++) {
            if (text(first, c).equals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) {
                return c;
            }
        }
        throw new AssertionError("no right block");
    }

    private void assertFormula(XSSFRow row, int column, double expected) {
        XSSFCell cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as("cached " + cell.getCellFormula()).isCloseTo(expected, within(1e-6));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        FormulaEvaluator evaluator = row.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
        assertThat(evaluator.evaluate(cell).getNumberValue()).as("evaluated " + cell.getCellFormula())
                .isCloseTo(expected, within(1e-6));
    }
}
