package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.reports.WorkbookReading.rowWith;
import static vn.cchc.workbook.reports.WorkbookReading.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DocumentRequest;
import vn.cchc.workbook.domain.documents.Drafts;
import vn.cchc.workbook.domain.documents.Paragraph;

/**
 * A workbook of a set whose numbering restarts in each field exports the province's codes ("1.1"), not the program's
 * keys ("I.1.1"), in every code column and every item text, as the decision the clerk compares with prints them.
 */
class PrintedCodeExportTest {

    /** A key with its field in front: what must never reach a printed page. */
    private static final Pattern KEY_WITH_FIELD = Pattern.compile("\\bI{1,3}\\.\\d");

    @TempDir
    Path folder;

    private final Assessment workbook = TestSets.restartingWorkbook();

    private XSSFWorkbook export() throws Exception {
        Path file = folder.resolve("phu-luc.xlsx");
        new ExcelExporter().export(workbook, ExportOptions.builder().build(), file);
        return WorkbookReading.open(file);
    }

    @Test
    void theAppendixPrintsTheProvincesCodesInItsSttColumn() throws Exception {
        try (XSSFWorkbook book = export()) {
            XSSFSheet sheet = book.getSheet(ReportKind.PHU_LUC.sheetName());

            assertThat(WorkbookReading.tableCodes(sheet))
                    .containsExactly("I", "1", "1.1", "1.2", "2", "II", "1", "1.1", "1.2", "2");
            XSSFRow plan = rowWith(sheet, 1, "Ban hành Kế hoạch CCHC năm kịp thời");
            assertThat(text(plan, 0)).isEqualTo("1.1");
            XSSFRow law = rowWith(sheet, 1, "Ban hành văn bản QPPL đúng quy trình");
            assertThat(text(law, 0)).isEqualTo("1.1");
        }
    }

    @Test
    void theDepartmentReportNamesEachDeductionByThePrintedCode() throws Exception {
        try (XSSFWorkbook book = export()) {
            XSSFSheet sheet = book.getSheet(ReportKind.DON_VI.sheetName());

            assertThat(WorkbookReading.continuedText(rowWith(sheet, 1, "Công chức Văn phòng - Thống kê"), 6))
                    .isEqualTo("1. 1.1 Ban hành Kế hoạch CCHC năm kịp thời: Ban hành Kế hoạch CCHC chậm 05 ngày "
                            + "— bị trừ 0,5 điểm.");
            assertThat(WorkbookReading.continuedText(rowWith(sheet, 1, "Công chức Tư pháp - Hộ tịch"), 6))
                    .isEqualTo("1. 1.1 Ban hành văn bản QPPL đúng quy trình: Một văn bản ban hành không đúng quy "
                            + "trình — bị trừ 2 điểm.");
        }
    }

    @Test
    void noSheetPrintsAKeyWithItsFieldInFront() throws Exception {
        try (XSSFWorkbook book = export()) {
            List<String> found = new ArrayList<>();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING
                                && KEY_WITH_FIELD.matcher(cell.getStringCellValue()).find()) {
                            found.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(4);
            assertThat(found).isEmpty();
        }
    }

    @Test
    void theRemediationPlanPrintsThePrintedCodes() throws Exception {
        try (XSSFWorkbook book = export()) {
            XSSFSheet sheet = book.getSheet(ReportKind.KHAC_PHUC.sheetName());

            assertThat(text(rowWith(sheet, 2, "Ban hành Kế hoạch CCHC năm kịp thời"), 1)).isEqualTo("1.1");
            assertThat(text(rowWith(sheet, 2, "Ban hành văn bản QPPL đúng quy trình"), 1)).isEqualTo("1.1");
        }
    }

    @Test
    void theDraftedLetterReportAndPlanPrintThePrintedCodes() {
        for (DocumentKind kind : DocumentKind.values()) {
            var draft = Drafts.draft(kind, workbook, DocumentRequest.defaults());
            List<String> texts = new ArrayList<>(draft.paragraphs().stream().map(Paragraph::text).toList());
            for (vn.cchc.workbook.domain.documents.Section.Placement placement
                    : vn.cchc.workbook.domain.documents.Section.Placement.values()) {
                draft.sections(placement).stream().flatMap(section -> section.tables().stream())
                        .flatMap(table -> table.rows().stream()).forEach(row -> texts.addAll(row.cells()));
            }
            assertThat(texts).as(kind.name()).noneMatch(text -> KEY_WITH_FIELD.matcher(text).find());
            if (kind == DocumentKind.REPORT) {
                // The self-score table: the province's codes in its code column.
                assertThat(texts).contains("1.1", "1.2", "II");
            }
            if (kind == DocumentKind.LETTER) {
                assertThat(texts).contains("Tiêu chí 1.1 - Ban hành Kế hoạch CCHC năm kịp thời: bị trừ 0,5 điểm.");
            }
        }
    }

    @Test
    void theComparisonWithAnEarlierPeriodMatchesOnKeysAndPrintsThePrintedCodes() throws Exception {
        Assessment earlier = workbook.withId("earlier").withDescription(workbook.unit(),
                vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2023);
        // Last year II.1.1 lost 1 point, I.1.1 none: only II.1.1's deduction repeats.
        earlier = earlier.withEntry(earlier.entry("I.1.1").withFirstAppraisal(
                vn.cchc.workbook.domain.criteria.RuleInput.points("15")));
        earlier = earlier.withEntry(earlier.entry("II.1.1").withFirstAppraisal(
                vn.cchc.workbook.domain.criteria.RuleInput.points("14")).withAppraisalOpinion("Chậm 01 văn bản"));
        Assessment later = vn.cchc.workbook.domain.comparison.EarlierPeriods.link(workbook, earlier, "");
        Path file = folder.resolve("so-sanh.xlsx");
        new ExcelExporter().export(later, ExportOptions.builder().reports(ReportKind.SO_SANH).build(), file);

        try (XSSFWorkbook book = WorkbookReading.open(file)) {
            XSSFSheet sheet = book.getSheet(ReportKind.SO_SANH.sheetName());
            XSSFRow law = rowWith(sheet, 1, "Ban hành văn bản QPPL đúng quy trình");
            assertThat(text(law, 0)).isEqualTo("1.1");
            assertThat(WorkbookReading.number(law, 3)).isEqualTo(14.0);
            assertThat(WorkbookReading.number(law, 4)).isEqualTo(13.0);
            List<String> codes = new ArrayList<>();
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING) {
                    codes.add(cell.getStringCellValue());
                }
            }
            assertThat(codes).noneMatch(code -> KEY_WITH_FIELD.matcher(code).find());
        }
    }

    @Test
    void theChangeListNamesEachCriterionByItsPrintedCode() throws Exception {
        Assessment returned = workbook.withEntry(workbook.entry("II.1.2")
                .withSelf(vn.cchc.workbook.domain.criteria.RuleInput.points("14")));
        var changes = vn.cchc.workbook.domain.assessment.AssessmentChanges.between(workbook, returned);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("II.1.2");
            assertThat(change.where()).isEqualTo("1.2");
            assertThat(change.describe()).startsWith("1.2 Tự kiểm tra văn bản QPPL");
        });
        Path file = folder.resolve("thay-doi.xlsx");
        ChangeListExport.write(returned, "Tệp “Hiền Thành.cchc”", changes, java.time.LocalDate.of(2024, 7, 10), file);

        try (XSSFWorkbook book = WorkbookReading.open(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(text(rowWith(sheet, 2, "Tự kiểm tra văn bản QPPL"), 1)).isEqualTo("1.2");
        }
    }
}
