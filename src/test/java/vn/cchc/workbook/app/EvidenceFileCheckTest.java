package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.UserFacingException;

/**
 * An evidence path from a received workbook is opened only when it is an existing local document or image whose
 * content matches its name; network paths, URLs, programs, scripts, renamed programs, folders and relative paths are
 * refused with a message saying why.
 */
class EvidenceFileCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @TempDir
    Path folder;

    @Test
    void aLocalPdfIsAllowedAndNamedForTheConfirmation() throws Exception {
        Path pdf = Files.write(folder.resolve("Biên bản kiểm tra.pdf"), PDF);

        EvidenceFileCheck.Allowed allowed = EvidenceFileCheck.check(pdf.toString());

        assertThat(allowed.file()).isEqualTo(pdf.toRealPath());
        assertThat(allowed.kind()).isEqualTo("tài liệu PDF");
    }

    @Test
    void imagesAndOfficeDocumentsAreAllowedByTheirContent() throws Exception {
        Path png = Files.write(folder.resolve("anh.PNG"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A,
                '\n', 0, 0});
        Path docx = Files.write(folder.resolve("ke-hoach.docx"), new byte[] {'P', 'K', 3, 4, 20, 0});
        Path xls = Files.write(folder.resolve("bang.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

        assertThat(EvidenceFileCheck.check(png.toString()).kind()).isEqualTo("ảnh");
        assertThat(EvidenceFileCheck.check(docx.toString()).kind()).isEqualTo("tài liệu Word, Excel hoặc PowerPoint");
        assertThat(EvidenceFileCheck.check(xls.toString()).kind()).isEqualTo("tài liệu Word, Excel hoặc PowerPoint");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\\\server\\share\\bien-ban.pdf|đường dẫn mạng",
            "//server/share/bien-ban.pdf|đường dẫn mạng",
            "file:///etc/passwd|đường dẫn mạng",
            "smb://server/share/a.pdf|đường dẫn mạng",
            "https://example.invalid/a.pdf|đường dẫn mạng",
            "kiem-chung/bien-ban.pdf|đường dẫn không đầy đủ",
            "/khong/co/tep-nay.pdf|Không tìm thấy tệp"})
    void pathsThatDoNotNameALocalFileAreRefused(String path, String fragment) {
        assertThatThrownBy(() -> EvidenceFileCheck.check(path))
                .isInstanceOf(UserFacingException.class).hasMessageContaining(fragment);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "setup.exe|chỉ mở tài liệu PDF",
            "chay.bat|chỉ mở tài liệu PDF",
            "mo-terminal.sh|chỉ mở tài liệu PDF",
            "macro.docm|chỉ mở tài liệu PDF",
            "loi-tat.pdf.lnk|chỉ mở tài liệu PDF",
            "khong-duoi|chỉ mở tài liệu PDF",
            "chuong-trinh.pdf|nội dung tệp không phải là tài liệu PDF",
            "chuong-trinh.jpg|nội dung tệp không phải là ảnh",
            "chuong-trinh.docx|nội dung tệp không phải là tài liệu Word"})
    void programsScriptsAndRenamedProgramsAreRefused(String name, String fragment) throws Exception {
        Path file = Files.write(folder.resolve(name), EXE);

        assertThatThrownBy(() -> EvidenceFileCheck.check(file.toString()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining(fragment).hasMessageContaining(name);
    }

    @Test
    void aFolderOrAnEmptyPathIsRefused() {
        assertThatThrownBy(() -> EvidenceFileCheck.check(folder.toString())).hasMessageContaining("không phải là một tệp");
        assertThatThrownBy(() -> EvidenceFileCheck.check("  ")).hasMessageContaining("không có tệp đính kèm");
    }

    @Test
    void aLinkToAProgramIsJudgedByWhatItLinksTo() throws Exception {
        Path program = Files.write(folder.resolve("run.sh"), "#!/bin/sh\nxterm\n".getBytes());
        Path link = Files.createSymbolicLink(folder.resolve("bien-ban.pdf"), program);

        assertThatThrownBy(() -> EvidenceFileCheck.check(link.toString())).hasMessageContaining("run.sh");
    }
}
