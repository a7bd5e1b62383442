package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets that once ran the import out of memory are refused with a Vietnamese message before the spreadsheet
 * library builds them: 300,000 rows in a 5 MB file, a ZIP that unpacks to far more than it weighs, a file over the
 * size cap. A real appendix still imports (the reader's own tests).
 */
class SpreadsheetBoundsTest {

    @TempDir
    Path folder;

    @Test
    void aSheetOfThreeHundredThousandRowsIsRefusedBeforeItIsBuilt() throws Exception {
        Path xlsx = folder.resolve("300000 dòng.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            for (int i = 0; i < 300_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("1." + i);
                row.createCell(1).setCellValue(1);
            }
            workbook.write(out);
        }
        assertThat(Files.size(xlsx)).as("small on disk").isLessThan(SpreadsheetBounds.MAX_FILE_BYTES);

        assertThatThrownBy(() -> CriteriaWorkbookReader.read(xlsx))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessage("Tệp “300000 dòng.xlsx” có một trang tính hơn 20000 dòng, quá nhiều đối với một bộ tiêu "
                        + "chí.");
        assertThatThrownBy(() -> CriteriaWorkbookReader.sheetNames(xlsx)).isInstanceOf(CriteriaImportException.class);
    }

    @Test
    void aPartThatUnpacksToMoreThanTheCapIsRefused() throws Exception {
        Path xlsx = folder.resolve("bom.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(xlsx)).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> CriteriaWorkbookReader.read(xlsx))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessageContaining("“bom.xlsx” khi giải nén vượt quá 40 MB");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedWithItsSize() throws Exception {
        Path xlsx = folder.resolve("lớn.xlsx");
        byte[] noise = new byte[11 * 1024 * 1024];
        new Random(1).nextBytes(noise);
        Files.write(xlsx, noise);

        assertThatThrownBy(() -> CriteriaWorkbookReader.read(xlsx))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessage("Tệp “lớn.xlsx” quá lớn (11 MB): bảng tính bộ tiêu chí không vượt quá 10 MB.");
    }

    @Test
    void rowsAreCountedByTheirStartTagsWhateverThePrefix() throws Exception {
        Path xlsx = folder.resolve("tien-to.xlsx");
        StringBuilder sheet = new StringBuilder("<x:worksheet><x:sheetData>");
        for (int i = 0; i <= SpreadsheetBounds.MAX_ROWS; i++) {
            sheet.append("<x:row r=\"").append(i + 1).append("\"><x:c><x:v>1</x:v></x:c></x:row>");
        }
        sheet.append("</x:sheetData></x:worksheet>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes());
        }

        assertThatThrownBy(() -> SpreadsheetBounds.check(xlsx)).hasMessageContaining("hơn 20000 dòng");
        Path fewer = folder.resolve("it-dong.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(fewer))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.substring(0, sheet.length() / 2).getBytes());
        }
        SpreadsheetBounds.check(fewer);
    }
}
