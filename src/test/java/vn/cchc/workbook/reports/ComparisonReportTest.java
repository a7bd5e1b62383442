package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.reports.WorkbookReading.rowWith;
import static vn.cchc.workbook.reports.WorkbookReading.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * The comparison sheet read back with POI: the figures of both periods per lĩnh vực, criterion and department, the
 * change as a formula that equals kỳ này − kỳ trước on every row, the lĩnh vực total as sums, the earlier ranks, the
 * repeated deductions and the labelled overall results.
 */
class ComparisonReportTest {

    @TempDir
    Path folder;

    /** 6 tháng 2023: 79 (1.1 = 3, 2.1 = 40, 2.2 = 30); cả năm 2023: 89 (2.1 = 45, 2.2 = 35), published 82,50. */
    static Assessment linked() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        half = SmallCommune.scored(half, "1.1", "3");
        half = SmallCommune.scored(half, "1.2", "6");
        half = SmallCommune.scored(half, "2.1", "40");
        half = SmallCommune.scored(half, "2.2", "30");
        half = half.withEntry(half.entry("2.2").withAppraisalOpinion("Chưa số hóa hồ sơ"));
        Assessment full = SmallCommune.start("Hiền Thành", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        full = SmallCommune.scored(full, "1.1", "3");
        full = SmallCommune.scored(full, "1.2", "6");
        full = SmallCommune.scored(full, "2.1", "45");
        full = SmallCommune.scored(full, "2.2", "35");
        full = full.withEntry(full.entry("2.2").withAppraisalOpinion("Số hóa được 70 % hồ sơ"));
        full = full.withPublished(new PublishedResult(new BigDecimal("82.5"), new BigDecimal("82.5"), ""))
                .withRankText("xếp thứ 3/18");
        Assessment linked = EarlierPeriods.link(full, half, "xếp thứ 4/18");
        return linked.withEarlierPeriod(linked.earlierPeriod().withFieldRank("1", "xếp thứ 7/10")
                .withFieldRank("2", "xếp thứ 2/10"));
    }

