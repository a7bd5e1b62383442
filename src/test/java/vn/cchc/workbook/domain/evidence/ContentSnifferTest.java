package vn.cchc.workbook.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.testdata.EvidenceSamples;

class ContentSnifferTest {

    @TempDir
    Path folder;

    private Optional<EvidenceType> sniff(String name, byte[] bytes) throws IOException {
        return ContentSniffer.sniff(EvidenceSamples.write(folder, name, bytes));
    }

    @Test
    void everyAcceptedTypeIsRecognisedByItsContentWhateverItsName() throws IOException {
        assertEquals(Optional.of(EvidenceType.PDF), sniff("a.bin", EvidenceSamples.pdf("x")));
        assertEquals(Optional.of(EvidenceType.JPEG), sniff("b.pdf", EvidenceSamples.jpeg(1)));
        assertEquals(Optional.of(EvidenceType.PNG), sniff("c", EvidenceSamples.png(1)));
        assertEquals(Optional.of(EvidenceType.DOCX), sniff("d.zip", EvidenceSamples.docx("x")));
        assertEquals(Optional.of(EvidenceType.XLSX), sniff("e.docx", EvidenceSamples.xlsx("x")));
        assertEquals(Optional.of(EvidenceType.XLS), sniff("f.doc", EvidenceSamples.xls("x")));
        assertEquals(Optional.of(EvidenceType.DOC), sniff("g.xls", EvidenceSamples.doc("x", null)));
        assertEquals(Optional.of(EvidenceType.ODT), sniff("h.odt", EvidenceSamples.openDocument("odt", "x")));
        assertEquals(Optional.of(EvidenceType.ODS), sniff("i.ods", EvidenceSamples.openDocument("ods", "x")));
    }

    @Test
    void programsShortcutsScriptsArchivesAndMacroFilesAreNotEvidence() throws IOException {
        assertEquals(Optional.empty(), sniff("hoso.pdf", EvidenceSamples.exe()));
        assertEquals(Optional.empty(), sniff("hoso.pdf.lnk", EvidenceSamples.lnk()));
        assertEquals(Optional.empty(), sniff("hoso.js", EvidenceSamples.javascript()));
        assertEquals(Optional.empty(), sniff("hoso.docx", EvidenceSamples.docxWithMacros()));
        assertEquals(Optional.empty(), sniff("hoso.doc", EvidenceSamples.doc("x", "Macros")));
        assertEquals(Optional.empty(), sniff("hoso.zip", EvidenceSamples.plainZip()));
        assertEquals(Optional.empty(), sniff("empty.pdf", new byte[0]));
    }

    @Test
    void aTruncatedOrLoopingCompoundFileIsNotEvidenceAndDoesNotHang() throws IOException {
        byte[] doc = EvidenceSamples.doc("x", null);
        byte[] truncated = java.util.Arrays.copyOf(doc, 700);
        assertEquals(Optional.empty(), sniff("cut.doc", truncated));
        byte[] looping = doc.clone();
        // First directory sector points at a sector beyond the file.
        looping[48] = (byte) 0xff;
        looping[49] = (byte) 0xff;
        looping[50] = (byte) 0xff;
        looping[51] = 0x0f;
        assertEquals(Optional.empty(), sniff("loop.doc", looping));
    }

    @Test
    void aRefusedFileIsDescribedForTheUser() {
        assertEquals("evidence.foreign.program",
                ContentSniffer.describeForeign(EvidenceSamples.write(folder, "x.pdf", EvidenceSamples.exe())));
        assertEquals("evidence.foreign.shortcut",
                ContentSniffer.describeForeign(EvidenceSamples.write(folder, "x.lnk", EvidenceSamples.lnk())));
        assertEquals("evidence.foreign.text",
                ContentSniffer.describeForeign(EvidenceSamples.write(folder, "x.js", EvidenceSamples.javascript())));
        assertEquals("evidence.foreign.container", ContentSniffer.describeForeign(
                EvidenceSamples.write(folder, "x.docx", EvidenceSamples.docxWithMacros())));
    }
}
