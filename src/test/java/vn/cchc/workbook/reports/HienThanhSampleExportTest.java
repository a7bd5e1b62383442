package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.cchc.workbook.reports.WorkbookReading.continuedText;
import static vn.cchc.workbook.reports.WorkbookReading.number;
import static vn.cchc.workbook.reports.WorkbookReading.rowWith;
import static vn.cchc.workbook.reports.WorkbookReading.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.interchange.BundledData;

/**
 * The bundled Hiền Thành sample, exported as its appendix with only the rows that lost points, reproduces the
 * appendix of Công văn số 103/UBND ngày 06/9/2023 (seed 003): the same rows in the same order, with the engine's
 * figures (which correct the source's arithmetic, see HienThanhAppendixTest in the interchange tests).
 */
class HienThanhSampleExportTest {

    /** The rows of the 003 appendix, in printed order. */
    private static final List<String> APPENDIX_CODES = List.of("1.1.3", "1.4.1", "1.4.2", "1.5.1", "1.5.3", "1.5.4",
            "1.7", "3.5.2", "3.11.1", "3.12", "3.12.1", "3.12.2", "3.13", "3.13.2", "3.13.3");

    @TempDir
    static Path folder;

    private static Assessment sample;
    private static XSSFWorkbook workbook;
    private static XSSFSheet sheet;

