package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Files users already have must open in every later build: one frozen .cchc per format version (made by
 * {@link FrozenCchcFileGenerator} when that version was current, never regenerated), each next to the assessment it
 * holds as JSON.
 */
class FrozenCchcFilesTest {

    @TempDir
    Path temp;

    private static final String FROZEN = "/vn/cchc/workbook/interchange/frozen";

    static List<Path> frozenFiles() throws IOException, URISyntaxException {
        Path root = Path.of(FrozenCchcFilesTest.class.getResource(FROZEN).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".cchc")).sorted().toList();
        }
    }

    @Test
    void thereIsAFrozenFileForEveryFormatVersionUpToTheCurrentOne() throws Exception {
        List<String> versions = frozenFiles().stream().map(p -> p.getParent().getFileName().toString()).toList();
        for (int version = 1; version <= CchcManifest.FORMAT_VERSION; version++) {
            assertThat(versions).contains("v" + version);
        }
    }

    @ParameterizedTest
    @MethodSource("frozenFiles")
    void frozenFileOpensAndEqualsTheAssessmentItWasMadeFrom(Path file) throws IOException {
        Path expectedJson = file.resolveSibling(file.getFileName().toString().replace(".cchc", ".expected.json"));

        Assessment opened = CchcFile.read(file);

        assertThat(opened).isEqualTo(AssessmentJson.read(expectedJson));
    }

    @Test
    void version2SampleCarriesItsEvidenceFilesWhichPassEveryCheck() throws Exception {
        Path file = Path.of(getClass().getResource(FROZEN + "/v2/hien-thanh-6t-2023-kem-minh-chung.cchc").toURI());
        CchcEvidence.Received received = CchcEvidence.receive(file, temp);
        assertThat(received.contents().manifest().formatVersion()).isEqualTo(2);
        assertThat(received.staged()).hasSize(2);
        for (var staged : received.staged().entrySet()) {
            assertThat(EvidenceCchcFixtures.sha256(Files.readAllBytes(staged.getValue()))).isEqualTo(staged.getKey());
        }
    }

    @Test
    void version1SampleHoldsTheHienThanhAssessment() throws Exception {
        Path file = Path.of(getClass().getResource(FROZEN + "/v1/hien-thanh-6t-2023.cchc").toURI());

        CchcFile.Contents contents = CchcFile.open(file);

        CchcManifest manifest = contents.manifest();
        assertThat(manifest.formatVersion()).isEqualTo(1);
        assertThat(manifest.savedAt()).isEqualTo(Instant.parse("2023-09-06T03:15:00Z"));
        assertThat(manifest.unit()).isEqualTo("Hiền Thành");
        assertThat(manifest.period()).isEqualTo("6 tháng đầu năm");
        assertThat(manifest.assessmentId()).isEqualTo("f8852006-c1ae-510f-b47d-12a974e154bf");
        Assessment assessment = contents.assessment();
        assertThat(assessment.id()).isEqualTo("f8852006-c1ae-510f-b47d-12a974e154bf");
        assertThat(assessment.unit().parentAuthority()).isEqualTo("UBND huyện Vĩnh Linh");
        assertThat(assessment.year()).isEqualTo(2023);
        assertThat(assessment.criteria().nodes()).hasSize(120);
        assertThat(assessment.entries()).hasSize(91);
        assertThat(assessment.departments()).hasSize(8);
    }

    @Test
    void reSavingTheFrozenFileKeepsItsAssessmentContentByteForByte() throws Exception {
        Path file = Path.of(getClass().getResource(FROZEN + "/v1/hien-thanh-6t-2023.cchc").toURI());

        Path resaved = temp.resolve("resaved.cchc");

        CchcFile.write(CchcFile.read(file), resaved);

        assertThat(CchcFixtures.entriesOf(resaved).get(CchcFile.CONTENT))
                .isEqualTo(CchcFixtures.entriesOf(file).get(CchcFile.CONTENT));
    }
}
