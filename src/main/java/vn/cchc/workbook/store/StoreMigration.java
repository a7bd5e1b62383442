package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.StoreException;

/**
 * Upgrades an older store all at once: the store is copied to {@code workbook-migrating.mv.db}, the copy is migrated,
 * shut down and forced to the disk, and only then moved over {@code workbook.mv.db}. H2 commits each schema change
 * as it runs, so a store migrated in place and killed half-way kept some changes without their rows in the schema
 * history: the next start could not finish the upgrade and called it damaged, and the backup taken at that start
 * was of the half-upgraded store. Now a program killed at any moment leaves the old store whole (the next start
 * removes the half-migrated copy and begins again) or the upgraded one. The caller holds the {@link StoreLock} and
 * has backed the store up.
 */
final class StoreMigration {

    private StoreMigration() {
    }

    /**
     * Migrates the closed store in {@code files} to the latest schema.
     *
     * @throws StoreDamagedException when the checked store cannot be upgraded: it does not hold what its schema
     *                               history says (rows lost from the history, tables already there); it is left as
     *                               it was
     * @throws StoreException        when the disk is full or the copy cannot be written; the store is left as it was
     */
    static void migrate(StoreFiles files) {
        removeHalfMigrated(files);
        try {
            Files.copy(files.database(), files.database(StoreFiles.MIGRATING_DATABASE_NAME));
            migrateIntoPlace(files, StoreFiles.MIGRATING_DATABASE_NAME, H2Connections.Mode.WRITE,
                    StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (StoreException upgradeFailed) {
            boolean full = StoreFailures.diskFilled(upgradeFailed, files.folder());
            removeHalfMigrated(files);
            if (full) {
                throw diskFull(files, upgradeFailed);
            }
            throw new StoreDamagedException(files.folder(), "storesafety.damaged.history");
        } catch (SQLException | IOException failed) {
            // Measured before the half-migrated copy is removed: it is what filled the disk.
            boolean full = StoreFailures.diskFilled(failed, files.folder());
            removeHalfMigrated(files);
            if (full) {
                throw diskFull(files, failed);
            }
            throw StoreFailures.classify(failed, files.folder(), "storesafety.migration.failed");
        }
    }

    /**
     * The disk filled up while the store was backed up or upgraded, at start: said as such, not as a change not
     * saved (the store's message for a full disk while working), and the store is as it was.
     */
    static StoreException diskFull(StoreFiles files, Throwable cause) {
        return new StoreException(cause, "storesafety.migration.diskFull", files.folder());
    }

    /**
     * Migrates the database {@code name} of the data folder (opened in {@code mode}) to the latest schema, shuts it
     * down, forces it to the disk and moves it to {@code workbook.mv.db} with {@code move} (atomic), then forces the
     * folder: what a new store ({@link StoreCreation}) and an upgrade both end with.
     */
    static void migrateIntoPlace(StoreFiles files, String name, H2Connections.Mode mode, CopyOption... move)
            throws SQLException, IOException {
        try (Connection keeper = H2Connections.open(files.folder(), name, mode)) {
            StoreSchema.migrate(H2Connections.dataSource(files.folder(), name, H2Connections.Mode.WRITE));
            try (Statement statement = keeper.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        Path built = files.database(name);
        StoreBackups.force(built);
        // H2 may end a migration on a full disk without an error (it logs to its trace file): the database is read
        // back in full before it takes the store's place.
        try (Connection check = H2Connections.open(files.folder(), name, H2Connections.Mode.READ)) {
            StoreCheck.Result result = StoreCheck.run(check, Optional.empty());
            if (result.verdict() != StoreCheck.Verdict.SOUND) {
                throw new IOException("The migrated database " + built + " is not sound: " + result.verdict() + " "
                        + result.reasonKey());
            }
        }
        Files.move(built, files.database(), move);
        StoreBackups.forceFolder(files.folder());
    }

    /** The files a killed or failed upgrade left behind. */
    static void removeHalfMigrated(StoreFiles files) {
        StoreCreation.removeDatabase(files, StoreFiles.MIGRATING_DATABASE_NAME);
    }
}
