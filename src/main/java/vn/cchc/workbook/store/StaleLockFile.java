package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * H2's {@code workbook.lock.db} outlives a killed process. H2 takes over such a file when it opens the database for
 * writing, but refuses it when opening read-only, which the store does first to read the schema version untouched.
 *
 * <p>Whether the lock file is stale is decided by the operating system's lock on {@code workbook.mv.db}: H2 holds it
 * exclusively while the database is open and the system drops it when the process dies. A shared lock that can be
 * taken therefore means nobody has the store open, and the lock file can go.
 */
final class StaleLockFile {

    private StaleLockFile() {
    }

    /** Deletes {@code lockFile} when no process holds {@code databaseFile}; true when it was deleted. */
    static boolean removeIfStale(Path databaseFile, Path lockFile) throws IOException {
        if (!Files.exists(lockFile) || !Files.exists(databaseFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ);
             FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true)) {
            if (lock == null) {
                return false;
            }
            // Held while deleting, so no other copy can open the store for writing in between.
            return Files.deleteIfExists(lockFile);
        } catch (OverlappingFileLockException heldInThisProcess) {
            return false;
        }
    }
}
