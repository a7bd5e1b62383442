package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.EvidenceCchcFixtures;
import vn.cchc.workbook.interchange.EvidenceCchcFixtures.Item;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * Received workbooks whose evidence is hostile or damaged: each is refused with a message naming the evidence file,
 * nothing is opened, and the receiving store is left exactly as it was (no assessment, no evidence file, no staging
 * left behind).
 */
class EvidenceHostileCorpusTest {

    private static final Assessment BASE = SmallCommune.standard("Hiền Thành");

    @TempDir
    Path data;
    @TempDir
    Path mail;

    static Stream<Arguments> corpus() {
        byte[] pdf = EvidenceSamples.pdf("Kế hoạch 30");
        byte[] other = EvidenceSamples.pdf("Kế hoạch 31");
        Item good = Item.of("Kế hoạch 30.pdf", "pdf", pdf);
        return Stream.of(
                Arguments.of("exe renamed .pdf", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(Item.of("Quyết định 12.pdf", "pdf", EvidenceSamples.exe()))), "Quyết định 12.pdf"),
                Arguments.of("shortcut as pdf", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(Item.of("Biên bản.pdf", "pdf", EvidenceSamples.lnk()))), "Biên bản.pdf"),
                Arguments.of(".lnk", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(Item.of("Biên bản.pdf.lnk", "lnk", EvidenceSamples.lnk()))), "Biên bản.pdf.lnk"),
                Arguments.of(".js", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(Item.of("mo-tep.js", "pdf", EvidenceSamples.javascript()))), "mo-tep.js"),
                Arguments.of("hash mismatch", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good.withBytes(other))), "Kế hoạch 30.pdf"),
                Arguments.of("..\\ in the name", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good.withName("..\\..\\Startup\\Kế hoạch.pdf"))), "Kế hoạch.pdf"),
                Arguments.of("CON.pdf", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good.withName("CON.pdf"))), "CON.pdf"),
                Arguments.of("2 GB declared", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good.withSize(2L * 1024 * 1024 * 1024))), "Kế hoạch 30.pdf"),
                Arguments.of("zip bomb entry", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good.withBytes(bomb(pdf)))), "Kế hoạch 30.pdf"),
                Arguments.of("file listed twice", EvidenceCchcFixtures.build(BASE, "1.1", List.of(good),
                        List.of(good, good), false), "Kế hoạch 30.pdf"),
                Arguments.of("entry twice", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good, Item.of("Kế hoạch 31.pdf", "pdf", other)),
                        List.of(good, Item.of("Kế hoạch 31.pdf", "pdf", other)), true), good.sha256()),
                Arguments.of("listed but not cited", EvidenceCchcFixtures.build(BASE, "1.1", List.of(),
                        List.of(good), false), "Kế hoạch 30.pdf"),
                Arguments.of("cited but missing", EvidenceCchcFixtures.build(BASE, "1.1",
                        List.of(good, Item.of("Kế hoạch 31.pdf", "pdf", other)), List.of(good), false),
                        "Kế hoạch 31.pdf"));
    }

    /** The PDF followed by 40 MB of zeros: deflates to about 40 KB, declared as the PDF's size. */
    private static byte[] bomb(byte[] pdf) {
        byte[] out = new byte[40 * 1024 * 1024];
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileWorkbookIsRefusedNamingTheFileAndTheStoreIsUnchanged(String label, byte[] cchc, String named)
            throws IOException {
        Path file = mail.resolve("Sổ chấm điểm.cchc");
        Files.write(file, cchc);
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> new WorkbookFiles(store).open(file, OnConflict.ASK));
            assertThat(refused.getMessage()).as(label).contains(named);
            assertThat(store.listAssessments()).isEmpty();
            assertThat(filesUnder(store.evidenceFolder().root())).isEmpty();
            assertThat(filesUnder(data.resolve("viewer"))).isEmpty();
        }
    }

    @Test
    void theSameFixtureWithTruthfulEvidenceOpens() throws IOException {
        byte[] pdf = EvidenceSamples.pdf("Kế hoạch 30");
        Path file = mail.resolve("Sổ chấm điểm.cchc");
        Files.write(file, EvidenceCchcFixtures.build(BASE, "1.1", List.of(Item.of("Kế hoạch 30.pdf", "pdf", pdf),
                Item.of("Kế hoạch 30.pdf", "docx", EvidenceSamples.docx("x")).withName("Kế hoạch 30.docx"))));
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            String id = new WorkbookFiles(store).open(file, OnConflict.ASK);
            assertThat(store.loadAssessment(id).orElseThrow().entry("1.1").evidence()).hasSize(2);
            assertThat(filesUnder(store.evidenceFolder().root())).filteredOn(Files::isRegularFile).hasSize(2);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)).toList();
        }
    }
}
