package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.files.SafeWriteException;
import vn.cchc.workbook.interchange.ReadOnlyFolder;

/** A file that cannot be written gives a clear Vietnamese message and leaves no half-written file. */
class ExportFailureTest {

    @TempDir
    Path folder;

    private final Assessment assessment = TestAssessments.assessment();
    private final ExportOptions options = ExportOptions.builder().reports(ReportKind.PHU_LUC).build();

    @Test
    void aTargetThatIsAFolderIsRefusedAndLeftAsItWas() throws IOException {
        Path target = Files.createDirectory(folder.resolve("BaoCao.xlsx"));

        assertThatThrownBy(() -> new ExcelExporter().export(assessment, options, target))
                .isInstanceOf(SafeWriteException.class)
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Không lưu được: “" + target + "” là một thư mục, không phải tệp. Hãy chọn tên tệp khác.");
        assertThat(target).isDirectory().isEmptyDirectory();
        assertThat(listing(folder)).containsExactly("BaoCao.xlsx");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = folder.resolve("khong-co").resolve("out.xlsx");

        assertThatThrownBy(() -> new ExcelExporter().export(assessment, options, target))
                .isInstanceOf(SafeWriteException.class)
                .hasMessageContaining("thư mục “" + target.getParent() + "” không tồn tại");
        assertThat(listing(folder)).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsRefusedAndAnEarlierFileStaysAsItWas() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("chi-doc"));
        Path target = locked.resolve("out.xlsx");
        Files.writeString(target, "bản cũ", StandardCharsets.UTF_8);
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(locked)) {
            assertThatThrownBy(() -> new ExcelExporter().export(assessment, options, target))
                    .isInstanceOf(SafeWriteException.class)
                    .hasMessageStartingWith("Không lưu được “out.xlsx”: không có quyền ghi vào thư mục “" + locked + "”");
        }
        assertThat(listing(locked)).containsExactly("out.xlsx");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("bản cũ");
    }

    @Test
    void aFailureWhileWritingRemovesTheTemporaryFileAndKeepsTheOldOne() throws IOException {
        Path target = folder.resolve("out.xlsx");
        Files.writeString(target, "bản cũ", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SafeFileWriter.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(SafeWriteException.class)
                .hasMessageStartingWith("Không lưu được “out.xlsx”: ổ đĩa đã đầy");

        assertThat(listing(folder)).containsExactly("out.xlsx");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("bản cũ");
    }

    @Test
    void noReportChosenIsRefusedBeforeAnythingIsWritten() {
        Path target = folder.resolve("out.xlsx");
        ExportOptions none = ExportOptions.builder().reports(List.of()).build();

        assertThatThrownBy(() -> new ExcelExporter().export(assessment, none, target))
                .isInstanceOf(ReportException.class)
                .hasMessage("Chưa chọn bảng nào để xuất.");
        assertThat(target).doesNotExist();
    }

    private static List<String> listing(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