    private XSSFSheet export(Assessment assessment, Path file) throws Exception {
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.SO_SANH).build(), file);
        XSSFWorkbook book = WorkbookReading.open(file);
        assertThat(book.getNumberOfSheets()).isEqualTo(1);
        return book.getSheet("So sánh với kỳ trước");
    }

    @Test
    void aSelfScoreExportComparesTheSelfScoresAndSaysSo() throws Exception {
        // The unit gave itself 50 for 2.1 where the appraisal gave 45; its self-score export compared the appraisal.
        Assessment linked = linked();
        linked = linked.withEntry(linked.entry("2.1").withSelf(SmallCommune.points("50")));
        Path file = folder.resolve("so-sanh-tu-danh-gia.xlsx");
        new ExcelExporter().export(linked, ExportOptions.builder().reports(ReportKind.SO_SANH)
                .track(vn.cchc.workbook.domain.assessment.Track.SELF).build(), file);
        XSSFSheet sheet = WorkbookReading.open(file).getSheet("So sánh với kỳ trước");

        List<String> headings = new ArrayList<>();
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("I. ")) {
                    headings.add(cell.getStringCellValue());
                }
            }
        }
        assertThat(headings).containsExactly(
                "I. KẾT QUẢ THEO LĨNH VỰC, TIÊU CHÍ (kỳ trước: điểm thẩm định; kỳ này: điểm tự đánh giá)");
        XSSFRow field2 = rowWith(sheet, 0, "2");
        assertThat(number(field2, 3)).isEqualTo(70.0);
        assertThat(number(field2, 4)).isEqualTo(85.0);
        assertThat(number(rowWith(sheet, 0, "2.1"), 4)).isEqualTo(50.0);
    }

    @Test
    void aPeriodNotScoredThroughShowsItsPointsButNoChangeWhereItIsAPart() throws Exception {
        // Cả năm 2023 with 2.2 not yet appraised: lĩnh vực 2 holds 45 of what will be up to 90 points. Printed as
        // "−25,00" against the half year's 70 (and −34 overall), it read as a fall.
        Assessment linked = linked();
        linked = linked.withEntry(linked.entry("2.2").withFirstAppraisal(null)).withPublished(PublishedResult.NONE);
        XSSFSheet sheet = export(linked, folder.resolve("so-sanh-chua-xong.xlsx"));

        XSSFRow field2 = rowWith(sheet, 0, "2");
        assertThat(number(field2, 3)).isEqualTo(70.0);
        assertThat(number(field2, 4)).isEqualTo(45.0);
        assertThat(field2.getCell(5) == null || field2.getCell(5).getCellType() == CellType.BLANK).isTrue();
        assertThat(text(field2, 7)).isEqualTo("Chưa chấm xong kỳ này");
        // A criterion scored through still shows its change.
        assertThat(number(rowWith(sheet, 0, "2.1"), 5)).isEqualTo(5.0);
        assertThat(number(rowWith(sheet, 0, "1"), 5)).isEqualTo(0.0);
        XSSFRow total = rowWith(sheet, 1, "Cộng điểm các lĩnh vực");
        assertThat(total.getCell(5) == null || total.getCell(5).getCellType() == CellType.BLANK).isTrue();
        assertThat(lines(sheet)).anyMatch(line -> line.startsWith("Kỳ này còn 1 tiêu chí chưa chấm: tổng điểm kỳ "
                + "này chỉ gồm các tiêu chí đã chấm, chưa so được tổng điểm với kỳ trước."));
    }

    @Test
    void everyNodeShowsBothPeriodsAndAChangeThatReconciles() throws Exception {
        XSSFSheet sheet = export(linked(), folder.resolve("so-sanh.xlsx"));

        XSSFRow header = rowWith(sheet, 0, "STT");
        assertThat(text(header, 3)).isEqualTo("Điểm 6 tháng đầu năm 2023");
        assertThat(text(header, 4)).isEqualTo("Điểm cả năm 2023");
        XSSFRow field2 = rowWith(sheet, 0, "2");
        assertThat(number(field2, 2)).isEqualTo(90.0);
        assertThat(number(field2, 3)).isEqualTo(70.0);
        assertThat(number(field2, 4)).isEqualTo(80.0);
        assertThat(number(field2, 5)).isEqualTo(10.0);
        assertThat(text(field2, 6)).isEqualTo("xếp thứ 2/10");
        assertThat(WorkbookReading.bold(field2, 1)).isTrue();
        XSSFRow criterion = rowWith(sheet, 0, "2.1");
        assertThat(number(criterion, 5)).isEqualTo(5.0);
        assertThat(criterion.getCell(5).getCellFormula()).isEqualTo("E" + (criterion.getRowNum() + 1) + "-D"
                + (criterion.getRowNum() + 1));
        assertThat(text(criterion, 6)).isEmpty();

        // The identity on every row that has both periods: change = kỳ này − kỳ trước.
        int checked = 0;
        for (Row row : sheet) {
            if (row.getCell(5) != null && row.getCell(5).getCellType() == CellType.FORMULA
                    && row.getCell(3) != null && row.getCell(3).getCellType() != CellType.BLANK) {
                assertThat(row.getCell(5).getNumericCellValue()).as("row %d", row.getRowNum() + 1)
                        .isCloseTo(row.getCell(4).getNumericCellValue() - row.getCell(3).getNumericCellValue(),
                                org.assertj.core.data.Offset.offset(1e-9));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(9);

        XSSFRow total = rowWith(sheet, 1, "Cộng điểm các lĩnh vực");
        int field1 = rowWith(sheet, 0, "1").getRowNum() + 1;
        assertThat(total.getCell(3).getCellFormula()).isEqualTo("SUM(D" + field1 + ",D" + (field2.getRowNum() + 1)
                + ")");
        assertThat(number(total, 3)).isEqualTo(79.0);
        assertThat(number(total, 4)).isEqualTo(89.0);
        assertThat(number(total, 5)).isEqualTo(10.0);
        assertThat(text(total, 6)).isEqualTo("xếp thứ 4/18");
    }

    @Test
    void departmentsRepeatedDeductionsAndTheLabelledResultsFollowTheTable() throws Exception {
        XSSFSheet sheet = export(linked(), folder.resolve("so-sanh.xlsx"));
        List<String> lines = lines(sheet);

        assertThat(lines).contains("II. THEO ĐƠN VỊ PHỤ TRÁCH (điểm đạt được)",
                "III. NỘI DUNG BỊ TRỪ ĐIỂM LẶP LẠI SO VỚI KỲ TRƯỚC (3 nội dung)");
        XSSFRow office = rowWith(sheet, 1, "Công chức Văn phòng - Thống kê");
        assertThat(number(office, 5)).isCloseTo(number(office, 4) - number(office, 3),
                org.assertj.core.data.Offset.offset(1e-9));
        XSSFRow repeated = null;
        for (Row row : sheet) {
            if (row.getRowNum() > office.getRowNum() && "2.2".equals(text((XSSFRow) row, 0))) {
                repeated = (XSSFRow) row;
            }
        }
        assertThat((Object) repeated).isNotNull();
        // The reasons span from column (3) to the note column: one merged cell over the empty figure columns.
        assertThat(text(repeated, 2)).isEqualTo("Kỳ trước bị trừ 10,00: Chưa số hóa hồ sơ\n"
                + "Kỳ này bị trừ 5,00: Số hóa được 70 % hồ sơ");
        int repeatedRow = repeated.getRowNum();
        assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
            assertThat(region.getFirstRow()).isEqualTo(repeatedRow);
            assertThat(region.getLastRow()).isEqualTo(repeatedRow);
            assertThat(region.getFirstColumn()).isEqualTo(ComparisonReport.MAXIMUM);
            assertThat(region.getLastColumn()).isEqualTo(7);
        });
        XSSFRow computed = rowWith(sheet, 1, "Tổng điểm (kết quả tính)");
        assertThat(number(computed, 3)).isEqualTo(79.0);
        assertThat(number(computed, 4)).isEqualTo(89.0);
        assertThat(number(computed, 5)).isEqualTo(10.0);
        assertThat(text(computed, 6)).isEqualTo("xếp thứ 4/18");
        assertThat(text(computed, 7)).isEqualTo("Kỳ này xếp thứ 3/18");
        XSSFRow published = rowWith(sheet, 1, "Tổng điểm (kết quả công bố)");
        assertThat(number(published, 3)).isEqualTo(79.0);
        assertThat(number(published, 4)).isEqualTo(82.5);
        assertThat(number(published, 5)).isEqualTo(3.5);
        assertThat(published.getCell(5).getCellFormula()).isEqualTo("E" + (published.getRowNum() + 1) + "-D"
                + (published.getRowNum() + 1));
        assertThat(text(published, 7)).isEqualTo("Kỳ trước chưa ghi kết quả công bố: dùng kết quả tính");
        XSSFRow index = rowWith(sheet, 1, "Chỉ số CCHC (kết quả công bố)");
        assertThat(number(index, 4)).isEqualTo(82.5);
        assertThat(published.getRowNum()).isGreaterThan(repeated.getRowNum());
        assertThat(lines.stream().filter(l -> l.startsWith("SO SÁNH KẾT QUẢ ĐÁNH GIÁ CCHC"))).singleElement()
                .asString().contains("VỚI 6 THÁNG ĐẦU NĂM 2023");
    }

    @Test
    void withoutALinkedEarlierPeriodTheSheetIsRefusedAndNoFileIsWritten() {
        Path file = folder.resolve("khong.xlsx");
        Assessment alone = SmallCommune.standard("Hiền Thành");

        assertThatThrownBy(() -> new ExcelExporter().export(alone,
                ExportOptions.builder().reports(ReportKind.PHU_LUC, ReportKind.SO_SANH).build(), file))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("chưa gắn kỳ trước nên chưa có bảng so sánh");
        assertThat(file).doesNotExist();
    }

    @Test
    void theDefaultExportKeepsTheFiveStandardSheets() {
        assertThat(ExportOptions.defaults().reports()).doesNotContain(ReportKind.SO_SANH).hasSize(5);
        assertThat(ReportKind.fromId("so-sanh")).contains(ReportKind.SO_SANH);
    }

    /** A number or a formula's cached value. */
    private static double number(XSSFRow row, int column) {
        var cell = row.getCell(column);
        if (cell == null || cell.getCellType() != CellType.NUMERIC && cell.getCellType() != CellType.FORMULA) {
            throw new AssertionError("No figure at row " + (row.getRowNum() + 1) + " column " + column);
        }
        return cell.getNumericCellValue();
    }

    /** Every string cell's text, one per cell, in row order. */
    static List<String> lines(XSSFSheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    lines.add(cell.getStringCellValue());
                }
            });
        }
        return lines;
    }
}
