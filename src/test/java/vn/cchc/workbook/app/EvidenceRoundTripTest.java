package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * The rounds through real files between two data folders: the unit scores itself with ten evidence files (PDF, JPEG,
 * DOCX; one attached to two criteria) and sends its workbook with evidence; the appraiser opens it in its own data
 * folder, appraises and sends it back; the unit explains; the appraiser appraises again and locks. At each step the
 * receiver sees exactly what the other side changed; at the end both folders hold the same figures, texts and files.
 */
class EvidenceRoundTripTest {

    @TempDir
    Path unitData;
    @TempDir
    Path appraiserData;
    @TempDir
    Path mail;
    @TempDir
    Path documents;

    @Test
    void aWorkbookWithEvidenceGoesThroughEveryRoundAndBothSidesEndEqual() throws Exception {
        Assessment sent;
        String id;
        List<EvidenceFile> files = new ArrayList<>();
        try (H2WorkbookStore unit = H2WorkbookStore.open(unitData)) {
            Assessment a = SmallCommune.start("Hiền Thành", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
            for (String code : List.of("1.1", "1.2", "2.1", "2.2")) {
                a = a.withEntry(a.entry(code).withSelf(points(code.equals("2.1") ? "45" : "4")));
            }
            EvidenceService evidence = new EvidenceService(unit);
            String[] codes = {"1.1", "1.1", "1.2", "1.2", "2.1", "2.1", "2.1", "2.2", "2.2", "2.2"};
            for (int i = 0; i < 10; i++) {
                byte[] bytes = i < 4 ? EvidenceSamples.pdf("Văn bản " + i)
                        : i < 7 ? EvidenceSamples.jpeg(i) : EvidenceSamples.docx("Báo cáo " + i);
                String name = (i < 4 ? "Văn bản " + i + ".pdf" : i < 7 ? "Ảnh " + i + ".jpg" : "Báo cáo " + i + ".docx");
                EvidenceDocument document = evidence.attach(a, EvidenceSamples.write(documents, name, bytes),
                        new EvidenceDocument(i + "/KH-UBND", java.time.LocalDate.of(2023, 1, 1 + i), "Tài liệu " + i,
                                ""));
                files.add(document.file());
                a = a.withEntry(addEvidence(a.entry(codes[i]), document));
                if (i == 0) {
                    // The same plan also proves 2.2.
                    a = a.withEntry(addEvidence(a.entry("2.2"), document.withFile(document.file())));
                }
            }
            unit.createAssessment(a);
            id = a.id();
            assertThat(EvidenceInventory.of(a).files()).hasSize(10);
            sent = a;
            new WorkbookFiles(unit).saveWithEvidence(id, mail.resolve("1-gui-tham-dinh.cchc"), 0);
        }
        assertThat(CchcFile.readManifest(mail.resolve("1-gui-tham-dinh.cchc")).evidence()).hasSize(10);

        // The appraiser, in another data folder, receives it: nothing differs, every file arrived.
        Assessment appraised;
        try (H2WorkbookStore appraiser = H2WorkbookStore.open(appraiserData)) {
            new WorkbookFiles(appraiser).open(mail.resolve("1-gui-tham-dinh.cchc"), OnConflict.ASK);
            Assessment received = appraiser.loadAssessment(id).orElseThrow();
            assertThat(AssessmentChanges.between(sent, received)).isEmpty();
            assertSameFiles(unitData, appraiserData, files);
            appraised = edit(appraiser, id, a -> {
                Assessment out = a;
                for (String code : List.of("1.1", "1.2", "2.1", "2.2")) {
                    out = out.withEntry(out.entry(code).withFirstAppraisal(points(code.equals("2.1") ? "40" : "4")));
                }
                return out.withEntry(out.entry("2.1").withAppraisalOpinion("Thiếu báo cáo quý IV."));
            });
            new WorkbookFiles(appraiser).saveWithEvidence(id, mail.resolve("2-tham-dinh-lan-1.cchc"), 0);
        }

        // The unit sees the appraisal, explains 2.1.
        Assessment explained;
        try (H2WorkbookStore unit = H2WorkbookStore.open(unitData)) {
            new WorkbookFiles(unit).open(mail.resolve("2-tham-dinh-lan-1.cchc"), OnConflict.REPLACE);
            List<Change> changes = AssessmentChanges.between(sent, unit.loadAssessment(id).orElseThrow());
            assertThat(changes).extracting(Change::code, Change::field).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1.1", Field.FIRST_APPRAISAL),
                    org.assertj.core.groups.Tuple.tuple("1.2", Field.FIRST_APPRAISAL),
                    org.assertj.core.groups.Tuple.tuple("2.1", Field.FIRST_APPRAISAL),
                    org.assertj.core.groups.Tuple.tuple("2.1", Field.OPINION),
                    org.assertj.core.groups.Tuple.tuple("2.2", Field.FIRST_APPRAISAL));
            assertThat(changes.get(2).describe()).contains("2.1", "Điểm thẩm định lần 1", "40");
            // The history keeps the copy the unit sent: the replaced entries are there as "before".
            assertThat(unit.history(id, 100)).filteredOn(edit -> edit.code().equals("2.1"))
                    .anySatisfy(edit -> {
                        assertThat(edit.before()).isEqualTo(sent.entry("2.1"));
                        assertThat(edit.after().appraisalOpinion()).isEqualTo("Thiếu báo cáo quý IV.");
                    });
            explained = edit(unit, id, a -> a.withEntry(a.entry("2.1")
                    .withSelfExplanation("Báo cáo quý IV đã gửi ngày 20/12, kèm theo.")));
            new WorkbookFiles(unit).saveWithEvidence(id, mail.resolve("3-giai-trinh.cchc"), 0);
        }

        // The appraiser sees the explanation, appraises 2.1 again and locks.
        Assessment locked;
        try (H2WorkbookStore appraiser = H2WorkbookStore.open(appraiserData)) {
            new WorkbookFiles(appraiser).open(mail.resolve("3-giai-trinh.cchc"), OnConflict.REPLACE);
            assertThat(AssessmentChanges.between(appraised, appraiser.loadAssessment(id).orElseThrow()))
                    .extracting(Change::code, Change::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2.1", Field.EXPLANATION));
            edit(appraiser, id, a -> a.withEntry(a.entry("2.1").withSecondAppraisal(points("44"))));
            appraiser.saveLocked(id, true);
            locked = appraiser.loadAssessment(id).orElseThrow();
            new WorkbookFiles(appraiser).saveWithEvidence(id, mail.resolve("4-chot.cchc"), 0);
        }

        try (H2WorkbookStore unit = H2WorkbookStore.open(unitData)) {
            new WorkbookFiles(unit).open(mail.resolve("4-chot.cchc"), OnConflict.REPLACE);
            Assessment end = unit.loadAssessment(id).orElseThrow();
            assertThat(AssessmentChanges.between(explained, end)).extracting(Change::code, Change::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("", Field.LOCKED),
                            org.assertj.core.groups.Tuple.tuple("2.1", Field.SECOND_APPRAISAL));
            assertThat(end).isEqualTo(locked);
            assertThat(end.locked()).isTrue();
        }
        assertSameFiles(unitData, appraiserData, files);
    }

    private static Entry addEvidence(Entry entry, EvidenceDocument document) {
        List<EvidenceDocument> list = new ArrayList<>(entry.evidence());
        list.add(document);
        return entry.withEvidence(list);
    }

    private static RuleInput points(String value) {
        return new RuleInput.PointsInput(new java.math.BigDecimal(value));
    }

    /** Applies {@code change} and stores each changed entry as the window would. */
    private static Assessment edit(H2WorkbookStore store, String id, UnaryOperator<Assessment> change) {
        Assessment before = store.loadAssessment(id).orElseThrow();
        Assessment after = change.apply(before);
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(before.entries().keySet());
        codes.addAll(after.entries().keySet());
        for (String code : codes) {
            if (!after.entry(code).equals(before.entry(code))) {
                store.saveEntry(id, before.entry(code), after.entry(code));
            }
        }
        return store.loadAssessment(id).orElseThrow();
    }

    private static void assertSameFiles(Path oneData, Path otherData, List<EvidenceFile> files) throws Exception {
        var one = vn.cchc.workbook.app.EvidenceFolder.in(oneData);
        var other = vn.cchc.workbook.app.EvidenceFolder.in(otherData);
        for (EvidenceFile file : files) {
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            one.copyTo(file, a);
            other.copyTo(file, b);
            assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
            assertThat(EvidenceCchcSha.of(b.toByteArray())).isEqualTo(file.sha256());
        }
        assertThat(Files.isDirectory(otherData.resolve("evidence"))).isTrue();
    }

    /** SHA-256 of bytes, to check the received content against the hash recorded at attaching. */
    private static final class EvidenceCchcSha {
        static String of(byte[] bytes) throws Exception {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        }
    }
}
