package vn.cchc.workbook.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one logging set-up: a UTF-8 file with the stack traces, a console with at most one line a warning. */
class ProgramLogTest {

    @TempDir
    Path folder;

    @AfterAll
    static void backToTheDefaultConsole() {
        ProgramLog.install(Path.of(System.getProperty("java.io.tmpdir"), "cchc-test-logs"), "test", 1,
                ProgramLog.Console.WARNINGS);
    }

    @Test
    void recordsGoToAUtf8FileInTheGivenFolderWithTheirStackTraces() throws IOException {
        Path file = ProgramLog.install(folder, "cchc-workbook", 3, ProgramLog.Console.NONE);

        Logger.getLogger("vn.cchc.test").log(Level.WARNING, "Không lưu được sổ Hiền Thành",
                new IOException("No space left on device"));
        flush();

        assertThat(file).isEqualTo(folder.resolve("cchc-workbook0.log"));
        assertThat(ProgramLog.fileName()).isEqualTo(file.toString());
        String logged = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(logged).contains("Không lưu được sổ Hiền Thành").contains("java.io.IOException: No space left");
    }

    @Test
    void aCommandsLogHasNoConsoleAndASingleFile() {
        Path file = ProgramLog.install(folder, "cchc-workbook-cli", 1, ProgramLog.Console.NONE);

        assertThat(file).isEqualTo(folder.resolve("cchc-workbook-cli.log"));
        assertThat(rootHandlers()).noneMatch(ConsoleHandler.class::isInstance);
        assertThat(rootHandlers()).filteredOn(FileHandler.class::isInstance).hasSize(1);
    }

    @Test
    void installingAgainReplacesTheFileRatherThanAddingOne() {
        ProgramLog.install(folder.resolve("a"), "x", 1, ProgramLog.Console.WARNINGS);
        ProgramLog.install(folder.resolve("b"), "x", 1, ProgramLog.Console.WARNINGS);

        assertThat(rootHandlers()).filteredOn(FileHandler.class::isInstance).hasSize(1);
        assertThat(rootHandlers()).filteredOn(ConsoleHandler.class::isInstance).hasSize(1);
    }

    @Test
    void theConsoleShowsAWarningOnOneLineWithoutItsStackTrace() {
        LogRecord record = new LogRecord(Level.WARNING, "Ổ đĩa đầy\nkhông ghi được nhật ký");
        record.setThrown(new IOException("No space left on device"));

        String shown = new ProgramLog.OneLine().format(record);

        assertThat(shown).isEqualTo("WARNING: Ổ đĩa đầy không ghi được nhật ký" + System.lineSeparator());
    }

    @Test
    void aFolderThatCannotBeMadeCostsOnlyTheLog() throws IOException {
        Path blocked = Files.writeString(folder.resolve("logs"), "a file where the folder should be");

        Path file = ProgramLog.install(blocked, "cchc-workbook", 3, ProgramLog.Console.NONE);
        Logger.getLogger("vn.cchc.test").warning("still running");

        assertThat(file).isEqualTo(blocked.resolve("cchc-workbook0.log"));
        assertThat(Files.isRegularFile(blocked)).isTrue();
        assertThat(rootHandlers()).noneMatch(FileHandler.class::isInstance);
    }

    private static java.util.List<java.util.logging.Handler> rootHandlers() {
        return Arrays.asList(LogManager.getLogManager().getLogger("").getHandlers());
    }

    private static void flush() {
        rootHandlers().forEach(java.util.logging.Handler::flush);
    }
}
