package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.app.StoreException;

/**
 * The one copy of the program that may use a store: an operating-system lock on {@code workbook.lock}, taken before
 * any other file of the store is looked at and held until the store is closed. The system releases it when the
 * process dies, so a killed program never leaves the store locked.
 *
 * <p>Why a file of its own, and not H2's locks: on Linux and macOS the locks Java takes are POSIX record locks,
 * which belong to the process and are all dropped when the process closes <em>any</em> descriptor of the locked
 * file. H2's lock on {@code workbook.mv.db} is therefore silently lost as soon as the same process opens and closes
 * that file once more (a read-only probe, a stale-lock check, a copy), and H2's {@code .lock.db} file protocol
 * could be defeated by the program deleting that file as "stale" while another copy was between its two steps.
 * Nothing but this class ever opens {@code workbook.lock}, so its lock cannot be dropped that way. The file is never
 * deleted: a deleted lock file lets a third copy lock a new file while a second still holds the old one.
 *
 * <p>A writer holds the lock exclusively; a store opened read-only (a read-only folder) holds it shared, so it is
 * still kept out while another copy writes.
 */
final class StoreLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoreLock.class.getName());

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock for writing.
     *
     * @throws StoreException {@code store.open.inUse} when another copy of the program holds the store
     * @throws IOException    when the lock file cannot be created or opened (a read-only folder)
     */
    static StoreLock forWriting(StoreFiles files) throws IOException {
        FileChannel channel = FileChannel.open(files.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return take(channel, false, files);
    }

    /**
     * Takes the lock shared, for a store that can only be read. Where the lock file does not exist and cannot be
     * made (a read-only folder nobody has written in), there is nothing to share and no copy can write either.
     */
    static StoreLock forReading(StoreFiles files) throws IOException {
        if (!Files.exists(files.lockFile())) {
            return new StoreLock(null, null);
        }
        FileChannel channel = FileChannel.open(files.lockFile(), StandardOpenOption.READ);
        return take(channel, true, files);
    }

    private static StoreLock take(FileChannel channel, boolean shared, StoreFiles files) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
        if (lock == null) {
            channel.close();
            throw new StoreException("store.open.inUse", files.database());
        }
        return new StoreLock(channel, lock);
    }

    /** Whether this copy holds the store alone (it may write). */
    boolean isExclusive() {
        return lock != null && !lock.isShared();
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Releasing the store lock", e);
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the store lock file", e);
        }
    }
}
