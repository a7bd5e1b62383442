package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.api.ErrorCode;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.comparison.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.documents.DocumentEdits;

/**
 * The local store in an embedded H2 file ({@code workbook.mv.db} in the data folder).
 *
 * <p>One connection is held for the store's life; calls are serialised. Every mutating method runs in its own
 * transaction, commits, and then forces the data to the disk ({@code CHECKPOINT SYNC}) before it returns, so an edit
 * the user saw accepted survives a killed process and a power cut.
 *
 * <p>Opening first reads the schema version over a read-only connection, so that a store made by a newer release is
 * refused without a single byte of it being written. H2's file lock then keeps a second copy of the program out:
 * it gets a {@link StoreException} saying the data is in use.
 */
public final class H2WorkbookStore implements WorkbookStore {

    private static final Logger LOG = Logger.getLogger(H2WorkbookStore.class.getName());

    static final String DATABASE_NAME = "workbook";
    static final String USER = "cchc";
    static final String PASSWORD = "";

    private final Path databaseFile;
    private final Connection connection;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private H2WorkbookStore(Path databaseFile, Connection connection, Clock clock) {
        this.databaseFile = databaseFile;
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Opens (creating or migrating when needed) the store in {@code dataDir}.
     *
     * @throws StoreException when the folder cannot be used, another copy of the program has the store open, the
     *                        store was made by a newer release, or the file cannot be read
     */
    public static H2WorkbookStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    static H2WorkbookStore open(Path dataDir, Clock clock) {
        Path directory = DataDirectory.ensureExists(dataDir.toAbsolutePath().normalize());
        Path databaseFile = directory.resolve(DATABASE_NAME + ".mv.db");
        String url = url(directory);
        if (Files.exists(databaseFile)) {
            removeStaleLock(databaseFile, directory.resolve(DATABASE_NAME + ".lock.db"));
            refuseIfNewer(probeUrl(directory), databaseFile);
        }
        Connection connection = connect(url, databaseFile);
        try {
            StoreSchema.Inspection inspection = StoreSchema.inspect(connection);
            if (inspection.state() == StoreSchema.State.NEWER) {
                throw newer(inspection);
            }
            if (inspection.state() != StoreSchema.State.CURRENT) {
                StoreSchema.migrate(url, USER, PASSWORD);
            }
            connection.setAutoCommit(false);
            return new H2WorkbookStore(databaseFile, connection, clock);
        } catch (SQLException failed) {
            closeQuietly(connection);
            throw openFailed(failed, databaseFile);
        } catch (RuntimeException failed) {
            closeQuietly(connection);
            throw failed;
        }
    }

    /** The JDBC URL of the store in {@code directory}; FILE_LOCK=FILE (the default) is what keeps a second copy out. */
    static String url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve(DATABASE_NAME) + ";FILE_LOCK=FILE";
    }

    /** The read-only connection used to read the schema version before anything is written. */
    static String probeUrl(Path directory) {
        return "jdbc:h2:file:" + directory.resolve(DATABASE_NAME) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    }

    private static void refuseIfNewer(String readOnlyUrl, Path databaseFile) {
        StoreSchema.Inspection inspection;
        try (Connection probe = DriverManager.getConnection(readOnlyUrl, USER, PASSWORD)) {
            inspection = StoreSchema.inspect(probe);
        } catch (SQLException failed) {
            throw openFailed(failed, databaseFile);
        }
        if (inspection.state() == StoreSchema.State.NEWER) {
            throw newer(inspection);
        }
    }

    private static void removeStaleLock(Path databaseFile, Path lockFile) {
        try {
            if (StaleLockFile.removeIfStale(databaseFile, lockFile)) {
                LOG.info("Removed the lock file left by a program that ended without closing the store: " + lockFile);
            }
        } catch (IOException failed) {
            // H2 reports the lock file itself if it is still there.
            LOG.log(Level.WARNING, "Cannot check the lock file " + lockFile, failed);
        }
    }

    private static StoreException newer(StoreSchema.Inspection inspection) {
        return new StoreException("store.open.newerVersion", inspection.storedVersion(), StoreSchema.LATEST_VERSION);
    }

    private static Connection connect(String url, Path databaseFile) {
        try {
            return DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException failed) {
            throw openFailed(failed, databaseFile);
        }
    }

    private static StoreException openFailed(SQLException failed, Path databaseFile) {
        LOG.log(Level.WARNING, "Cannot open the store " + databaseFile, failed);
        if (isInUse(failed)) {
            return new StoreException(failed, "store.open.inUse", databaseFile);
        }
        return new StoreException(failed, "store.open.failed", databaseFile, failed.getMessage());
    }

