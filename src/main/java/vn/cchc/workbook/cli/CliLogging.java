package vn.cchc.workbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

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

    /** Sends every log record of this process to the log file instead of the console. */
    static synchronized void install(Path dataDir) {
        Path file = location(dataDir);
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        current = file;
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString(), 1_000_000, 1, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
        } catch (IOException | SecurityException unavailable) {
            // Without a log file the program still runs; it only loses the details of unexpected errors.
        }
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
