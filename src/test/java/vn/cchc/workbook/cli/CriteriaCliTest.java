package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;

/** The criteria commands run in-process: exit codes, output, and no file written on error. */
class CriteriaCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A small appendix on sheet "PL1"; {@code secondChild} points make it add up (1) or not (2). */
    private Path appendix(String name, double secondChild) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("PL1");
            Object[][] rows = {
                    {"BỘ TIÊU CHÍ CẤP HUYỆN NĂM 2024"},
                    {},
                    {"STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm điểm"},
                    {"1", "Công tác chỉ đạo", 2.0, ""},
                    {"1.1", "Kế hoạch", "1", "Tỷ lệ b/a, dưới 70% không điểm"},
                    {"1.2", "Báo cáo", secondChild, "Mỗi báo cáo chậm trừ 0,5 điểm"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void importCriteriaWritesTheSetWhenThereIsNoError() throws IOException {
        Path json = dir.resolve("bo.json");
        CliRun run = run("import-criteria", appendix("pl.xlsx", 1).toString(), "--sheet", "PL1", "--name", "Bộ thử",
                "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Cảnh báo (Trang tính PL1): Tổng điểm tối đa của các lĩnh vực là 2,00")
                .contains("Đã đọc bộ tiêu chí “Bộ thử” (3 tiêu chí) từ trang tính “PL1”, 1 cảnh báo; đã ghi " + json);
        CriteriaSet set = CriteriaSetJson.read(json);
        assertThat(set.name()).isEqualTo("Bộ thử");
        assertThat(set.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(set.year()).isEqualTo(2024);
        assertThat(set.node("1.1").rule().kind()).isEqualTo("ratio");
        assertThat(set.node("1.2").rule().kind()).isEqualTo("deductions");
    }

    @Test
    void importCriteriaPrintsErrorsWithSheetAndRowAndWritesNothing() throws IOException {
        Path json = dir.resolve("bo.json");
        CliRun run = run("import-criteria", appendix("pl.xlsx", 2).toString(), "--level", "xa", "--year", "2023",
                "-o", json.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.out()).contains(
                "Lỗi (Trang tính PL1, dòng 4): Tổng điểm các mục con của “1” là 3,00, khác điểm tối đa 2,00.",
                // Only sums are wrong: the message offers to keep the set as the province published it.
                "Có 1 chỗ tổng điểm các mục con không khớp điểm tối đa đã in; chưa ghi tệp " + json,
                "hãy nhập lại với tùy chọn --as-published");
        assertThat(run.out()).doesNotContain("sửa bảng trong Excel");
        assertThat(json).doesNotExist();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("pl.xlsx");
    }

    @Test
    void asPublishedKeepsTheProvincesMaximaWithEachDifferenceAsAWarningOnTheSet() throws IOException {
        Path json = dir.resolve("bo.json");
        CliRun run = run("import-criteria", appendix("pl.xlsx", 2).toString(), "--level", "xa", "--year", "2023",
                "--as-published", "-o", json.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Cảnh báo (Trang tính PL1, dòng 4): Giữ như bản đã ban hành: tổng điểm các "
                + "mục con của “1” là 3,00, khác điểm tối đa 2,00 đã in.");
        CriteriaSet set = CriteriaSetJson.read(json);
        assertThat(set.asPublished()).isTrue();
        assertThat(set.node("1").maxPoints()).isEqualByComparingTo("2");
        assertThat(Files.readString(json)).contains("\"asPublished\": true");
        assertThat(vn.cchc.workbook.domain.criteria.CriteriaValidator.validate(set))
                .anySatisfy(problem -> assertThat(problem.messageKey()).isEqualTo("criteriasets.publishedSumDiffers"))
                .noneMatch(vn.cchc.workbook.domain.Problem::isError);
    }

    @Test
    void aWordDocumentIsReadAndADocFileIsAskedToBeSavedAsDocx() throws IOException {
        Path docx = dir.resolve("phu-luc.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("BỘ TIÊU CHÍ CẤP XÃ NĂM 2025");
            var table = doc.createTable(3, 3);
            String[][] cells = {{"STT", "Nội dung", "Điểm tối đa"}, {"1", "Công tác chỉ đạo", "100"},
                    {"1.1", "Kế hoạch", "100"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        Path json = dir.resolve("word.json");
        CliRun run = run("import-criteria", docx.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("từ trang tính “Bảng 1”");
        assertThat(CriteriaSetJson.read(json).node("1.1").title()).isEqualTo("Kế hoạch");

        Path doc = Files.writeString(dir.resolve("cu.doc"), "old Word");
        CliRun refused = run("import-criteria", doc.toString(), "-o", dir.resolve("cu.json").toString());
        assertThat(refused.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(refused.err() + refused.out()).contains("lưu thành Word (.docx) hoặc Excel (.xlsx)");
        assertThat(dir.resolve("cu.json")).doesNotExist();
    }

    @Test
    void aWrongLevelIsAUsageError() throws IOException {
        CliRun run = run("import-criteria", appendix("pl.xlsx", 1).toString(), "--level", "phuong", "-o", "x.json");
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err()).contains("phuong");
    }

    @Test
    void aMissingFileFailsWithAVietnameseMessage() {
        CliRun run = run("import-criteria", dir.resolve("khong-co.xlsx").toString(), "-o", dir.resolve("x.json").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("Không tìm thấy tệp").doesNotContain("Exception");
    }

    @Test
    void theTemplateImportsBackWithoutErrors() {
        Path template = dir.resolve("mau.xlsx");
        CliRun written = run("criteria-template", "-o", template.toString());
        assertThat(written.exitCode()).isZero();
        assertThat(written.out()).isEqualTo("Đã ghi mẫu bộ tiêu chí: " + template + "\n");
        CliRun imported = run("import-criteria", template.toString(), "-o", dir.resolve("mau.json").toString());
        assertThat(imported.exitCode()).as(imported.out()).isZero();
    }

    @Test
    void aSampleSetExportsToExcelAndImportsBackToTheSameJson() throws IOException {
        Path xlsx = dir.resolve("mau-xa.xlsx");
        assertThat(run("export-criteria", "--sample-set", "xa", "-o", xlsx.toString()).exitCode()).isZero();
        Path json = dir.resolve("mau-xa.json");
        assertThat(run("import-criteria", xlsx.toString(), "-o", json.toString()).exitCode()).isZero();
        Path again = dir.resolve("lai.xlsx");
        assertThat(run("export-criteria", json.toString(), "-o", again.toString()).exitCode()).isZero();
        Path json2 = dir.resolve("lai.json");
        assertThat(run("import-criteria", again.toString(), "-o", json2.toString()).exitCode()).isZero();
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json));
        assertThat(CriteriaSetJson.read(json).nodes()).hasSameSizeAs(
                BundledData.sampleCriteriaSet(UnitLevel.COMMUNE).nodes());
    }

    @Test
    void criteriaSetsGoIntoTheStoreAndComeBackAsTheSameJson() throws IOException {
        Path data = dir.resolve("data");
        Path json = dir.resolve("huyen.json");
        Files.write(json, CriteriaSetJson.toBytes(BundledData.sampleCriteriaSet(UnitLevel.DISTRICT)));
        String id = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT).id();

        CliRun imported = run("--data-dir", data.toString(), "criteria", "import", json.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Đã lưu bộ tiêu chí “");

        CliRun listed = run("--data-dir", data.toString(), "criteria", "list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).startsWith(id + " — ").contains("cấp huyện (trước 7/2025), năm");

        Path back = dir.resolve("ra.json");
        CliRun exported = run("--data-dir", data.toString(), "criteria", "export", id, "-o", back.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(back)).isEqualTo(Files.readString(json));
    }

    @Test
    void exportingAnUnknownSetFails() {
        Path data = dir.resolve("data");
        CliRun run = run("--data-dir", data.toString(), "criteria", "export", "khong-co", "-o",
                dir.resolve("x.json").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("Kho dữ liệu không có bộ tiêu chí mã “khong-co”");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void theNewCommandsHaveVietnameseHelp() {
        CliRun run = run("import-criteria", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Cách dùng: cchc-workbook import-criteria")
                .contains("Đọc bộ tiêu chí từ tệp Excel", "--sheet=TÊN", "Trang tính (hoặc “Bảng 2” của tệp Word)", "--as-published");
        assertThat(run("--help").out()).contains("criteria-template", "export-criteria", "import-criteria");
    }
}
