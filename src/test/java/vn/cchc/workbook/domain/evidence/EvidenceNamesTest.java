package vn.cchc.workbook.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch 30.pdf           | PDF  | Kế hoạch 30.pdf",
            "C:\\Users\\a\\Kế hoạch.PDF  | PDF  | Kế hoạch.PDF",
            "..\\..\\Windows\\x.pdf      | PDF  | x.pdf",
            "../../etc/passwd          | PDF  | passwd.pdf",
            "CON.pdf                   | PDF  | _CON.pdf",
            "com1.tar.pdf              | PDF  | _com1.tar.pdf",
            "báo cáo.exe               | PDF  | báo cáo.exe.pdf",
            "a<b>c:d?.docx             | DOCX | a b c d.docx",
            "' . .pdf'                 | PDF  | pdf.pdf",
            "'...'                     | PDF  | tai-lieu.pdf",
            "ảnh.jpeg                  | JPEG | ảnh.jpeg",
            "ảnh.png                   | JPEG | ảnh.png.jpg",
    })
    void namesAreMadeSafeAndGetTheExtensionOfTheirContent(String original, EvidenceType type, String expected) {
        assertEquals(expected, EvidenceNames.sanitise(original, type));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"..\\a.pdf", "a/b.pdf", "CON.pdf", "nul.pdf", "a.exe", "'x.pdf '", "a\u0000.pdf"})
    void receivedNamesThatWouldNeedChangingAreUnsafe(String name) {
        assertFalse(EvidenceNames.isSafe(name, EvidenceType.PDF));
    }

    @ParameterizedTest
    @CsvSource({"Quyết định 12.pdf", "_CON.pdf", "a.PDF"})
    void ordinaryNamesAreSafe(String name) {
        assertTrue(EvidenceNames.isSafe(name, EvidenceType.PDF));
    }

    @org.junit.jupiter.api.Test
    void longNamesAreCutKeepingTheExtension() {
        String name = EvidenceNames.sanitise("x".repeat(500) + ".pdf", EvidenceType.PDF);
        assertEquals(EvidenceNames.MAX_LENGTH, name.length());
        assertTrue(name.endsWith(".pdf"));
        assertTrue(EvidenceNames.isSafe(name, EvidenceType.PDF));
    }
}
