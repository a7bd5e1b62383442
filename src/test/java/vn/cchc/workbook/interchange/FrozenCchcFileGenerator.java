package vn.cchc.workbook.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Run once per new format version (from the project root, with the test classpath) to freeze a file of the current
 * format under src/test/resources/…/frozen/v{N}/. Never regenerate an existing version: those files stand for what
 * users already have on their disks.
 */
public final class FrozenCchcFileGenerator {

    private FrozenCchcFileGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("src/test/resources/vn/cchc/workbook/interchange/frozen/v" + CchcManifest.FORMAT_VERSION);
        Files.createDirectories(folder);
        Assessment sample = BundledData.sampleAssessment();
        Files.write(folder.resolve("hien-thanh-6t-2023.cchc"), CchcFile.toBytes(sample,
                Instant.parse("2023-09-06T03:15:00Z")));
        Files.write(folder.resolve("hien-thanh-6t-2023.expected.json"), AssessmentJson.toBytes(sample));
    }
}
