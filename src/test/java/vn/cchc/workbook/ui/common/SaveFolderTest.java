package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where file dialogs open (never the program's working folder, an installed program's own, read-only folder), and
 * what they say a written file is.
 */
class SaveFolderTest {

    @TempDir
    Path home;

    private String realHome;

    @BeforeEach
    void pretendHome() {
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.setProperty("user.home", realHome);
    }

    @Test
    void whatWasWrittenIsNamedInTheTitle() {
        // A Word letter was announced as "Đã xuất Excel".
        assertThat(FxDialogService.writtenTitle(Path.of("/tmp/CongVan.docx"))).isEqualTo("Đã ghi văn bản Word");
        assertThat(FxDialogService.writtenTitle(Path.of("/tmp/PhuLuc.XLSX"))).isEqualTo("Đã xuất Excel");
        assertThat(FxDialogService.writtenTitle(Path.of("/tmp/Hiền Thành.cchc"))).isEqualTo("Đã ghi tệp");
    }

    @Test
    void theFolderLastUsedComesFirst() throws Exception {
        Path last = Files.createDirectories(home.resolve("Báo cáo CCHC"));
        Files.createDirectories(home.resolve("Documents"));

        assertThat(FxDialogService.startFolder(last)).contains(last);
    }

    @Test
    void withoutOneTheDocumentsFolderThenTheHomeFolder() throws Exception {
        assertThat(FxDialogService.startFolder(null)).contains(home);
        assertThat(FxDialogService.startFolder(home.resolve("đã xóa"))).contains(home);

        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(FxDialogService.startFolder(null)).contains(documents);
        assertThat(FxDialogService.startFolder(home.resolve("đã xóa"))).contains(documents);
    }

    /** "Mở…" and "Nhận phần…" opened in the Documents folder (or where GTK chose), not where the last file went. */
    @Test
    void aChooserToOpenStartsInTheFolderLastUsedToo() throws Exception {
        Path last = Files.createDirectories(home.resolve("Tệp nhận qua thư"));
        Path documents = Files.createDirectories(home.resolve("Documents"));

        assertThat(FxDialogService.chooser("Mở", DialogService.FileKind.WORKBOOK, last).getInitialDirectory())
                .isEqualTo(last.toFile());
        assertThat(FxDialogService.chooser("Mở", DialogService.FileKind.WORKBOOK, null).getInitialDirectory())
                .isEqualTo(documents.toFile());
        assertThat(FxDialogService.chooser("Mở", DialogService.FileKind.WORKBOOK, home.resolve("đã xóa"))
                .getInitialDirectory()).isEqualTo(documents.toFile());
    }
}
