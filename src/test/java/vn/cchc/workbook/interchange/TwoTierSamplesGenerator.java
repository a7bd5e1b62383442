package vn.cchc.workbook.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import vn.cchc.workbook.testdata.TwoTierWorkbooks;

/**
 * Writes the bundled merged-ward sample and the frozen 2023 district workbook (run from the project root with the
 * test classpath). The merged sample is checked against a fresh build by TwoTierWorkbooksTest; the frozen district
 * file, like every frozen file, is never regenerated once committed.
 */
public final class TwoTierSamplesGenerator {

    private TwoTierSamplesGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of("src/main/resources" + BundledData.MERGED_SAMPLE),
                AssessmentJson.toBytes(TwoTierWorkbooks.mergedWard()));
        Path frozen = Path.of("src/test/resources/vn/cchc/workbook/interchange/frozen/v1/vinh-linh-ca-nam-2023.cchc");
        if (!Files.exists(frozen)) {
            Files.write(frozen, CchcFile.toBytes(TwoTierWorkbooks.district2023(),
                    Instant.parse("2024-01-20T02:00:00Z")));
        }
        Path expected = frozen.resolveSibling("vinh-linh-ca-nam-2023.expected.json");
        if (!Files.exists(expected)) {
            Files.write(expected, AssessmentJson.toBytes(CchcFile.read(frozen)));
        }
    }
}
