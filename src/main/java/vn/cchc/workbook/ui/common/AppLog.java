package vn.cchc.workbook.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** The program's log file in the data folder (logs/cchc-workbook.log, rotated over 3 files of 1 MB). */
public final class AppLog {

    private static volatile Path logFile;

    private AppLog() {
    }

    /** Sends java.util.logging to {@code dataDirectory}/logs; failures to do so only lose the log, never the program. */
    public static synchronized void install(Path dataDirectory) {
        if (logFile != null) {
            return;
        }
        try {
            Path folder = dataDirectory.resolve("logs");
            Files.createDirectories(folder);
            Path file = folder.resolve("cchc-workbook.log");
            FileHandler handler = new FileHandler(folder.resolve("cchc-workbook%g.log").toString(), 1_000_000, 3, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            // Library chatter (Flyway's migration notes) belongs in the log file, not on a terminal the window was
            // started from; warnings still show there.
            for (java.util.logging.Handler existing : root.getHandlers()) {
                if (existing instanceof java.util.logging.ConsoleHandler) {
                    existing.setLevel(Level.WARNING);
                }
            }
            logFile = file.resolveSibling("cchc-workbook0.log");
        } catch (IOException | SecurityException e) {
            Logger.getLogger(AppLog.class.getName()).log(Level.WARNING, "No log file", e);
        }
    }

    /** Where the log is, for error messages ("xem nhật ký tại …"). */
    public static String logFileName() {
        Path file = logFile;
        return file == null ? "" : file.toString();
    }
}