    /** H2 reports a store held by another process as "database may be already in use" or "the file is locked". */
    private static boolean isInUse(SQLException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("already in use") || message.contains("file is locked"))) {
                return true;
            }
        }
        return false;
    }

    // ---- reading ----

    @Override
    public List<AssessmentSummary> listAssessments() {
        return read(AssessmentDao::list);
    }

    @Override
    public Optional<Assessment> loadAssessment(String assessmentId) {
        return read(c -> {
            Optional<AssessmentDao.Header> found = AssessmentDao.find(c, assessmentId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            AssessmentDao.Header header = found.get();
            CriteriaSet criteria = CriteriaTreeDao.load(c, header.treeId())
                    .orElseThrow(() -> new IllegalStateException("Assessment without criteria: " + assessmentId));
            List<Department> departments = DepartmentDao.load(c, assessmentId);
            Map<String, Entry> entries = EntryDao.load(c, assessmentId);
            return Optional.of(new Assessment(header.id(), header.unit(), header.period(), header.year(), criteria,
                    departments, entries, header.locked(), header.rankText(),
                    EarlierPeriodDao.load(c, assessmentId).orElse(null), DocumentEditDao.load(c, assessmentId)));
        });
    }

    @Override
    public boolean containsAssessment(String assessmentId) {
        return read(c -> AssessmentDao.exists(c, assessmentId));
    }

    @Override
    public List<EntryEdit> history(String assessmentId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return read(c -> EntryEditDao.newest(c, assessmentId, limit));
    }

    @Override
    public Optional<Path> savedFile(String assessmentId) {
        return read(c -> SavedFileDao.find(c, assessmentId).map(SavedFileDao.SavedFile::file));
    }

    @Override
    public boolean hasUnsavedChanges(String assessmentId) {
        return read(c -> {
            Optional<Long> changeCount = AssessmentDao.changeCount(c, assessmentId);
            if (changeCount.isEmpty()) {
                throw notFound(assessmentId);
            }
            Optional<SavedFileDao.SavedFile> saved = SavedFileDao.find(c, assessmentId);
            return saved.isEmpty() || saved.get().changeCountAtSave() != changeCount.get();
        });
    }

    @Override
    public List<CriteriaSet> listCriteriaSets() {
        return read(CriteriaSetDao::list);
    }

    @Override
    public Optional<CriteriaSet> loadCriteriaSet(String criteriaSetId) {
        return read(c -> CriteriaSetDao.load(c, criteriaSetId));
    }

    // ---- writing: one transaction each ----

    @Override
    public void createAssessment(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        write(c -> {
            if (AssessmentDao.exists(c, assessment.id())) {
                throw new StoreException("store.assessment.exists", assessment.unit().name(), assessment.id());
            }
            insertAssessment(c, assessment, now());
        });
    }

    @Override
    public void replaceAssessment(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        write(c -> {
            Optional<Long> changeCount = AssessmentDao.changeCount(c, assessment.id());
            Optional<SavedFileDao.SavedFile> saved = SavedFileDao.find(c, assessment.id());
            if (!AssessmentDao.delete(c, assessment.id())) {
                throw notFound(assessment.id());
            }
            Instant now = now();
            insertAssessment(c, assessment, now);
            // The replacement is a change like any other; the file record survives it.
            Sql.update(c, "UPDATE assessment SET change_count = ? WHERE id = ?",
                    changeCount.orElse(0L) + 1, assessment.id());
            if (saved.isPresent()) {
                Sql.update(c, """
                        INSERT INTO saved_file (assessment_id, file_path, saved_at, change_count_at_save)
                        VALUES (?, ?, ?, ?)""", assessment.id(), saved.get().file().toString(),
                        saved.get().savedAt(), saved.get().changeCountAtSave());
            }
        });
    }

    private static void insertAssessment(Connection c, Assessment assessment, Instant now) throws SQLException {
        long treeId = CriteriaTreeDao.insert(c, assessment.criteria());
        AssessmentDao.insert(c, assessment, treeId, now);
        DepartmentDao.replace(c, assessment.id(), assessment.departments());
        EntryDao.insertAll(c, assessment.id(), assessment.entries());
        EarlierPeriodDao.replace(c, assessment.id(), assessment.earlierPeriod());
        DocumentEditDao.replace(c, assessment.id(), assessment.documents());
    }

    @Override
    public void deleteAssessment(String assessmentId) {
        write(c -> {
            if (!AssessmentDao.delete(c, assessmentId)) {
                throw notFound(assessmentId);
            }
        });
    }

    @Override
    public void saveEntry(String assessmentId, Entry before, Entry after) {
        Objects.requireNonNull(after, "after");
        Entry old = before != null ? before : Entry.empty(after.code());
        if (!old.code().equals(after.code())) {
            throw new IllegalArgumentException("An edit must keep the code: " + old.code() + " → " + after.code());
        }
        write(c -> {
            Instant now = now();
            touch(c, assessmentId, now);
            EntryDao.write(c, assessmentId, after);
            EntryEditDao.insert(c, assessmentId, now, old, after);
        });
    }

    @Override
    public void saveDepartments(String assessmentId, List<Department> departments) {
        List<Department> copy = List.copyOf(departments);
        write(c -> {
            touch(c, assessmentId, now());
            DepartmentDao.replace(c, assessmentId, copy);
        });
    }

    @Override
    public void saveDescription(String assessmentId, AssessedUnit unit, Period period, int year) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        write(c -> {
            touch(c, assessmentId, now());
            AssessmentDao.updateDescription(c, assessmentId, unit, period, year);
        });
    }

    @Override
    public void saveRankText(String assessmentId, String rankText) {
        String text = rankText == null ? "" : rankText.strip();
        write(c -> {
            touch(c, assessmentId, now());
            AssessmentDao.updateRankText(c, assessmentId, text);
        });
    }

    @Override
    public void saveEarlierPeriod(String assessmentId, EarlierPeriod earlierPeriod) {
        write(c -> {
            touch(c, assessmentId, now());
            EarlierPeriodDao.replace(c, assessmentId, earlierPeriod);
        });
    }

    @Override
    public void saveDocuments(String assessmentId, DocumentEdits documents) {
        Objects.requireNonNull(documents, "documents");
        write(c -> {
            touch(c, assessmentId, now());
            DocumentEditDao.replace(c, assessmentId, documents);
        });
    }

    @Override
    public void saveLocked(String assessmentId, boolean locked) {
        write(c -> {
            touch(c, assessmentId, now());
            AssessmentDao.updateLocked(c, assessmentId, locked);
        });
    }

    @Override
    public void markSavedToFile(String assessmentId, Path file, Instant savedAt) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(savedAt, "savedAt");
        write(c -> {
            if (!SavedFileDao.record(c, assessmentId, file, savedAt)) {
                throw notFound(assessmentId);
            }
        });
    }

    @Override
    public void saveCriteriaSet(CriteriaSet set) {
        Objects.requireNonNull(set, "set");
        write(c -> {
            Optional<CriteriaSet> stored = CriteriaSetDao.load(c, set.id());
            if (stored.isPresent() && stored.get().equals(set)) {
                return;
            }
            if (stored.isPresent() && AssessmentDao.anyStartedFrom(c, set.id())) {
                throw new StoreException("store.criteriaSet.inUse", set.name(), set.id());
            }
            CriteriaSetDao.save(c, set, now());
        });
    }

    private static void touch(Connection c, String assessmentId, Instant now) throws SQLException {
        if (!AssessmentDao.touch(c, assessmentId, now)) {
            throw notFound(assessmentId);
        }
    }

    private static StoreException notFound(String assessmentId) {
        return new StoreException("store.assessment.notFound", assessmentId);
    }

    private Instant now() {
        return clock.instant();
    }

    // ---- the store ----

    @Override
    public Path databaseFile() {
        return databaseFile;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException failed) {
            LOG.log(Level.WARNING, "Closing the store failed", failed);
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface Change {
        void run(Connection connection) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException failed) {
                rollbackQuietly();
                throw failure(failed, "store.read.failed");
            } catch (RuntimeException failed) {
                rollbackQuietly();
                throw failed;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code change} in its own transaction, commits, and forces it to the disk before returning. */
    private void write(Change change) {
        lock.lock();
        try {
            requireOpen();
            try {
                change.run(connection);
                connection.commit();
            } catch (SQLException failed) {
                rollbackQuietly();
                throw failure(failed, "store.write.failed");
            } catch (RuntimeException failed) {
                rollbackQuietly();
                throw failed;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            } catch (SQLException failed) {
                throw failure(failed, "store.write.failed");
            }
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("store.closed");
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException failed) {
            LOG.log(Level.WARNING, "Rollback failed", failed);
        }
    }

    private StoreException failure(SQLException failed, String key) {
        LOG.log(Level.WARNING, "Store operation failed on " + databaseFile, failed);
        return new StoreException(failed, key, failed.getMessage());
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException failed) {
            LOG.log(Level.FINE, "Closing after a failed open", failed);
        }
    }
}
