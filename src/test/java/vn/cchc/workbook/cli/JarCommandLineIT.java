package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.interchange.BundledData;

/**
 * The real shaded jar started as a user starts it ({@code java -jar target/cchc-workbook.jar COMMAND …}), so that
 * {@code mvn verify} proves the packaged program runs: manifest, shading, bundled resources, exit codes.
 */
class JarCommandLineIT {

    private static Path jar;

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("cchc.jar", "target/cchc-workbook.jar"));
        assertThat(jar).as("run mvn verify: the jar is built in the package phase").exists();
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-Dcchc.dataDir=" + dir.resolve("data"),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the program ends").isTrue();
        return new Result(process.exitValue(), out.join().replace("\r\n", "\n"), err.join().replace("\r\n", "\n"));
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void summaryOfTheBundledSample() throws Exception {
        Result result = run("summary");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Đơn vị: ").contains("Hiền Thành", "Chỉ số CCHC: ", "Theo lĩnh vực");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void validateOfABadFileExitsWithOneAndNamesTheProblem() throws Exception {
        Path file = dir.resolve("sai.json");
        Files.writeString(file, """
                {"format": "cchc-criteria-set", "formatVersion": 1, "id": "x", "name": "Bộ thử",
                 "level": "xa", "year": "2023", "nodes": []}
                """);
        Result result = run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith(
                "Lỗi ($.year): Giá trị phải là một số, nhưng tệp ghi một chuỗi văn bản.\n")
                .contains("Tệp không hợp lệ: ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aUsageErrorExitsWithTwoAndPrintsTheHelp() throws Exception {
        Result result = run("validate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Thiếu tham số bắt buộc: TỆP.\nCách dùng: cchc-workbook validate");
    }

    @Test
    void exportOfAWorkbookFileWritesTheSuggestedFileInTheCurrentFolder() throws Exception {
        Path json = dir.resolve("hien-thanh.json");
        try (java.io.InputStream in = BundledData.class.getResourceAsStream(BundledData.SAMPLE_ASSESSMENT)) {
            Files.write(json, in.readAllBytes());
        }
        assertThat(run("import-json", json.toString(), "-o", "Sổ chấm điểm.cchc").exitCode()).isZero();

        Result result = run("export", "Sổ chấm điểm.cchc");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path written = dir.resolve("BaoCao_CCHC_XaHienThanh_6T2023.xlsx");
        assertThat(result.out()).isEqualTo("Đã xuất BaoCao_CCHC_XaHienThanh_6T2023.xlsx: 5 bảng của Hiền Thành, "
                + "6 tháng đầu năm 2023.\n");
        double appraised = vn.cchc.workbook.domain.scoring.ScoreEngine.score(BundledData.sampleAssessment())
                .totals(vn.cchc.workbook.domain.assessment.Track.APPRAISED).total().doubleValue();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(written.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                org.apache.poi.ss.usermodel.Cell label = row.getCell(1);
                if (label != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && label.getStringCellValue().equals("Tổng điểm")) {
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(appraised);
                    found = true;
                }
            }
            assertThat(found).as("a Tổng điểm row").isTrue();
        }

        Result again = run("export", "Sổ chấm điểm.cchc", "--reports", "bang-sai");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("“bang-sai”", "phu-luc, don-vi, linh-vuc, tien-do, khac-phuc, so-sanh");
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("CCHC Workbook \\(Sổ chấm điểm CCHC\\) \\d+\\.\\d+\\.\\d+.*\n");
    }
}
