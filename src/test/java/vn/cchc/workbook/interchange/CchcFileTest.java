package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.files.SafeWriteException;
import vn.cchc.workbook.domain.assessment.Assessment;

class CchcFileTest {

    @TempDir
    Path folder;

    @AfterEach
    void realClock() {
        CchcFile.useClock(Clock.systemUTC());
    }

    @Test
    void savedAssessmentReadsBackEqual() {
        Assessment assessment = CchcFixtures.rich();
        Path file = folder.resolve("sổ.cchc");

        CchcFile.write(assessment, file);

        assertThat(CchcFile.read(file)).isEqualTo(assessment);
    }

    @Test
    void fileHoldsManifestThenAssessmentAndTheManifestDescribesIt() {
        Assessment assessment = CchcFixtures.rich();
        Path file = folder.resolve("sổ.cchc");
        fixClock("2023-09-06T03:15:00.123456Z");

        CchcManifest written = CchcFile.write(assessment, file);

        Map<String, byte[]> entries = CchcFixtures.entriesOf(file);
        assertThat(entries.keySet()).containsExactly("manifest.json", "assessment.json");
        assertThat(entries.get("assessment.json")).isEqualTo(AssessmentJson.toBytes(assessment));
        CchcManifest manifest = CchcFile.readManifest(file);
        assertThat(manifest).isEqualTo(written);
        assertThat(manifest.formatVersion()).isEqualTo(1);
        assertThat(manifest.savedAt()).isEqualTo(Instant.parse("2023-09-06T03:15:00.123Z"));
        assertThat(manifest.unit()).isEqualTo("Hiền Thành");
        assertThat(manifest.period()).isEqualTo("6 tháng đầu năm");
        assertThat(manifest.year()).isEqualTo(2023);
        assertThat(manifest.assessmentId()).isEqualTo(assessment.id());
        assertThat(manifest.sha256()).isEqualTo(CchcManifest.sha256Of(entries.get("assessment.json")));
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8))
                .contains("\"format\" : \"cchc-workbook\"").contains("\"savedAt\" : \"2023-09-06T03:15:00.123Z\"");
    }

    @Test
    void openThenSaveGivesTheSameContentExceptTheSavedAtTime() throws IOException {
        Path first = folder.resolve("lần 1.cchc");
        Path second = folder.resolve("lần 2.cchc");
        fixClock("2023-09-06T03:15:00Z");
        CchcFile.write(CchcFixtures.rich(), first);

        fixClock("2023-10-01T08:00:00Z");
        CchcFile.write(CchcFile.read(first), second);

        Map<String, byte[]> before = CchcFixtures.entriesOf(first);
        Map<String, byte[]> after = CchcFixtures.entriesOf(second);
        assertThat(after.get("assessment.json")).isEqualTo(before.get("assessment.json"));
        String manifestBefore = new String(before.get("manifest.json"), StandardCharsets.UTF_8);
        String manifestAfter = new String(after.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifestAfter).isNotEqualTo(manifestBefore);
        assertThat(manifestAfter.replace("2023-10-01T08:00:00Z", "2023-09-06T03:15:00Z")).isEqualTo(manifestBefore);
    }

    @Test
    void savingTheSameAssessmentAtTheSameTimeGivesTheSameBytes() throws IOException {
        Path first = folder.resolve("a.cchc");
        Path second = folder.resolve("b.cchc");
        fixClock("2023-09-06T03:15:00Z");

        CchcFile.write(CchcFixtures.rich(), first);
        CchcFile.write(CchcFile.read(first), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void bundledSampleSavesToAtMost64Kilobytes() throws IOException {
        Path file = folder.resolve("mẫu.cchc");

        CchcFile.write(BundledData.sampleAssessment(), file);

        assertThat(Files.size(file)).isLessThanOrEqualTo(64 * 1024);
        assertThat(CchcFile.read(file)).isEqualTo(BundledData.sampleAssessment());
    }

    @Test
    void vietnamesePathsWithSpacesWork() throws IOException {
        Path documents = Files.createDirectories(folder.resolve("Cán bộ").resolve("Tài liệu"));
        Path file = documents.resolve("Sổ chấm điểm 2023.cchc");
        Assessment assessment = CchcFixtures.rich();

        CchcFile.write(assessment, file);
        CchcFile.write(CchcFixtures.variant(assessment, "Xã Hiền Thành (bản 2)"), file);

        assertThat(CchcFile.read(file).unit().name()).isEqualTo("Xã Hiền Thành (bản 2)");
        try (Stream<Path> files = Files.list(documents)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("Sổ chấm điểm 2023.cchc");
        }
    }

    @Test
    void fileFromAnEmailAttachmentFolderOpens() throws IOException {
        // Mail programs save attachments under names like "Sổ chấm điểm (1).cchc" in a temporary folder.
        Path attachments = Files.createDirectories(folder.resolve("Outlook Temp").resolve("Content.Outlook"));
        Path file = attachments.resolve("So cham diem (1).cchc");
        Files.write(file, CchcFixtures.valid(CchcFixtures.rich()));
        file.toFile().setReadOnly();

        assertThat(CchcFile.read(file)).isEqualTo(CchcFixtures.rich());
    }

    @Test
    void saveIntoAReadOnlyFolderGivesAMessageAndKeepsTheOldFile() throws Exception {
        Path readOnly = Files.createDirectories(folder.resolve("Chỉ đọc"));
        Path file = readOnly.resolve("Sổ chấm điểm.cchc");
        Assessment old = CchcFixtures.rich();
        CchcFile.write(old, file);
        byte[] oldBytes = Files.readAllBytes(file);

        try (ReadOnlyFolder ignored = ReadOnlyFolder.of(readOnly)) {
            assertThatThrownBy(() -> CchcFile.write(CchcFixtures.variant(old, "Bản mới"), file))
                    .isInstanceOf(SafeWriteException.class)
                    .hasMessageContaining("Không lưu được “Sổ chấm điểm.cchc”")
                    .hasMessageContaining("thư mục chỉ đọc")
                    .hasMessageContaining("Tệp cũ không bị thay đổi");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(oldBytes);
        try (Stream<Path> files = Files.list(readOnly)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void saveIntoAMissingFolderNamesTheFolder() {
        Path file = folder.resolve("không có").resolve("sổ.cchc");

        assertThatThrownBy(() -> CchcFile.write(CchcFixtures.rich(), file))
                .hasMessageContaining("thư mục “" + folder.resolve("không có") + "” không tồn tại");
    }

    @Test
    void saveOverAFolderIsRefusedAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(folder.resolve("sổ.cchc"));

        assertThatThrownBy(() -> CchcFile.write(CchcFixtures.rich(), target)).isInstanceOf(SafeWriteException.class);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedByTheNextSaveOfThatFile() throws IOException {
        Path file = folder.resolve("Sổ chấm điểm.cchc");
        Path leftover = folder.resolve(SafeFileWriter.tempPrefix("Sổ chấm điểm.cchc") + "0123456789abcdef.tmp");
        Path otherFilesTemp = folder.resolve(SafeFileWriter.tempPrefix("Khác.cchc") + "0123456789abcdef.tmp");
        Path lookalike = folder.resolve(SafeFileWriter.tempPrefix("Sổ chấm điểm.cchc") + "ghi chú.tmp");
        for (Path path : new Path[] {leftover, otherFilesTemp, lookalike}) {
            Files.writeString(path, "half written");
        }

        CchcFile.write(CchcFixtures.rich(), file);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(file, otherFilesTemp, lookalike);
        }
    }

    private static void fixClock(String instant) {
        CchcFile.useClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
