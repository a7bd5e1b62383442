package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.criteria.Section;

/**
 * Figures that reconcile by eye on the printed page: on every row of the appendix (every criterion, every total)
 * điểm chuẩn − điểm thẩm định = điểm trừ; in the department report phụ trách − đạt được = bị trừ; in the progress
 * report the expected end = now + expected gain. Checked on the three workbooks of the page check.
 */
class ReconciliationTest {

    private static final double CENT = 1e-9;

    @TempDir
    Path folder;

    private static Assessment workbook(String name) {
        return switch (name) {
            case "xa" -> PrintSamples.commune();
            case "huyen" -> PrintSamples.district();
            default -> PrintSamples.longTexts();
        };
    }

    private XSSFSheet export(Assessment assessment, ExportOptions options, String name) throws Exception {
        Path file = folder.resolve(name + ".xlsx");
        new ExcelExporter().export(assessment, options, file);
        XSSFWorkbook workbook = WorkbookReading.open(file);
        return workbook.getSheetAt(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa", "huyen", "dai"})
    void theAppendixReconcilesOnEveryRowAndTotal(String name) throws Exception {
        Assessment assessment = workbook(name);
        for (boolean onlyDeductions : List.of(false, true)) {
            XSSFSheet sheet = export(assessment, ExportOptions.builder().reports(ReportKind.PHU_LUC)
                    .onlyDeductions(onlyDeductions).build(), name + onlyDeductions);
            FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
            int checked = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = WorkbookReading.text(row, 0);
                String label = WorkbookReading.text(row, 1);
                boolean mainRow = !code.isEmpty() && assessment.criteria().find(code)
                        .map(n -> sectionOf(assessment, n.code()) == Section.MAIN).orElse(false);
                boolean totalRow = code.isEmpty() && (label.equals("Tổng điểm") || label.equals("Cộng các lĩnh vực"));
                if (!(mainRow || totalRow) || !numeric(row, 2) || !numeric(row, 4) || !numeric(row, 5)) {
                    continue;
                }
                double max = value(evaluator, row, 2);
                double appraised = value(evaluator, row, 4);
                double deduction = value(evaluator, row, 5);
                assertThat(max - appraised).as("%s row %d (%s %s): chuẩn − thẩm định = trừ", name, r + 1, code,
                        label).isCloseTo(deduction, within(CENT));
                // The printed (rounded) figures reconcile too, to the cent.
                assertThat(cents(max) - cents(appraised) - cents(deduction)).as("%s row %d printed", name, r + 1)
                        .isBetween(-1L, 1L);
                checked++;
            }
            assertThat(checked).as("%s rows checked", name).isGreaterThan(10);
            sheet.getWorkbook().close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa", "huyen", "dai"})
    void theDepartmentReportReconciles(String name) throws Exception {
        XSSFSheet sheet = export(workbook(name), ExportOptions.builder().reports(ReportKind.DON_VI).build(), name);
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        int checked = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && numeric(row, 2) && numeric(row, 3) && numeric(row, 4)) {
                assertThat(value(evaluator, row, 2) - value(evaluator, row, 3)).as("%s row %d", name, r + 1)
                        .isCloseTo(value(evaluator, row, 4), within(CENT));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2);
        sheet.getWorkbook().close();
    }

    /**
     * Seen on a Sở's first day of self-scoring: its other departments, with nothing scored yet, were printed "0.00
     * 0.00 0.00" (as if they had achieved nothing of nothing). They show a dash, as unscored rows of the appendix do,
     * and the totals still add up.
     */
    @Test
    void aDepartmentWithNothingScoredYetShowsDashesAndTheTotalsStillAddUp() throws Exception {
        Assessment a = vn.cchc.workbook.testdata.TwoTierWorkbooks.freshDepartment();
        java.util.List<vn.cchc.workbook.domain.assessment.Department> departments = a.departments();
        a = a.withEntry(a.entry("1.1.1").withSelf(new vn.cchc.workbook.domain.criteria.RuleInput.LevelChoice(1)));
        a = a.withEntry(a.entry("1.2").withSelf(new vn.cchc.workbook.domain.criteria.RuleInput.ViolationCount(1)));
        XSSFSheet sheet = export(a, ExportOptions.builder().reports(ReportKind.DON_VI)
                .track(vn.cchc.workbook.domain.assessment.Track.SELF).build(), "so");
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();

        String office = "Văn phòng Sở";
        XSSFRow scored = WorkbookReading.rowWith(sheet, 1, office);
        assertThat(value(evaluator, scored, 2)).isCloseTo(1.50, within(CENT));
        assertThat(value(evaluator, scored, 3)).isCloseTo(1.00, within(CENT));
        assertThat(value(evaluator, scored, 4)).isCloseTo(0.50, within(CENT));
        int dashed = 0;
        assertThat(departments).hasSizeGreaterThan(2);
        for (var department : departments) {
            if (department.name().equals(office)) {
                continue;
            }
            XSSFRow row = WorkbookReading.rowWith(sheet, 1, department.name());
            assertThat(java.util.stream.IntStream.rangeClosed(2, 4).mapToObj(c -> WorkbookReading.text(row, c)))
                    .as(department.name()).containsOnly("-");
            assertThat(WorkbookReading.text(row, 5)).as(department.name()).isEmpty();
            dashed++;
        }
        assertThat(dashed).isGreaterThan(1);
        XSSFRow total = WorkbookReading.rowWith(sheet, 1, "Tổng");
        assertThat(value(evaluator, total, 2)).isCloseTo(1.50, within(CENT));
        assertThat(value(evaluator, total, 3)).isCloseTo(1.00, within(CENT));
        assertThat(value(evaluator, total, 4)).isCloseTo(0.50, within(CENT));
        sheet.getWorkbook().close();
    }

    /**
     * Seen on a commune's self-assessment half done: "Tổng điểm phụ trách 20,00, đạt 5,13, bị trừ 1,88, tỷ lệ 25,63 %"
     * counted criteria not yet assessed. Column (3) now holds what was assessed, as the appendix's "Điểm chuẩn" does,
     * and a note says how much is not yet assessed.
     */
    @Test
    void aHalfScoredWorkbooksDepartmentsReconcileAndSayWhatIsNotYetAssessed() throws Exception {
        Assessment commune = PrintSamples.commune();
        Assessment assessment = commune;
        java.math.BigDecimal cleared = java.math.BigDecimal.ZERO;
        for (var leaf : commune.criteria().leaves().stream()
                .filter(n -> sectionOf(commune, n.code()) == Section.MAIN).limit(12).toList()) {
            var entry = assessment.entry(leaf.code());
            if (entry.firstAppraisal() != null && !entry.notApplicable()) {
                assessment = assessment.withEntry(entry.withFirstAppraisal(null).withSecondAppraisal(null));
                cleared = cleared.add(leaf.maxPoints());
            }
        }
        assertThat(cleared.signum()).isPositive();
        XSSFSheet sheet = export(assessment, ExportOptions.builder().reports(ReportKind.DON_VI)
                .track(vn.cchc.workbook.domain.assessment.Track.APPRAISED).build(), "half");
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        int checked = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && numeric(row, 2) && numeric(row, 3) && numeric(row, 4)) {
                assertThat(value(evaluator, row, 2) - value(evaluator, row, 3)).as("row %d", r + 1)
                        .isCloseTo(value(evaluator, row, 4), within(CENT));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(2);
        XSSFRow total = WorkbookReading.rowWith(sheet, 1, "Tổng");
        assertThat(value(evaluator, total, 2)).isCloseTo(vn.cchc.workbook.domain.scoring.ScoreEngine.score(assessment)
                .totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED).achieved().add(
                        vn.cchc.workbook.domain.scoring.ScoreEngine.score(assessment)
                                .totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED).deduction())
                .doubleValue(), within(CENT));
        String note = WorkbookReading.text(sheet.getRow(total.getRowNum() + 1), 0);
        assertThat(note).isEqualTo("Ghi chú: cột (3) và tỷ lệ đạt chỉ tính các tiêu chí đã đánh giá; "
                + vn.cchc.workbook.domain.text.Points.format(cleared)
                + " điểm tối đa của các tiêu chí chưa đánh giá không tính vào.");
        sheet.getWorkbook().close();
    }