    @BeforeAll
    static void export() throws Exception {
        sample = BundledData.sampleAssessment();
        Path file = folder.resolve(ExcelExporter.suggestedFileName(sample,
                ExportOptions.builder().reports(ReportKind.PHU_LUC).build()));
        new ExcelExporter().export(sample, ExportOptions.builder().reports(ReportKind.PHU_LUC).onlyDeductions(true)
                .build(), file);
        assertThat(file.getFileName().toString()).isEqualTo("PhuLuc_CCHC_XaHienThanh_6T2023.xlsx");
        workbook = WorkbookReading.open(file);
        sheet = workbook.getSheetAt(0);
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void listsTheRowsOfThe003AppendixInOrderWithOnlyFieldsAndParentsAdded() {
        List<String> codes = WorkbookReading.tableCodes(sheet);
        assertThat(codes).containsSubsequence(APPENDIX_CODES);
        Set<String> allowedExtras = new HashSet<>();
        sample.criteria().roots().forEach(root -> allowedExtras.add(root.code()));
        for (String code : APPENDIX_CODES) {
            var parent = sample.criteria().parentOf(code);
            while (parent.isPresent()) {
                allowedExtras.add(parent.get().code());
                parent = sample.criteria().parentOf(parent.get().code());
            }
        }
        List<String> extras = new ArrayList<>(codes);
        extras.removeAll(APPENDIX_CODES);
        assertThat(allowedExtras).containsAll(extras);
        assertThat(codes).contains("1", "1.4", "1.5", "3", "3.5", "3.11", "8");
        assertThat(codes).doesNotContain("1.1.1", "3.13.1", "5.1");
    }

    /** code | điểm chuẩn | tự đánh giá | thẩm định | điểm trừ: as printed in 003, with the engine's deductions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.1.3  | 2.00 | 2.00 | 1.40 | 0.60
            1.4.1  | 1.00 | 1.00 | 0.50 | 0.50
            1.4.2  | 2.00 | 2.00 | 1.00 | 1.00
            1.5.1  | 2.00 | 1.00 | 1.00 | 1.00
            1.5.3  | 1.00 | 1.00 | 0.50 | 0.50
            1.5.4  | 2.00 | 0.50 | 0.50 | 1.50
            1.7    | 1.00 | 0.00 | 0.00 | 1.00
            3.5.2  | 1.00 | 1.00 | 0.00 | 1.00
            3.11.1 | 1.00 | 0.00 | 0.00 | 1.00
            3.12   | 2.00 | 0.00 | 0.00 | 2.00
            3.12.1 | 1.00 | 0.00 | 0.00 | 1.00
            3.12.2 | 1.00 | 0.00 | 0.00 | 1.00
            3.13   | 3.00 | 3.00 | 2.33 | 0.67
            3.13.2 | 1.00 | 1.00 | 0.69 | 0.31
            3.13.3 | 1.00 | 1.00 | 0.64 | 0.36
            """)
    void reproducesTheFiguresOfEachRow(String code, String max, String self, String appraised, String deduction) {
        XSSFRow row = rowWith(sheet, 0, code);
        assertThat(shown(number(row, 2))).isEqualTo(max);
        assertThat(shown(number(row, 3))).isEqualTo(self);
        assertThat(shown(number(row, 4))).isEqualTo(appraised);
        assertThat(shown(number(row, 5))).isEqualTo(deduction);
        assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(continuedText(row, 1)).isEqualTo(sample.criteria().node(code).title());
    }

    @Test
    void opinionsAndResponsibleOfficersAreThoseOfTheLetter() {
        assertThat(text(rowWith(sheet, 0, "3.12.1"), 6)).isEqualTo("Đồng ý");
        assertThat(text(rowWith(sheet, 0, "3.13.3"), 6)).contains("408/637");
        assertThat(continuedText(rowWith(sheet, 0, "1.7"), 7)).startsWith("Công an xã; Công chức Tư pháp - Hộ tịch");
        assertThat(continuedText(rowWith(sheet, 0, "1.4.1"), 7)).startsWith("Công chức Văn hóa - Xã hội");
    }

    @Test
    void theTotalRowCarriesTheEngineTotalsAsCachedAndEvaluatedFormulaResults() {
        Totals self = ScoreEngine.score(sample).totals(Track.SELF);
        Totals appraised = ScoreEngine.score(sample).totals(Track.APPRAISED);
        XSSFRow total = rowWith(sheet, 1, "Tổng điểm");
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        // Điểm chuẩn of the total is the maximum of what was assessed (the set's 100 less 16,50 not applicable),
        // so that chuẩn − thẩm định = trừ holds on the total as on every row.
        double[] expected = {83.5, self.total().doubleValue(), appraised.total().doubleValue(),
            appraised.deduction().doubleValue()};
        assertThat(expected[0] - expected[2]).isCloseTo(expected[3], within(1e-9));
        XSSFRow rest = sheet.getRow(total.getRowNum() + 1);
        assertThat(text(rest, 1)).isEqualTo("Điểm tối đa của các tiêu chí chưa đánh giá hoặc không áp dụng");
        assertThat(rest.getCell(2).getNumericCellValue()).isEqualTo(16.5);
        XSSFRow set = sheet.getRow(total.getRowNum() + 2);
        assertThat(text(set, 1)).isEqualTo("Điểm tối đa theo Bộ tiêu chí");
        assertThat(evaluator.evaluate(set.getCell(2)).getNumberValue()).isEqualTo(100.0);
        for (int c = 2; c <= 5; c++) {
            assertThat(total.getCell(c).getNumericCellValue()).isCloseTo(expected[c - 2], within(1e-9));
            assertThat(evaluator.evaluate(total.getCell(c)).getNumberValue()).isCloseTo(expected[c - 2], within(1e-9));
        }
        assertThat(shown(expected[1])).isEqualTo("77.00");
        assertThat(shown(expected[2])).isEqualTo("72.73");
        assertThat(shown(expected[3])).isEqualTo("10.77");
    }

    @Test
    void theIndexRowDividesTheTotalsByTheMaximumOfTheAssessedCriteria() {
        XSSFRow index = rowWith(sheet, 1,
                "Chỉ số CCHC (tổng điểm ÷ 83,50 điểm tối đa của các tiêu chí được đánh giá × 100)");
        assertThat(index.getRowNum()).isEqualTo(rowWith(sheet, 1, "Điểm tối đa theo Bộ tiêu chí").getRowNum() + 1);
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        assertThat(index.getCell(2).getNumericCellValue()).isEqualTo(83.5);
        assertThat(shown(index.getCell(3).getNumericCellValue())).isEqualTo("92.22");
        assertThat(shown(index.getCell(4).getNumericCellValue())).isEqualTo("87.10");
        assertThat(shown(evaluator.evaluate(index.getCell(4)).getNumberValue())).isEqualTo("87.10");
    }

    @Test
    void allFiveReportsOfTheSampleExportToo() throws Exception {
        Path file = folder.resolve("all.xlsx");
        new ExcelExporter().export(sample, ExportOptions.defaults(), file);
        try (XSSFWorkbook all = WorkbookReading.open(file)) {
            assertThat(all.getNumberOfSheets()).isEqualTo(5);
            XSSFSheet departments = all.getSheet(ReportKind.DON_VI.sheetName());
            XSSFRow oneStop = rowWith(departments, 1, "Bộ phận Tiếp nhận và Trả kết quả");
            assertThat(shown(number(oneStop, 4))).isEqualTo("3.67");
            assertThat(text(oneStop, 6)).startsWith("1. 3.11.1 ");
            XSSFSheet plan = all.getSheet(ReportKind.KHAC_PHUC.sheetName());
            rowWith(plan, 0, "I. Công chức Văn phòng - Thống kê");
        }
    }


    private static String shown(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
