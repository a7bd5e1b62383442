package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cchc.workbook.domain.text.Messages;

class CchcFileRefusalTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BadCchcFile.class)
    void badFileIsRefusedWithAVietnameseMessageNamingTheFileAndTheProblem(BadCchcFile bad) {
        Path file = bad.create(folder);

        CchcFileException refused = assertThrows(CchcFileException.class, () -> CchcFile.read(file));

        assertThat(refused.messageKey()).isEqualTo(bad.messageKey());
        assertThat(refused.getMessage())
                .contains("Sổ chấm điểm - " + bad.name() + ".cchc")
                .contains(bad.messageFragment());
        assertThat(Messages.has(bad.messageKey())).as("message text exists").isTrue();
    }

    @Test
    void newerFormatVersionNamesTheVersionsAndAsksForAnUpdate() {
        Path file = BadCchcFile.NEWER_VERSION.create(folder);

        assertThatThrownBy(() -> CchcFile.readManifest(file))
                .hasMessageContaining("được tạo bằng phiên bản mới hơn")
                .hasMessageContaining("định dạng số 3")
                .hasMessageContaining("chương trình 3.0.0")
                .hasMessageContaining("Hãy cập nhật chương trình");
    }

    @Test
    void wrongTypeInTheAssessmentListsTheProblemWithItsJsonPath() {
        Path file = BadCchcFile.WRONG_TYPE.create(folder);

        CchcFileException refused = assertThrows(CchcFileException.class, () -> CchcFile.read(file));

        assertThat(refused.problems()).isNotEmpty();
        assertThat(refused.problems().get(0).where()).isEqualTo("$.year");
        assertThat(refused.getMessage()).startsWith("Nội dung sổ chấm điểm trong tệp");
    }

    @Test
    void manifestWithAMissingFieldNamesTheField() throws IOException {
        Path file = folder.resolve("thiếu.cchc");
        Files.write(file, CchcFixtures.withManifest(CchcFixtures.rich(),
                "{\"format\": \"cchc-workbook\", \"formatVersion\": 1, \"programVersion\": \"0.1.0\"}"));

        assertThatThrownBy(() -> CchcFile.read(file)).hasMessageContaining("thiếu trường “savedAt”");
    }

    @Test
    void manifestOfAnotherFormatIsNotAWorkbook() throws IOException {
        Path file = folder.resolve("khác.cchc");
        Files.write(file, CchcFixtures.withManifest(CchcFixtures.rich(),
                "{\"format\": \"something-else\", \"formatVersion\": 1}"));

        assertThatThrownBy(() -> CchcFile.read(file)).hasMessageContaining("ghi định dạng “something-else”");
    }

    @Test
    void manifestWithTheIdOfAnotherAssessmentIsRefused() throws IOException {
        var assessment = CchcFixtures.rich();
        byte[] content = AssessmentJson.toBytes(assessment);
        Path file = folder.resolve("lệch.cchc");
        Files.write(file, CchcFixtures.withContent(assessment.withId("another-id"), content));

        assertThatThrownBy(() -> CchcFile.read(file)).hasMessageContaining("mã đánh giá trong phần mô tả khác");
    }

    @Test
    void missingFileIsNamed() {
        Path file = folder.resolve("không có.cchc");

        assertThatThrownBy(() -> CchcFile.read(file)).hasMessageContaining("Không tìm thấy tệp")
                .hasMessageContaining("không có.cchc");
    }

    @Test
    void bombInTheManifestIsCappedLongBeforeTwentyMegabytes() throws IOException {
        byte[] padding = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(padding, (byte) ' ');
        var entries = new java.util.LinkedHashMap<String, byte[]>();
        entries.put(CchcFile.MANIFEST, padding);
        Path file = folder.resolve("bom.cchc");
        Files.write(file, CchcFixtures.zip(entries));

        assertThatThrownBy(() -> CchcFile.read(file)).hasMessageContaining("phần “manifest.json”")
                .hasMessageContaining("bom nén");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../x                | false
            a/../../x           | false
            /etc/passwd         | false
            ..\\x               | false
            C:/Windows/x        | false
            C:x                 | false
            ./manifest.json     | false
            manifest.json       | true
            assessment.json     | true
            thư mục/tệp.json    | true
            """)
    void onlyPlainRelativeEntryNamesAreSafe(String name, boolean safe) {
        assertThat(BoundedZip.isSafeName(name)).isEqualTo(safe);
    }
}
