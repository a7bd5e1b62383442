package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assumeTrue(BundledData.isPresent(BundledData.SAMPLE_ASSESSMENT), "bundled sample not in this build yet");
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
    void versionComesFromTheManifest() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("CCHC Workbook \\(Sổ chấm điểm CCHC\\) \\d+\\.\\d+\\.\\d+.*\n");
    }
}
