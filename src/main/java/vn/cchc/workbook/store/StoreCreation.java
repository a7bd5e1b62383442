package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;

/**
 * Makes a new store all at once: the schema is built in {@code workbook-new.mv.db}, the database is shut down and
 * forced to the disk, and only then is the file renamed to {@code workbook.mv.db}. A program killed at any moment
 * leaves either no store (the next start removes the half-built file and begins again) or a complete one, never a
 * file that exists without its schema. The caller holds the {@link StoreLock}.
 */
final class StoreCreation {

    private StoreCreation() {
    }

    static void create(StoreFiles files) {
        removeHalfBuilt(files);
        try {
            StoreMigration.migrateIntoPlace(files, StoreFiles.NEW_DATABASE_NAME, H2Connections.Mode.CREATE,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException failed) {
            removeHalfBuilt(files);
            throw StoreFailures.classify(failed, files.folder(), "storesafety.create.failed");
        }
    }

    /** The files a killed creation left behind. */
    static void removeHalfBuilt(StoreFiles files) {
        removeDatabase(files, StoreFiles.NEW_DATABASE_NAME);
    }

    /** Removes the database {@code name} of the data folder with H2's trace and lock files: a scratch database. */
    static void removeDatabase(StoreFiles files, String name) {
        for (String suffix : new String[] {StoreFiles.H2_SUFFIX, ".trace.db", ".lock.db"}) {
            try {
                Files.deleteIfExists(files.folder().resolve(name + suffix));
            } catch (IOException e) {
                throw StoreFailures.classify(e, files.folder(), "storesafety.create.failed");
            }
        }
    }
}
