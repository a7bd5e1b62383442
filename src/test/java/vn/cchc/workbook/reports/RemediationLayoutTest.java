package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.testdata.TwoTierWorkbooks;

/** The remediation plan's rows as printed (Phụ lục V). */
class RemediationLayoutTest {

    @TempDir
    Path folder;

    /**
     * Printed for a Sở: every row of the plan took two lines because its status, "Chưa thực hiện", wrapped in a
     * column allowed at most 12 characters. A row whose texts are short takes one line, as the total row does.
     */
    @Test
    void aRowOfShortTextsTakesOneLineWithItsStatus() throws Exception {
        Assessment a = TwoTierWorkbooks.freshDepartment();
        a = a.withEntry(a.entry("1.1.3").withSelf(RuleInput.RatioInput.of(10, 9)));
        a = a.withEntry(a.entry("1.2").withSelf(new RuleInput.ViolationCount(1)));
        Path file = folder.resolve("khac-phuc.xlsx");
        new ExcelExporter().export(a, ExportOptions.builder().reports(ReportKind.KHAC_PHUC).track(Track.SELF).build(),
                file);

        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow total = WorkbookReading.rowWith(sheet, 2, "Tổng");
            for (String code : List.of("1.1.3", "1.2")) {
                XSSFRow row = WorkbookReading.rowWith(sheet, 1, code);
                assertThat(WorkbookReading.text(row, 8)).isEqualTo("Chưa thực hiện");
                assertThat(row.getHeightInPoints()).as(code).isEqualTo(total.getHeightInPoints());
            }
        }
    }
}
