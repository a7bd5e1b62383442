package vn.cchc.workbook.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.evidence.EvidenceType;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

class EvidenceServiceTest {

    @TempDir
    Path data;
    @TempDir
    Path documents;

    private H2WorkbookStore store;
    private EvidenceService service;
    private Assessment assessment;

    @BeforeEach
    void open() {
        store = H2WorkbookStore.open(data);
        service = new EvidenceService(store);
        assessment = SmallCommune.standard("Hiền Thành");
        store.createAssessment(assessment);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anAttachedFileOpensOnlyAsAReadOnlyCopyInAPrivateFolder() throws IOException {
        byte[] docx = EvidenceSamples.docx("Báo cáo CCHC");
        EvidenceDocument document = service.attach(assessment, EvidenceSamples.write(documents, "Báo cáo.docx", docx),
                new EvidenceDocument("12/BC-UBND", null, "Báo cáo", ""));
        assertEquals(EvidenceType.DOCX, document.file().type());
        assertTrue(service.isAvailable(document));

        Path copy = service.viewableCopy(document.file());
        assertTrue(copy.startsWith(service.viewerRoot()));
        assertEquals("Báo cáo.docx", copy.getFileName().toString());
        assertArrayEquals(docx, Files.readAllBytes(copy));
        assertTrue(vn.cchc.workbook.testdata.FileModes.isReadOnly(copy));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // Windows has no owner-only mode bits: the folder there inherits the user's own profile's access rules.
            assertEquals(java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(copy.getParent()));
        }
        assertTrue(Files.exists(store.evidenceFolder().find(document.file().sha256()).orElseThrow()));
    }

    @Test
    void aPathFromAnOlderWorkbookOpensOnlyWhenItIsHereAndItsContentMatchesItsName() {
        Path good = EvidenceSamples.write(documents, "KH 30.pdf", EvidenceSamples.pdf("x"));
        assertTrue(service.viewableCopyOfPath(good.toString()).startsWith(service.viewerRoot()));

        Path program = EvidenceSamples.write(documents, "KH 31.pdf", EvidenceSamples.exe());
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> service.viewableCopyOfPath(program.toString()));
        assertEquals("evidence.open.notAccepted", refused.messageKey());

        Path renamed = EvidenceSamples.write(documents, "KH 32.docx", EvidenceSamples.pdf("y"));
        assertEquals("evidence.open.mismatch", assertThrows(UserFacingException.class,
                () -> service.viewableCopyOfPath(renamed.toString())).messageKey());

        assertEquals("evidence.open.pathMissing", assertThrows(UserFacingException.class,
                () -> service.viewableCopyOfPath("C:\\Users\\Cán bộ\\KH 30.pdf")).messageKey());
        assertEquals(1, service.viewerRoot().toFile().list().length);
    }

    @Test
    void aRecordWhoseTypeDoesNotMatchTheStoredContentIsNeverOpened() {
        EvidenceDocument document = service.attach(assessment,
                EvidenceSamples.write(documents, "a.pdf", EvidenceSamples.pdf("a")), new EvidenceDocument("", null,
                        "a", ""));
        var forged = new vn.cchc.workbook.domain.evidence.EvidenceFile("a.png", EvidenceType.PNG,
                document.file().size(), document.file().sha256());
        UserFacingException refused = assertThrows(UserFacingException.class, () -> service.viewableCopy(forged));
        assertEquals("evidence.open.mismatch", refused.messageKey());
        assertEquals(List.of(), List.of(service.viewerRoot().toFile().listFiles()).stream()
                .flatMap(f -> List.of(f.listFiles()).stream()).toList());
    }

    @Test
    void viewerCopiesOfEarlierSessionsAreCleared() {
        EvidenceDocument document = service.attach(assessment,
                EvidenceSamples.write(documents, "a.pdf", EvidenceSamples.pdf("a")), new EvidenceDocument("", null,
                        "a", ""));
        Path copy = service.viewableCopy(document.file());
        service.clearViewerCopies();
        assertFalse(Files.exists(copy));
        assertEquals(0, service.viewerRoot().toFile().list().length);
        assertTrue(service.isAvailable(document));
    }
}
