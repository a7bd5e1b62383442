package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.api.ErrorCode;

import vn.cchc.workbook.app.StoreException;

/**
 * Turns what H2 and the file system throw into one clear Vietnamese message: a full disk, a read-only disk or file,
 * or another failure with a short reason. The technical detail goes to the log, once.
 */
final class StoreFailures {

    /** Below this much free space the store is not written to (H2 writes in chunks of up to a few megabytes). */
    static final long MIN_FREE_BYTES = 1L << 20;

    private static final Logger LOG = Logger.getLogger(StoreFailures.class.getName());
    private static final int MAX_REASON = 200;

    private StoreFailures() {
    }

    /**
     * The message for {@code failure} met while working in {@code folder}.
     *
     * @param otherKey the message key for a failure that is neither a full nor a read-only disk; its one argument
     *                 is a short reason
     */
    static StoreException classify(Throwable failure, Path folder, String otherKey) {
        LOG.log(Level.WARNING, "Store failure in " + folder, failure);
        if (diskFilled(failure, folder)) {
            return new StoreException(failure, "storesafety.diskFull", folder);
        }
        if (isReadOnly(failure)) {
            return new StoreException(failure, "storesafety.readOnlyDisk", folder);
        }
        return new StoreException(failure, otherKey, reason(failure));
    }

    /** Whether {@code failure} says the disk is full, or {@code folder}'s disk has no room left now. */
    static boolean diskFilled(Throwable failure, Path folder) {
        return isDiskFull(failure) || !hasFreeSpace(folder);
    }

    static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full") || message.contains("quota")) {
                return true;
            }
        }
        return false;
    }

    static boolean isReadOnly(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("read-only file system") || message.contains("permission denied")) {
                return true;
            }
        }
        return false;
    }

    /** How the free space of a folder's disk is measured; tests that cannot mount a small disk replace it. */
    @FunctionalInterface
    interface FreeSpace {
        long usableBytes(Path folder) throws IOException;
    }

    private static final FreeSpace SYSTEM = folder -> Files.getFileStore(folder).getUsableSpace();
    private static volatile FreeSpace freeSpace = SYSTEM;

    /** For tests: measure free space with {@code probe} (null: the system's own measure again). */
    static void measureFreeSpaceWith(FreeSpace probe) {
        freeSpace = probe == null ? SYSTEM : probe;
    }

    /** Whether the disk of {@code folder} has room for the store to write (unknown counts as room). */
    static boolean hasFreeSpace(Path folder) {
        try {
            return freeSpace.usableBytes(folder) >= MIN_FREE_BYTES;
        } catch (IOException | RuntimeException unknown) {
            return true;
        }
    }

    /** The first line of the innermost message, cut short: enough to tell a technician, never a stack trace. */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String text = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        text = text.lines().findFirst().orElse("").strip();
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }

    private static volatile Duration slowDisk = Duration.ZERO;

    /**
     * Test hook behind {@link H2WorkbookStore#simulateSlowDisk}.
     */
    static void simulateSlowDisk(Duration pause) {
        slowDisk = pause == null ? Duration.ZERO : pause;
    }

    static void slowDiskPause() {
        Duration pause = slowDisk;
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
