package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.interchange.BundledData;

/**
 * An Excel export killed at any moment (kill -9, no shutdown hooks) leaves the previous export whole and at most its
 * own temporary file, which the next export of the same file removes: a child JVM exports in a loop and is killed at
 * random moments; after each kill the .xlsx must open with POI, and after a last export no temporary file is left.
 */
class ExportUnderKillTest {

    private static final int KILLS = 12;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theExportOpensAfterEveryKillAndTheNextExportLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("Báo cáo CCHC.xlsx");
        new ExcelExporter().export(BundledData.sampleAssessment(), ExportOptions.defaults(), file);
        Random random = new Random();

        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startExportLoop(file);
            try {
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).as("child exported at least once").startsWith("exported");
                Thread.sleep(random.nextInt(400));
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                assertThat(workbook.getNumberOfSheets()).as("after kill %d", kill).isPositive();
            }
            assertThat(temporaryFiles()).as("at most the killed export's temporary file").hasSizeLessThanOrEqualTo(1);
        }

        new ExcelExporter().export(BundledData.sampleAssessment(), ExportOptions.defaults(), file);
        assertThat(temporaryFiles()).isEmpty();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("Báo cáo CCHC.xlsx");
        }
    }

    private Process startExportLoop(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                ExportLoop.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
