package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/** Saving evidence in numbered parts when the whole is too large to email, and opening the parts together. */
class EvidencePartsTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path unitData;
    @TempDir
    Path otherData;
    @TempDir
    Path mail;
    @TempDir
    Path documents;

    private String prepare(H2WorkbookStore store) {
        Assessment a = SmallCommune.standard("Hiền Thành");
        EvidenceService service = new EvidenceService(store);
        List<EvidenceDocument> cited = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path scan = EvidenceSamples.write(documents, "Bản quét " + i + ".pdf",
                    EvidenceSamples.largePdf("Bản quét " + i, 6 * MB, i));
            cited.add(service.attach(a, scan, new EvidenceDocument("", null, "Bản quét " + i, "")));
        }
        a = a.withEntry(a.entry("2.1").withEvidence(cited));
        store.createAssessment(a);
        return a.id();
    }

    @Test
    void aWorkbookAboveTheMailLimitIsSavedInPartsThatOpenTogether() throws Exception {
        String id;
        List<Path> written;
        try (H2WorkbookStore unit = H2WorkbookStore.open(unitData)) {
            id = prepare(unit);
            WorkbookFiles files = new WorkbookFiles(unit);
            CchcEvidence.SaveEstimate estimate = files.estimate(id, true);
            assertThat(estimate.aboveMailLimit()).isTrue();
            assertThat(estimate.totalBytes()).isBetween(30L * MB, 31L * MB);
            assertThat(files.estimate(id, false).aboveMailLimit()).isFalse();
            written = files.saveWithEvidence(id, mail.resolve("Sổ chấm điểm 2023.cchc"),
                    CchcEvidence.PART_TARGET_BYTES).files();
        }
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "Sổ chấm điểm 2023 (phần 2 của 2).cchc", "Sổ chấm điểm 2023.cchc");
        for (Path part : written) {
            assertThat(Files.size(part)).isLessThan(CchcEvidence.MAIL_LIMIT_BYTES);
        }
        // Opening a part on its own says which file to open.
        UserFacingException partAlone = assertThrows(UserFacingException.class, () -> CchcFile.read(written.get(0)));
        assertThat(partAlone.getMessage()).contains("phần minh chứng", "tệp chính");

        // The appraiser saved only the main file: refused, naming the missing part; nothing kept.
        Path elsewhere = Files.createDirectory(mail.resolve("chi-tep-chinh"));
        Files.copy(written.get(1), elsewhere.resolve("Sổ chấm điểm 2023.cchc"));
        try (H2WorkbookStore other = H2WorkbookStore.open(otherData)) {
            UserFacingException missing = assertThrows(UserFacingException.class, () -> new WorkbookFiles(other)
                    .open(elsewhere.resolve("Sổ chấm điểm 2023.cchc"), OnConflict.ASK));
            assertThat(missing.getMessage()).contains("Sổ chấm điểm 2023 (phần 2 của 2).cchc");
            assertThat(other.listAssessments()).isEmpty();

            new WorkbookFiles(other).open(written.get(1), OnConflict.ASK);
            Assessment received = other.loadAssessment(id).orElseThrow();
            for (EvidenceDocument document : received.entry("2.1").evidence()) {
                assertThat(other.evidenceFolder().contains(document.file().sha256())).isTrue();
            }
        }
    }

    @Test
    void moreEvidenceThanTheDataCapTravelsInOneFileToo() throws Exception {
        String id;
        Path file = mail.resolve("mot-tep.cchc");
        try (H2WorkbookStore unit = H2WorkbookStore.open(unitData)) {
            id = prepare(unit);
            new WorkbookFiles(unit).saveWithEvidence(id, file, 0);
        }
        assertThat(Files.size(file)).isGreaterThan(CchcFile.MAX_UNPACKED_BYTES);
        try (H2WorkbookStore other = H2WorkbookStore.open(otherData)) {
            new WorkbookFiles(other).open(file, OnConflict.ASK);
            for (EvidenceDocument document : other.loadAssessment(id).orElseThrow().entry("2.1").evidence()) {
                assertThat(other.evidenceFolder().contains(document.file().sha256())).isTrue();
            }
        }
    }

    @Test
    void aWorkbookReceivedWithoutEvidenceCanOnlyBeSavedWithoutIt() throws Exception {
        String id;
        try (H2WorkbookStore unit = H2WorkbookStore.open(unitData)) {
            id = prepare(unit);
            new WorkbookFiles(unit).save(id, mail.resolve("du-lieu.cchc"));
        }
        assertThat(Files.size(mail.resolve("du-lieu.cchc"))).isLessThan(64 * 1024);
        try (H2WorkbookStore other = H2WorkbookStore.open(otherData)) {
            WorkbookFiles files = new WorkbookFiles(other);
            files.open(mail.resolve("du-lieu.cchc"), OnConflict.ASK);
            assertThat(files.hasAllEvidence(id)).isFalse();
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> files.saveWithEvidence(id, mail.resolve("lai.cchc"), 0));
            assertThat(refused.getMessage()).contains("Bản quét 0.pdf");
            assertThat(mail.resolve("lai.cchc")).doesNotExist();
        }
    }
}
