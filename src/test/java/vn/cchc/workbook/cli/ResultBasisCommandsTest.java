package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.SmallCommune;

/** {@code rank --result} and {@code compare --result} on real .cchc files: published by default, labelled. */
class ResultBasisCommandsTest {

    @TempDir
    Path folder;

    private Path write(Assessment assessment, String name) {
        Path file = folder.resolve(name);
        CchcFile.write(assessment, file);
        return file;
    }

    /** Hiền Thành computes 79,00 but the province published 85,00; Vĩnh Lâm computes 80,00 and recorded nothing. */
    private Path[] twoUnits() {
        Assessment hienThanh = SmallCommune.standard("Hiền Thành")
                .withPublished(new PublishedResult(new BigDecimal("85"), new BigDecimal("85"), "QĐ 15/QĐ-UBND"));
        Assessment vinhLam = SmallCommune.scored(SmallCommune.standard("Vĩnh Lâm"), "1.1", "4");
        return new Path[] {write(hienThanh, "hien-thanh.cchc"), write(vinhLam, "vinh-lam.cchc")};
    }

    @Test
    void rankUsesThePublishedResultByDefaultAndSaysSoOnTheSheet() throws Exception {
        Path[] files = twoUnits();
        Path out = folder.resolve("xh.xlsx");

        CliRun run = CliRun.of("rank", files[0].toString(), files[1].toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Tổng điểm và chỉ số theo kết quả công bố (1 đơn vị); 1 đơn vị chưa ghi kết quả"
                        + " công bố nên dùng kết quả tính")
                .contains("  Hạng 1: Hiền Thành, chỉ số 85,00").contains("  Hạng 2: Vĩnh Lâm, chỉ số 80,00");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            Row first = rowOf(sheet, "Hiền Thành");
            Row second = rowOf(sheet, "Vĩnh Lâm");
            assertThat(first.getRowNum()).isLessThan(second.getRowNum());
            int total = first.getLastCellNum() - 5;
            assertThat(first.getCell(total).getNumericCellValue()).isEqualTo(85.0);
            assertThat(second.getCell(total).getNumericCellValue()).isEqualTo(80.0);
            assertThat(second.getCell(second.getLastCellNum() - 1).getStringCellValue())
                    .contains("Kết quả tính (chưa ghi kết quả công bố)");
            assertThat(first.getCell(first.getLastCellNum() - 1).getStringCellValue()).doesNotContain("Kết quả tính");
            assertThat(text(sheet)).contains("Tổng điểm và chỉ số theo kết quả công bố (1 đơn vị)");
        }
    }

    @Test
    void rankOnTheComputedResultIgnoresWhatWasPublished() throws Exception {
        Path[] files = twoUnits();
        Path out = folder.resolve("xh.xlsx");

        CliRun run = CliRun.of("rank", files[0].toString(), files[1].toString(), "-o", out.toString(),
                "--result", "tinh");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Tổng điểm và chỉ số theo kết quả tính từ điểm thẩm định")
                .contains("  Hạng 1: Vĩnh Lâm, chỉ số 80,00").contains("  Hạng 2: Hiền Thành, chỉ số 79,00");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(rowOf(sheet, "Vĩnh Lâm").getRowNum()).isLessThan(rowOf(sheet, "Hiền Thành").getRowNum());
            assertThat(text(sheet)).contains("theo kết quả tính từ điểm thẩm định (không dùng kết quả công bố)")
                    .doesNotContain("Kết quả tính (chưa ghi");
        }
    }

    @Test
    void compareTakesEachPeriodsPublishedResultOrTheComputedOneWhenAsked() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        half = SmallCommune.scored(half, "1.1", "2");
        half = SmallCommune.scored(half, "2.1", "30");
        half = half.withPublished(new PublishedResult(new BigDecimal("30"), null, ""));
        Path earlier = write(half, "6t.cchc");
        Path later = write(SmallCommune.standard("Hiền Thành")
                .withPublished(new PublishedResult(new BigDecimal("69.82"), new BigDecimal("69.82"), "")), "cn.cchc");
        assertThat(CliRun.of("link", later.toString(), "--earlier", earlier.toString()).exitCode()).isZero();

        CliRun published = CliRun.of("compare", later.toString());
        CliRun computed = CliRun.of("compare", later.toString(), "--result", "tính");

        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains("Tổng điểm và chỉ số theo: kết quả công bố")
                .contains("Tổng điểm: 30,00 → 69,82 (+39,82)")
                // Only a total was published for the half year: its index follows from the applicable maximum.
                .contains("Chỉ số: 30,00 → 69,82 (+39,82)");
        assertThat(computed.out()).contains("Tổng điểm và chỉ số theo: kết quả tính")
                .contains("Tổng điểm: 32,00 → 79,00 (+47,00)");
    }

    @Test
    void compareSaysWhichSideIsComputedWhenOnlyOneWasPublished() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        half = SmallCommune.scored(half, "1.1", "2");
        Path earlier = write(half, "6t.cchc");
        Path later = write(SmallCommune.standard("Hiền Thành")
                .withPublished(new PublishedResult(new BigDecimal("69.82"), null, "")), "cn.cchc");
        assertThat(CliRun.of("link", later.toString(), "--earlier", earlier.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("compare", later.toString());

        assertThat(run.out()).contains("Tổng điểm và chỉ số theo: kỳ trước: kết quả tính; kỳ này: kết quả công bố");
    }

    @Test
    void anUnknownResultWordIsAUsageErrorThatNamesTheWords() {
        Path[] files = twoUnits();

        CliRun run = CliRun.of("rank", files[0].toString(), "-o", folder.resolve("x.xlsx").toString(),
                "--result", "cuoi-cung");

        assertThat(run.exitCode()).isEqualTo(2);
        // The first line says which words are understood (the usage help below it lists them too).
        assertThat(run.err().lines().findFirst()).contains("Giá trị không hợp lệ cho --result: Không hiểu “cuoi-cung”:"
                + " hãy ghi cong-bo (kết quả công bố) hoặc tinh (kết quả tính).");
        assertThat(folder.resolve("x.xlsx")).doesNotExist();
    }

    private static Row rowOf(XSSFSheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + unit);
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                all.append(cell.getStringCellValue()).append('|');
            }
        }));
        return all.toString();
    }
}
