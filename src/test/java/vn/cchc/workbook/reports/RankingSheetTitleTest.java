package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ranking sheet's title, read back from the written file: the units named as the structure of their year named
 * them, and units of different periods said so under the title, as the window's warning and the note under the table
 * say it.
 */
class RankingSheetTitleTest {

    @TempDir
    Path folder;

    @Test
    void unitsOfDifferentPeriodsAcrossTheReformAreNamedByTheirKindsAndThePeriodsListed() throws Exception {
        List<String> lines = headings(PrintSamples.fewUnitsRanking(folder, true).file());
        assertThat(lines).containsSubsequence(
                "PHỤ LỤC",
                "BẢNG TỔNG HỢP KẾT QUẢ, XẾP HẠNG CHỈ SỐ CCHC CÁC XÃ, PHƯỜNG, THỊ TRẤN, ĐẶC KHU",
                "(CÁC ĐƠN VỊ THUỘC CÁC KỲ ĐÁNH GIÁ KHÁC NHAU: NĂM 2024, 6 THÁNG ĐẦU NĂM 2025)");
        // Not the fallback of before, which named neither the wards nor the periods.
        assertThat(lines).noneMatch(line -> line.endsWith("CÁC XÃ, THỊ TRẤN"));
        // The note under the table gives the same periods, with their counts.
        assertThat(lines).anyMatch(line -> line.startsWith("Lưu ý: các đơn vị được xếp hạng thuộc các kỳ đánh giá "
                + "khác nhau: năm 2024 (2 đơn vị); 6 tháng đầu năm 2025 (1 đơn vị)."));
    }

    @Test
    void unitsOfOnePeriodAfterTheReformAreTheCommunesWardsAndSpecialZonesOfThatPeriod() throws Exception {
        List<String> lines = headings(PrintSamples.fewUnitsRanking(folder, false).file());
        assertThat(lines).contains(
                "BẢNG TỔNG HỢP KẾT QUẢ, XẾP HẠNG CHỈ SỐ CCHC CÁC XÃ, PHƯỜNG, ĐẶC KHU 6 THÁNG ĐẦU NĂM 2025");
        assertThat(lines).noneMatch(line -> line.contains("KỲ ĐÁNH GIÁ KHÁC NHAU"));
    }

    /** The text of every row's first cell, top to bottom. */
    private static List<String> headings(Path file) throws Exception {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) != null) {
                    lines.add(row.getCell(0).toString());
                }
            }
        }
        return lines;
    }
}
