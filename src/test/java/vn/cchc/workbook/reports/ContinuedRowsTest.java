package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A criterion whose texts run over a page is continued on rows that say which criterion they go on with
 * ("3.13.2 (tiếp)"), read back from the exported appendix of the long-text workbook.
 */
class ContinuedRowsTest {

    @TempDir
    Path folder;

    @Test
    void everyContinuationRowOfTheAppendixNamesItsCriterion() throws Exception {
        Path file = folder.resolve("dai-phu-luc.xlsx");
        new ExcelExporter().export(PrintSamples.longTexts(),
                PrintSamples.districtOptions().reports(ReportKind.PHU_LUC).build(), file);
        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> continued = new ArrayList<>();
            String previousCode = null;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                String code = row == null ? "" : text(row.getCell(0));
                if (code.endsWith("(tiếp)")) {
                    String continuedCode = code.substring(0, code.indexOf('\n'));
                    // It goes on with the criterion just above it, and its texts are the rest of that row's.
                    assertThat(continuedCode).isEqualTo(previousCode);
                    assertThat(text(row.getCell(6)) + text(row.getCell(7))).isNotBlank();
                    continued.add(continuedCode);
                } else if (code.matches("\\d+(\\.\\d+)+")) {
                    previousCode = code;
                }
            }
            // The long-text workbook has opinions longer than a page: some rows must be continued.
            assertThat(continued).isNotEmpty();
        }
    }

    private static String text(XSSFCell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
