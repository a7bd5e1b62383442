package vn.cchc.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which lone argument opens the window rather than the command line. */
class MainArgumentsTest {

    @TempDir
    Path folder;

    @Test
    void anExistingWorkbookFileWithAVietnameseNameOpensTheWindow() throws Exception {
        Path file = Files.createFile(folder.resolve("Sổ chấm điểm Tân Lập.CCHC"));

        assertThat(Main.isWorkbookFile(new String[] {file.toString()})).isTrue();
    }

    @Test
    void aNameTheSystemMangledOpensTheWindowInsteadOfThrowing() {
        // Not a path on any system (a NUL character), as "S?.cchc" is not on Windows.
        assertThat(Main.isWorkbookFile(new String[] {"S\0 ch\0m.cchc"})).isTrue();
    }

    @Test
    void commandsAndMissingFilesGoToTheCommandLine() {
        assertThat(Main.isWorkbookFile(new String[] {folder.resolve("khong-co.cchc").toString()})).isFalse();
        assertThat(Main.isWorkbookFile(new String[] {"summary", "a.cchc"})).isFalse();
        assertThat(Main.isWorkbookFile(new String[] {"summary"})).isFalse();
    }
}
