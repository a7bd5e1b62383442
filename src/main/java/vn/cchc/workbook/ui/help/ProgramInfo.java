package vn.cchc.workbook.ui.help;

import java.nio.file.Path;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.AppLog;

/**
 * What "Giới thiệu" shows and what support asks for: the version (the jar manifest's Implementation-Version), the
 * data folder, the database file of the store (once it is open) and the log file.
 *
 * @param databaseFile the store's file; null while the store is still opening
 */
public record ProgramInfo(String version, Path dataDirectory, Path databaseFile, Path logFile) {

    /** The log file as {@link AppLog} installed it, or where it would be in {@code dataDirectory}. */
    public static ProgramInfo of(Path dataDirectory, Path databaseFile) {
        String installed = AppLog.logFileName();
        Path log = installed.isEmpty()
                ? dataDirectory.resolve("logs").resolve("cchc-workbook0.log") : Path.of(installed);
        return new ProgramInfo(jarVersion(), dataDirectory.toAbsolutePath(),
                databaseFile == null ? null : databaseFile.toAbsolutePath(), log.toAbsolutePath());
    }

    /** "0.1.0" from the jar's manifest; a Vietnamese "development build" when run from the classes folder. */
    public static String jarVersion() {
        String version = ProgramInfo.class.getPackage().getImplementationVersion();
        return version == null ? Messages.get("help.about.devVersion") : version;
    }
}
