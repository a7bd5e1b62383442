package vn.cchc.workbook.store;

import java.nio.file.Path;

import vn.cchc.workbook.app.WorkbookStore;

/**
 * The files of the local store in its data folder. Only the store package names them; the help texts get the
 * database file through {@link WorkbookStore#databaseFile()}.
 *
 * @param folder the data folder, absolute and normalised
 */
record StoreFiles(Path folder) {

    /** The H2 database name: H2 adds {@code .mv.db}. */
    static final String DATABASE_NAME = "workbook";
    /** The name a new store is built under before it is moved into place (see {@link StoreCreation}). */
    static final String NEW_DATABASE_NAME = "workbook-new";
    /** The name an older store is upgraded under before it is moved into place (see {@link StoreMigration}). */
    static final String MIGRATING_DATABASE_NAME = "workbook-migrating";
    /** The name a restored backup is unpacked under before it is moved into place. */
    static final String RESTORED_DATABASE_NAME = "workbook-restored";
    static final String H2_SUFFIX = ".mv.db";

    static StoreFiles in(Path folder) {
        return new StoreFiles(folder.toAbsolutePath().normalize());
    }

    /** {@code workbook.mv.db}: everything the officer keeps. */
    Path database() {
        return database(DATABASE_NAME);
    }

    Path database(String name) {
        return folder.resolve(name + H2_SUFFIX);
    }

    /** {@code workbook.lock.db}: H2's own lock file, left by releases before 2026-12 (they used FILE_LOCK=FILE). */
    Path h2LockFile() {
        return folder.resolve(DATABASE_NAME + ".lock.db");
    }

    /** {@code workbook.lock}: the operating-system lock held by the one copy of the program that uses the store. */
    Path lockFile() {
        return folder.resolve(DATABASE_NAME + ".lock");
    }

    /** {@code workbook.state}: the side record of what the store held after its last change (see StoreState). */
    Path stateFile() {
        return folder.resolve(DATABASE_NAME + ".state");
    }

    /** {@code backups/}: the rolling backups. */
    Path backups() {
        return folder.resolve("backups");
    }

    /** {@code damaged/}: stores set aside by a restore, kept for a technician. */
    Path damaged() {
        return folder.resolve("damaged");
    }
}