    @Test
    void theDepartmentTotalSaysWhyItDiffersFromTheAppendixTotal() throws Exception {
        Assessment district = PrintSamples.district();
        var totals = vn.cchc.workbook.domain.scoring.ScoreEngine.score(district)
                .totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED);
        XSSFSheet sheet = export(district, ExportOptions.builder().reports(ReportKind.DON_VI).build(), "note");
        XSSFRow total = WorkbookReading.rowWith(sheet, 1, "Tổng");
        String note = WorkbookReading.text(sheet.getRow(total.getRowNum() + 1), 0);
        assertThat(note).startsWith("Ghi chú: tổng điểm đạt được của các đơn vị (")
                .contains("khác tổng điểm ở Phụ lục kết quả (" + vn.cchc.workbook.domain.text.Points.format(
                        totals.total()) + ")")
                .contains("trừ " + vn.cchc.workbook.domain.text.Points.format(totals.penalty()) + " điểm trừ");
        sheet.getWorkbook().close();
    }

    @Test
    void theProgressTotalSaysWhyItDiffersFromTheAppendixTotal() throws Exception {
        Assessment district = PrintSamples.district();
        var totals = vn.cchc.workbook.domain.scoring.ScoreEngine.score(district)
                .totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED);
        XSSFSheet sheet = export(district, ExportOptions.builder().reports(ReportKind.TIEN_DO).build(), "tien-do");
        XSSFRow total = WorkbookReading.rowWith(sheet, 1, "Tổng");
        String note = WorkbookReading.text(sheet.getRow(total.getRowNum() + 1), 0);

        assertThat(note).startsWith("Ghi chú: tổng điểm đạt được của các đơn vị (")
                .contains("khác tổng điểm ở Phụ lục kết quả (" + vn.cchc.workbook.domain.text.Points.format(
                        totals.total()) + ")")
                .contains("trừ " + vn.cchc.workbook.domain.text.Points.format(totals.penalty()) + " điểm trừ");
        sheet.getWorkbook().close();
    }

    @Test
    void theProgressTableOfAHalfYearAgreesWithTheAppendixAndNeedsNoNote() throws Exception {
        Assessment commune = PrintSamples.commune();
        XSSFSheet sheet = export(commune, ExportOptions.builder().reports(ReportKind.TIEN_DO).build(), "tien-do-xa");
        XSSFSheet appendix = export(commune, ExportOptions.builder().reports(ReportKind.PHU_LUC).build(), "pl-xa");
        XSSFRow total = WorkbookReading.rowWith(sheet, 1, "Tổng");
        XSSFRow appendixTotal = WorkbookReading.rowWith(appendix, 1, "Tổng điểm");

        // Points answered for count the criteria assessed, as the appendix's Điểm chuẩn does; achieved agree too.
        assertThat(total.getCell(2).getNumericCellValue()).isCloseTo(appendixTotal.getCell(2).getNumericCellValue(),
                within(CENT));
        assertThat(total.getCell(3).getNumericCellValue()).isCloseTo(appendixTotal.getCell(4).getNumericCellValue(),
                within(CENT));
        XSSFRow after = sheet.getRow(total.getRowNum() + 1);
        assertThat(after == null ? "" : WorkbookReading.text(after, 0)).doesNotStartWith("Ghi chú");
        sheet.getWorkbook().close();
        appendix.getWorkbook().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xa", "huyen", "dai"})
    void theComparisonSheetsChangeIsNowMinusBeforeOnEveryRow(String name) throws Exception {
        Assessment linked = PrintSamples.linkedForPrint(workbook(name));
        XSSFSheet sheet = export(linked, ExportOptions.builder().reports(ReportKind.SO_SANH).build(), name + "-ss");
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        int checked = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && numeric(row, 3) && numeric(row, 4) && numeric(row, 5)) {
                assertThat(value(evaluator, row, 4) - value(evaluator, row, 3)).as("%s row %d", name, r + 1)
                        .isCloseTo(value(evaluator, row, 5), within(CENT));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
        sheet.getWorkbook().close();
    }

    @Test
    void aPublishedResultThatDiffersIsPrintedBesideTheComputedOne() throws Exception {
        Assessment sample = PrintSamples.commune().withRankText("xếp thứ 4/18 xã, thị trấn")
                .withPublished(new PublishedResult(new BigDecimal("69.82"), null,
                        "Quyết định số 123/QĐ-UBND ngày 15/01/2024"));
        XSSFSheet sheet = export(sample, ExportOptions.builder().reports(ReportKind.PHU_LUC).build(), "published");
        String note = null;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            String text = sheet.getRow(r) == null ? "" : WorkbookReading.text(sheet.getRow(r), 0);
            if (text.startsWith("Kết quả được công bố")) {
                note = text;
            }
        }
        assertThat(note).isEqualTo("Kết quả được công bố theo Quyết định số 123/QĐ-UBND ngày 15/01/2024: tổng điểm "
                + "69,82; xếp thứ 4/18 xã, thị trấn. Kết quả tính từ các điểm trong bảng này: tổng điểm 72,73, "
                + "chỉ số 87,10.");
        sheet.getWorkbook().close();
    }

    @Test
    void anIncurredPenaltyIsListedWithOnlyDeductionsAndTakesItsPointsOff() throws Exception {
        Assessment district = PrintSamples.district();
        XSSFSheet sheet = export(district, ExportOptions.builder().reports(ReportKind.PHU_LUC).onlyDeductions(true)
                .build(), "penalty");
        FormulaEvaluator evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        var scorecard = vn.cchc.workbook.domain.scoring.ScoreEngine.score(district);
        var totals = scorecard.totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED);
        assertThat(totals.penalty()).isPositive();
        XSSFRow penaltyGroup = WorkbookReading.rowWith(sheet, 0, "TR");
        assertThat(penaltyGroup.getCell(5).getNumericCellValue()).isCloseTo(totals.penalty().doubleValue(),
                within(CENT));
        XSSFRow total = WorkbookReading.rowWith(sheet, 1, "Tổng điểm (gồm điểm thưởng, điểm trừ)");
        assertThat(value(evaluator, total, 4)).isCloseTo(totals.total().doubleValue(), within(CENT));
        sheet.getWorkbook().close();
    }

    private static Section sectionOf(Assessment assessment, String code) {
        String root = code;
        var parent = assessment.criteria().parentOf(code);
        while (parent.isPresent()) {
            root = parent.get().code();
            parent = assessment.criteria().parentOf(root);
        }
        return assessment.criteria().node(root).section();
    }

    private static boolean numeric(XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        return cell != null && (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA);
    }

    private static double value(FormulaEvaluator evaluator, XSSFRow row, int column) {
        XSSFCell cell = row.getCell(column);
        return cell.getCellType() == CellType.FORMULA ? evaluator.evaluate(cell).getNumberValue()
                : cell.getNumericCellValue();
    }

    private static long cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValue();
    }
}
