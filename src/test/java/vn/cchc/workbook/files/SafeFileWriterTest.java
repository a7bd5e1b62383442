package vn.cchc.workbook.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The single write routine: whole new file or untouched old one, no temporary file left, a message for the user. */
class SafeFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesANewFileWithTheGivenBytes() throws IOException {
        Path target = folder.resolve("Báo cáo tháng 9.json");

        SafeFileWriter.write(target, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("{\"a\":1}");
        assertThat(listing()).containsExactly("Báo cáo tháng 9.json");
    }

    @Test
    void replacesAnExistingFileWhole() throws IOException {
        Path target = folder.resolve("sổ.cchc");
        Files.writeString(target, "bản cũ dài hơn bản mới rất nhiều");

        SafeFileWriter.write(target, out -> out.write("mới".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("mới");
        assertThat(listing()).containsExactly("sổ.cchc");
    }

    @Test
    void aFailingContentKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path target = folder.resolve("out.xlsx");
        Files.writeString(target, "bản cũ");

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(SafeWriteException.class)
                .hasMessage("Không lưu được “out.xlsx”: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc lưu vào ổ khác."
                        + " Tệp cũ không bị thay đổi.");

        assertThat(Files.readString(target)).isEqualTo("bản cũ");
        assertThat(listing()).containsExactly("out.xlsx");
    }

    @Test
    void anUnexpectedFailureNamesTheFileAndTheReason() throws IOException {
        Path target = folder.resolve("a.json");

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> {
            throw new IOException("Input/output error");
        })).isInstanceOf(SafeWriteException.class)
                .hasMessage("Không lưu được “a.json” (Input/output error). Tệp cũ không bị thay đổi.");
        assertThat(listing()).isEmpty();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = folder.resolve("không có").resolve("x.cchc");

        assertThatThrownBy(() -> SafeFileWriter.write(target, new byte[1]))
                .isInstanceOf(SafeWriteException.class)
                .hasMessage("Không lưu được “x.cchc”: thư mục “" + folder.resolve("không có")
                        + "” không tồn tại. Hãy chọn thư mục khác.");
    }

    @Test
    void aFolderInTheTargetsPlaceIsRefusedAndLeftEmpty() throws IOException {
        Path target = Files.createDirectory(folder.resolve("sổ.cchc"));

        assertThatThrownBy(() -> SafeFileWriter.write(target, new byte[1]))
                .isInstanceOf(SafeWriteException.class)
                .hasMessageContaining("là một thư mục");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void leftoversOfAKilledWriteOfTheSameTargetAreRemovedOthersKept() throws IOException {
        Path target = folder.resolve("Sổ chấm điểm.cchc");
        Path leftover = folder.resolve(SafeFileWriter.tempPrefix("Sổ chấm điểm.cchc") + "0123456789abcdef.tmp");
        Path otherTargets = folder.resolve(SafeFileWriter.tempPrefix("Khác.cchc") + "0123456789abcdef.tmp");
        Path lookalike = folder.resolve(SafeFileWriter.tempPrefix("Sổ chấm điểm.cchc") + "ghi chú.tmp");
        for (Path path : List.of(leftover, otherTargets, lookalike)) {
            Files.writeString(path, "half written");
        }

        SafeFileWriter.write(target, new byte[] {1, 2, 3});

        assertThat(listing()).containsExactlyInAnyOrder("Sổ chấm điểm.cchc",
                otherTargets.getFileName().toString(), lookalike.getFileName().toString());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void newFilesAreReadableByOthersAsTheUmaskAllowsNotOwnerOnly() throws IOException {
        Path target = folder.resolve("phu-luc.xlsx");

        SafeFileWriter.write(target, new byte[] {1});

        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
        assertThat(permissions).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
