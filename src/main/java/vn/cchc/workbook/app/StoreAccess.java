package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the window reaches the local store without knowing it is H2: where the data folder is, opening the store, and
 * the recovery of a damaged one from its rolling backups. The store package implements it
 * ({@code store.H2StoreAccess}) and the composition root ({@code Main}) hands that implementation to the window, so
 * the user interface depends on this layer only (decision "the UI reaches the store only through the application
 * layer", see docs/architecture.md).
 */
public interface StoreAccess {

    /**
     * The per-user data folder (created when missing); the system property {@code cchc.dataDir} points tests and
     * benchmarks elsewhere.
     *
     * @throws StoreException when the folder cannot be created or written
     */
    Path defaultDataDirectory();

    /**
     * Opens (creating, checking, backing up and migrating as needed) the store in {@code dataDirectory}.
     *
     * @throws StoreDamagedException when the store cannot be trusted (offer {@link #backups} and {@link #restore})
     * @throws StoreException        for any other reason the user can act on (in use, newer, disk)
     */
    WorkbookStore open(Path dataDirectory);

    /** The verified backups of the store in {@code dataDirectory}, newest first. */
    List<Backup> backups(Path dataDirectory);

    /**
     * Puts backup {@code backupName} in place of the store (which must be closed); the store it replaces is kept
     * aside.
     *
     * @throws StoreException when there is no such backup, it is not sound, or another copy has the store open
     */
    Restored restore(Path dataDirectory, String backupName);

    /**
     * Sets the damaged store aside (the store must be closed) so that the next opening begins with an empty one.
     *
     * @return where the old store was kept, when there was one
     */
    Optional<Path> startEmpty(Path dataDirectory);

    /**
     * One rolling backup.
     *
     * @param name        its file name (what {@link #restore} takes)
     * @param createdAt   when it was made
     * @param assessments the workbooks in it
     */
    record Backup(String name, Instant createdAt, long assessments) {
    }

    /**
     * A restore done: the backup put in place, and where the store it replaced was kept (empty when there was none).
     */
    record Restored(Backup backup, Optional<Path> setAside) {
    }
}
