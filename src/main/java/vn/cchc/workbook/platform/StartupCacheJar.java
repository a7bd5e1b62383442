package vn.cchc.workbook.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the installed program's start-up cache usable. The JVM's ahead-of-time cache (packaging/common/build-lib.sh,
 * {@code -XX:AOTCache}) serves only the very jar it was made from, which it checks by size and modification time,
 * and not every installer keeps a file's time: an .msi stores it as local time in two-second steps, so on a PC in
 * another time zone the installed jar seems changed and the JVM starts without the cache. The launcher passes the
 * time the cache was made with ({@value #PROPERTY}, seconds since 1970); when the jar's time differs, the first
 * start puts it back (a per-user install may write its own files), and every later start uses the cache. Nothing
 * happens without the property (a development run) or when the jar cannot be changed (the JVM then simply starts
 * without the cache, as it did). JDK 25.0.3 does not check the jar of a cache made with {@code -XX:AOTCacheOutput}
 * at all (JDK-8377932); this keeps the installed copy fast once a JDK update checks it again.
 */
public final class StartupCacheJar {

    public static final String PROPERTY = "cchc.jarTime";

    private StartupCacheJar() {
    }

    /** Puts the launcher's jar time back if it differs; returns whether it changed it. */
    public static boolean restoreTime() {
        return restoreTime(System.getProperty(PROPERTY), System.getProperty("java.class.path", ""));
    }

    static boolean restoreTime(String expectedSeconds, String classPath) {
        if (expectedSeconds == null || classPath.isBlank() || classPath.contains(File.pathSeparator)) {
            return false;
        }
        try {
            long seconds = Long.parseLong(expectedSeconds.strip());
            Path jar = Path.of(classPath);
            if (seconds < 0 || !Files.isRegularFile(jar)
                    || Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) == seconds) {
                return false;
            }
            Files.setLastModifiedTime(jar, FileTime.from(seconds, TimeUnit.SECONDS));
            return true;
        } catch (NumberFormatException | InvalidPathException | IOException | SecurityException cannot) {
            return false;
        }
    }
}
