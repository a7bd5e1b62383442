package vn.cchc.workbook.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The program's one logging set-up (java.util.logging), for the window and the command line alike: every record at
 * INFO and above goes to a UTF-8 log file in the data folder's {@code logs} folder, with its stack trace; the
 * console gets at most one line per warning and never a stack trace, because the people who see a console are users,
 * who are shown a Vietnamese message instead. A log file that cannot be made (a full or read-only disk) costs only the
 * log: the program runs on, and nothing is printed about it.
 */
public final class ProgramLog {

    /** What the console shows. */
    public enum Console {
        /** One line per warning or error (the window started from a terminal). */
        WARNINGS,
        /** Nothing: a command's own output is all the user sees (its errors are printed as messages). */
        NONE
    }

    private static final int FILE_LIMIT = 1_000_000;
    private static volatile Path current;
    private static Handler installed;

    private ProgramLog() {
    }

    /**
     * Sends this process's log to {@code folder}/{@code baseName}.log (rotated over {@code files} files of 1 MB,
     * named {@code baseName0.log}, {@code baseName1.log} … when more than one) and sets the console as asked.
     *
     * @return the file written to now, or the one that would have been when it cannot be made
     */
    public static synchronized Path install(Path folder, String baseName, int files, Console console) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        if (console == Console.WARNINGS) {
            ConsoleHandler warnings = new ConsoleHandler();
            warnings.setLevel(Level.WARNING);
            warnings.setFormatter(new OneLine());
            root.addHandler(warnings);
        }
        if (installed != null) {
            root.removeHandler(installed);
            installed.close();
            installed = null;
        }
        boolean rotated = files > 1;
        Path file = folder.resolve(baseName + (rotated ? "0" : "") + ".log").toAbsolutePath().normalize();
        current = file;
        try {
            Files.createDirectories(folder);
            String pattern = folder.resolve(baseName + (rotated ? "%g" : "") + ".log").toString();
            FileHandler handler = new FileHandler(pattern, FILE_LIMIT, Math.max(1, files), true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            // A line the log cannot write (a full disk) is lost, not printed to the console with a stack trace.
            handler.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String message, Exception failure, int code) {
                    // The program goes on without that line.
                }
            });
            root.addHandler(handler);
            installed = handler;
        } catch (IOException | SecurityException | java.nio.file.InvalidPathException unavailable) {
            // Without a log file the program still runs; it only loses the details of unexpected errors.
        }
        return file;
    }

    /** The file the log goes to (or would), once {@link #install} has run; empty before. */
    public static String fileName() {
        Path file = current;
        return file == null ? "" : file.toString();
    }

    /** "CẢNH BÁO: message" on one line, without the stack trace (which the log file keeps). */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String message = formatMessage(record);
            return record.getLevel().getName() + ": " + (message == null ? "" : message.replace('\n', ' '))
                    + System.lineSeparator();
        }
    }
}
