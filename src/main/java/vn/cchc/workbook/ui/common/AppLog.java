package vn.cchc.workbook.ui.common;

import java.nio.file.Path;

import vn.cchc.workbook.files.ProgramLog;

/** The window's log: logs/cchc-workbook0.log in the data folder, rotated over 3 files of 1 MB (see {@link ProgramLog}). */
public final class AppLog {

    private AppLog() {
    }

    /** Sends the log to {@code dataDirectory}/logs; warnings also reach a console the window was started from. */
    public static void install(Path dataDirectory) {
        ProgramLog.install(dataDirectory.resolve("logs"), "cchc-workbook", 3, ProgramLog.Console.WARNINGS);
    }

    /** Where the log is, for error messages ("xem nhật ký tại …"). */
    public static String logFileName() {
        return ProgramLog.fileName();
    }
}
