package vn.cchc.workbook.cli;

import java.nio.file.Path;

import vn.cchc.workbook.files.ProgramLog;

/**
 * The command line's log: java.util.logging into a file, never onto the console, so that a user sees short
 * Vietnamese messages and the file keeps the stack traces. The file lives in the data folder's {@code logs}
 * folder when one is given ({@code --data-dir}, property {@code cchc.dataDir}, variable {@code CCHC_DATA_DIR}),
 * otherwise in the system's temporary folder.
 */
final class CliLogging {

    static final String FILE_NAME = "cchc-workbook-cli.log";

    private static volatile Path current;

    private CliLogging() {
    }

    /** Sends every log record of this process to the log file instead of the console (see {@link ProgramLog}). */
    static synchronized void install(Path dataDir) {
        Path file = location(dataDir);
        current = ProgramLog.install(file.getParent(), "cchc-workbook-cli", 1, ProgramLog.Console.NONE);
    }

    /** The file the log is written to (or would be). */
    static Path logFile() {
        Path file = current;
        return file != null ? file : location(null);
    }

    static Path location(Path dataDir) {
        Path folder = dataDir;
        if (folder == null) {
            folder = configured(System.getProperty("cchc.dataDir"));
        }
        if (folder == null) {
            folder = configured(System.getenv("CCHC_DATA_DIR"));
        }
        Path logs = folder != null ? folder.resolve("logs")
                : Path.of(System.getProperty("java.io.tmpdir"), "cchc-workbook");
        return logs.resolve(FILE_NAME).toAbsolutePath().normalize();
    }

    private static Path configured(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }
}
