package vn.cchc.workbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.EvidenceFolder;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceType;
import vn.cchc.workbook.testdata.EvidenceSamples;

class EvidenceFolderTest {

    @TempDir
    Path data;
    @TempDir
    Path documents;

    private List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theSameContentAttachedTwiceIsKeptOnceAndReadBackExactly() throws IOException {
        byte[] pdf = EvidenceSamples.pdf("Kế hoạch 30");
        EvidenceFolder folder = EvidenceFolder.in(data);
        EvidenceFile first = folder.add(EvidenceSamples.write(documents, "KH 30.pdf", pdf));
        EvidenceFile second = folder.add(EvidenceSamples.write(documents, "ban sao/KH 30 (1).PDF", pdf));

        assertEquals(first.sha256(), second.sha256());
        assertEquals("KH 30.pdf", first.name());
        assertEquals("KH 30 (1).PDF", second.name());
        assertEquals(EvidenceType.PDF, first.type());
        assertEquals(pdf.length, first.size());
        assertEquals(1, filesIn(folder.root()).size());
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        folder.copyTo(first, back);
        assertArrayEquals(pdf, back.toByteArray());
    }

    @Test
    void aProgramRenamedPdfIsRefusedNamingItAndNothingIsKept() throws IOException {
        EvidenceFolder folder = EvidenceFolder.in(data);
        Path exe = EvidenceSamples.write(documents, "Quyết định.pdf", EvidenceSamples.exe());
        StoreException refused = assertThrows(StoreException.class, () -> folder.add(exe));
        assertEquals("evidence.add.notAccepted", refused.messageKey());
        assertTrue(refused.getMessage().contains("Quyết định.pdf"), refused.getMessage());
        assertTrue(refused.getMessage().contains("chương trình"), refused.getMessage());
        assertEquals(List.of(), filesIn(folder.root()));
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = documents.resolve("scan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(EvidenceLimits.MAX_FILE_BYTES + 1);
        }
        StoreException refused = assertThrows(StoreException.class, () -> EvidenceFolder.in(data).add(big));
        assertEquals("evidence.add.tooLarge", refused.messageKey());
        assertEquals(List.of(), filesIn(data));
    }

    @Test
    void aStoredFileChangedOnDiskIsNotPassedOn() throws IOException {
        EvidenceFolder folder = EvidenceFolder.in(data);
        EvidenceFile file = folder.add(EvidenceSamples.write(documents, "a.pdf", EvidenceSamples.pdf("a")));
        Path stored = folder.find(file.sha256()).orElseThrow();
        assertTrue(vn.cchc.workbook.testdata.FileModes.isReadOnly(stored));
        stored.toFile().setWritable(true);
        Files.write(stored, EvidenceSamples.pdf("b"));
        Path copy = documents.resolve("copy.pdf");
        StoreException refused = assertThrows(StoreException.class, () -> folder.copyTo(file, copy));
        assertEquals("evidence.store.changed", refused.messageKey());
        assertFalse(Files.exists(copy));
    }

    @Test
    void evidenceWithItsFileSurvivesTheStoreAndItsHistory() throws IOException {
        EvidenceFile file;
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            file = store.evidenceFolder().add(EvidenceSamples.write(documents, "ảnh.png", EvidenceSamples.png(3)));
            Assessment a = StoreFixtures.richAssessment("a-1");
            store.createAssessment(a);
            EvidenceDocument document = new EvidenceDocument("12/BC-UBND", LocalDate.of(2023, 3, 1), "Báo cáo",
                    "", file);
            var before = a.entry("1.2");
            var after = before.withEvidence(List.of(document, document.withFile(null)));
            store.saveEntry("a-1", before, after);
        }
        try (H2WorkbookStore store = H2WorkbookStore.open(data)) {
            var entry = store.loadAssessment("a-1").orElseThrow().entry("1.2");
            assertEquals(file, entry.evidence().get(0).file());
            assertEquals(null, entry.evidence().get(1).file());
            assertEquals(entry, store.history("a-1", 1).get(0).after());
            assertTrue(store.evidenceFolder().contains(file.sha256()));
        }
    }
}
