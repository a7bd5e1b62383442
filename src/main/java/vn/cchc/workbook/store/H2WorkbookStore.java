package vn.cchc.workbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.api.ErrorCode;

import vn.cchc.workbook.app.EvidenceFolder;
import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The local store in an embedded H2 file ({@code workbook.mv.db} in the data folder).
 *
 * <p>One connection is held for the store's life; calls are serialised. Every mutating method runs in its own
 * transaction, commits, and then forces the data to the disk ({@code CHECKPOINT SYNC}) before it returns, so an edit
 * the user saw accepted survives a killed process and a power cut.
 *
 * <p>Opening, in order: the {@link StoreLock} keeps every other copy of the program out before any file is looked
 * at; a missing store is built under a temporary name and moved into place ({@link StoreCreation}); the store is
 * looked at on a read-only connection, then checked in full ({@link StoreCheck}: history, every row and index, every
 * workbook, its counts, the side file) on the writing connection before anything is written, and refused as
 * damaged on any doubt; an older store is backed up and only then migrated; a store on a
 * read-only or full disk opens read-only. A store that cannot be trusted is reported with
 * {@link StoreDamagedException}, and {@link StoreRecovery} restores a backup.
 *
 * <p>A write that fails (a full disk) leaves the connection to be reopened: the next change tries again, and
 * succeeds once there is room, without a restart. Backups ({@link StoreBackups}) are made at every close after a
 * change and at most every {@link #BACKUP_INTERVAL} while editing.
 */
public final class H2WorkbookStore implements WorkbookStore {

    private static final Logger LOG = Logger.getLogger(H2WorkbookStore.class.getName());

    /** The longest time changes go without a backup while the store is open. */
    static final Duration BACKUP_INTERVAL = Duration.ofMinutes(10);
    /** How long the program, being ended from outside, waits for a write in progress before it lets it go. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(15);

    /** Why a store was opened read-only. */
    private enum ReadOnly {
        NO(""),
        FOLDER("storesafety.readOnly.folder"),
        FILE("storesafety.readOnly.file"),
        DISK_FULL("storesafety.readOnly.diskFull");

        private final String key;

        ReadOnly(String key) {
            this.key = key;
        }
    }

    private final StoreFiles files;
    private final StoreLock storeLock;
    private final Clock clock;
    private final ZoneId zone;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    /** Volatile: read without the lock, so that the window's status never waits for a write in progress. */
    private volatile ReadOnly readOnly;
    /** The workbooks the opening check read, until they are taken or anything is written (guarded by the lock). */
    private Map<String, Assessment> checked;
    private final AtomicLong reads = new AtomicLong();
    /** The connection failed while writing and must be reopened before the next use. */
    private boolean broken;
    /** A reopened store turned out behind what it had acknowledged: no more writing. */
    private StoreDamagedException damaged;
    private StoreState acknowledged;
    private long changesSinceBackup;
    private Instant lastBackup;
    private boolean backupPending;
    private boolean closed;
    /**
     * Closes the store when the system ends the program (log-off, shutdown, {@code kill}): the store's own closing,
     * under its lock, after the write in progress, with the backup a close makes, and never reopened after. H2's own
     * closing at exit is switched off ({@code DB_CLOSE_ON_EXIT=FALSE}, {@link H2Connections}): it closed the
     * database under a write in progress, which then failed with "Database is already closed", and the store's
     * reopening after a failed write could open it again while the program was ending.
     */
    private final Thread closeAtExit = new Thread(this::closeAtExit, "cchc-store-close-at-exit");

    private H2WorkbookStore(StoreFiles files, StoreLock storeLock, Connection connection, ReadOnly readOnly,
                            StoreState acknowledged, Clock clock, Map<String, Assessment> checked) {
        this.checked = checked.isEmpty() ? null : checked;
        this.reads.set(checked.size());
        this.files = files;
        this.storeLock = storeLock;
        this.connection = connection;
        this.readOnly = readOnly;
        this.acknowledged = acknowledged;
        this.clock = clock;
        this.zone = ZoneId.systemDefault();
        List<StoreBackups.Backup> backups = StoreBackups.list(files);
        this.lastBackup = backups.isEmpty() ? Instant.EPOCH : backups.get(0).createdAt();
        try {
            Runtime.getRuntime().addShutdownHook(closeAtExit);
        } catch (IllegalStateException shuttingDown) {
            // Opened while the program ends: it is closed by whoever opened it, or left as a killed program leaves it.
            LOG.fine("Store opened during shutdown: no closing hook");
        }
    }

    /**
     * Opens (creating or migrating when needed) the store in {@code dataDir}.
     *
     * @throws StoreDamagedException when the store cannot be trusted; nothing was written, recovery is offered
     * @throws StoreException        when the folder cannot be used, another copy of the program has the store open,
     *                               or the store was made by a newer release
     */
    public static H2WorkbookStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    static H2WorkbookStore open(Path dataDir, Clock clock) {
        StoreFiles files = StoreFiles.in(dataDir);
        if (Files.isDirectory(files.folder()) && !Files.isWritable(files.folder())
                && Files.exists(files.database())) {
            return openReadOnly(files, ReadOnly.FOLDER, clock);
        }
        DataDirectory.ensureExists(files.folder());
        StoreLock storeLock;
        try {
            storeLock = StoreLock.forWriting(files);
        } catch (IOException failed) {
            if (Files.exists(files.database())) {
                LOG.log(Level.WARNING, "Lock file not writable; opening read-only", failed);
                return openReadOnly(files, StoreFailures.isDiskFull(failed) ? ReadOnly.DISK_FULL : ReadOnly.FOLDER,
                        clock);
            }
            throw StoreFailures.classify(failed, files.folder(), "storesafety.create.failed");
        }
        try {
            return openLocked(files, storeLock, clock);
        } catch (RuntimeException failed) {
            storeLock.close();
            throw failed;
        }
    }

    private static H2WorkbookStore openLocked(StoreFiles files, StoreLock storeLock, Clock clock) {
        StoreCreation.removeHalfBuilt(files);
        StoreMigration.removeHalfMigrated(files);
        StoreBackups.removeLeftovers(files);
        removeOldLockFile(files);
        Optional<StoreState> recorded = StoreState.read(files.stateFile());
        if (!Files.exists(files.database())) {
            if (recorded.isPresent() && recorded.get().changes() > 0) {
                throw new StoreDamagedException(files.folder(), "storesafety.damaged.missing",
                        recorded.get().assessments());
            }
            StoreCreation.create(files);
        }
        if (!Files.isWritable(files.database())) {
            return readOnlyStore(files, storeLock, ReadOnly.FILE, recorded, clock);
        }
        // A first look that writes nothing; an older store is read in full before it is backed up and migrated.
        StoreCheck.Result check = check(files, recorded, false);
        if (check.verdict() == StoreCheck.Verdict.OLDER) {
            check = check(files, recorded, true);
        }
        if (check.verdict() == StoreCheck.Verdict.OLDER) {
            if (!StoreFailures.hasFreeSpace(files.folder())) {
                throw new StoreException("storesafety.migration.diskFull", files.folder());
            }
            migrate(files, check, clock);
            check = check(files, recorded, false);
        }
        if (check.verdict() != StoreCheck.Verdict.SOUND) {
            throw check.toException(files);
        }
        if (!StoreFailures.hasFreeSpace(files.folder())) {
            return readOnlyStore(files, storeLock, ReadOnly.DISK_FULL, recorded, clock);
        }
        Connection connection = connect(files, H2Connections.Mode.WRITE);
        StoreCheck.Result full;
        try {
            connection.setAutoCommit(false);
            // Read everything through the connection that will write: H2 may settle on another state of a damaged
            // file when it opens it for writing than when it opens it read-only. Nothing has been written yet.
            full = StoreCheck.run(connection, recorded);
            connection.rollback();
        } catch (SQLException failed) {
            shutDownUnwritten(connection);
            throw StoreFailures.classify(failed, files.folder(), "storesafety.open.failed");
        }
        if (full.verdict() != StoreCheck.Verdict.SOUND) {
            shutDownUnwritten(connection);
            throw full.toException(files);
        }
        StoreState state = full.state().orElseThrow();
        if (recorded.isEmpty() || !recorded.get().equals(state)) {
            writeSideFile(files, state);
        }
        return new H2WorkbookStore(files, storeLock, connection, ReadOnly.NO, state, clock, full.assessments());
    }

    /** Checks the store in full on a read-only connection; NEWER is refused here. */
    private static StoreCheck.Result check(StoreFiles files, Optional<StoreState> recorded) {
        return check(files, recorded, true);
    }

    /** Checks the store on a read-only connection ({@code readEverything}: in full); NEWER is refused here. */
    private static StoreCheck.Result check(StoreFiles files, Optional<StoreState> recorded, boolean readEverything) {
        StoreCheck.Result result;
        try (Connection probe = H2Connections.open(files.folder(), StoreFiles.DATABASE_NAME,
                H2Connections.Mode.READ)) {
            result = StoreCheck.run(probe, recorded, readEverything);
        } catch (SQLException unopenable) {
            LOG.log(Level.WARNING, "The store does not open", unopenable);
            if (StoreFailures.isDiskFull(unopenable)) {
                throw StoreFailures.classify(unopenable, files.folder(), "storesafety.open.failed");
            }
            result = StoreCheck.Result.unopenable(files.database());
        }
        if (result.verdict() == StoreCheck.Verdict.NEWER) {
            throw new StoreException("store.open.newerVersion", result.storedVersion(), StoreSchema.LATEST_VERSION);
        }
        if (result.verdict() == StoreCheck.Verdict.DAMAGED) {
            throw result.toException(files);
        }
        return result;
    }

    /** Backs up the checked, closed store, then migrates it; no backup, no migration. */
    private static void migrate(StoreFiles files, StoreCheck.Result check, Clock clock) {
        long assessments = check.state().orElseThrow().assessments();
        try {
            StoreBackups.ofClosedStore(files, assessments, clock.instant(), ZoneId.systemDefault());
        } catch (IOException failed) {
            if (StoreFailures.diskFilled(failed, files.folder())) {
                throw StoreMigration.diskFull(files, failed);
            }
            throw StoreFailures.classify(failed, files.folder(), "storesafety.migration.noBackup");
        }
        // A failed upgrade leaves the store as it was; the backup made just above holds it and is what the
        // recovery offers.
        StoreMigration.migrate(files);
    }

    private static H2WorkbookStore openReadOnly(StoreFiles files, ReadOnly why, Clock clock) {
        StoreLock storeLock;
        try {
            storeLock = StoreLock.forReading(files);
        } catch (IOException failed) {
            throw StoreFailures.classify(failed, files.folder(), "storesafety.open.failed");
        }
        try {
            return readOnlyStore(files, storeLock, why, StoreState.read(files.stateFile()), clock);
        } catch (RuntimeException failed) {
            storeLock.close();
            throw failed;
        }
    }

    private static H2WorkbookStore readOnlyStore(StoreFiles files, StoreLock storeLock, ReadOnly why,
                                                 Optional<StoreState> recorded, Clock clock) {
        StoreCheck.Result check = check(files, recorded);
        if (check.verdict() == StoreCheck.Verdict.OLDER) {
            throw new StoreException("storesafety.readOnly.needsMigration", files.database());
        }
        Connection connection = connect(files, H2Connections.Mode.READ);
        LOG.warning("Store opened read-only (" + why + "): " + files.database());
        return new H2WorkbookStore(files, storeLock, connection, why, check.state().orElseThrow(), clock,
                check.assessments());
    }

    private static Connection connect(StoreFiles files, H2Connections.Mode mode) {
        try {
            return H2Connections.open(files.folder(), StoreFiles.DATABASE_NAME, mode);
        } catch (SQLException failed) {
            throw StoreFailures.classify(failed, files.folder(), "storesafety.open.failed");
        }
    }

    /** H2's lock file of releases that used FILE_LOCK=FILE: stale by definition while the StoreLock is held. */
    private static void removeOldLockFile(StoreFiles files) {
        try {
            Files.deleteIfExists(files.h2LockFile());
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Cannot remove " + files.h2LockFile(), failed);
        }
    }

    private static void writeSideFile(StoreFiles files, StoreState state) {
        try {
            state.write(files.stateFile());
        } catch (RuntimeException failed) {
            // The store is ahead of its side file, which the next start accepts.
            LOG.log(Level.WARNING, "Side file not written: " + files.stateFile(), failed);
        }
    }

    // ---- reading ----

    @Override
    public List<AssessmentSummary> listAssessments() {
        return read(AssessmentDao::list);
    }

    @Override
    public Optional<Assessment> loadAssessment(String assessmentId) {
        reads.incrementAndGet();
        return read(c -> AssessmentReader.load(c, assessmentId));
    }

    /**
     * {@inheritDoc} The opening check reads every workbook to make sure the store can be trusted; the start screen
     * lists them from that reading instead of reading each one again.
     */
    @Override
    public Map<String, Assessment> takeCheckedAssessments() {
        lock.lock();
        try {
            Map<String, Assessment> taken = checked == null ? Map.of() : checked;
            checked = null;
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many workbooks this store has read from its tables since it was opened: the ones its opening check read,
     * and every {@link #loadAssessment} since (for the test that start-up reads each workbook once).
     */
    public long assessmentReads() {
        return reads.get();
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
            // Never written to a file: unsaved once anything changed after its creation (the sample opened, or a
            // new workbook closed untouched, has nothing a file would keep that the store does not).
            return saved.isEmpty() ? changeCount.get() > AssessmentDao.CHANGES_AT_CREATION
                    : saved.get().changeCountAtSave() != changeCount.get();
        });
    }

    @Override
    public java.util.Set<String> citedEvidenceFiles() {
        return read(EvidenceCitationDao::all);
    }

    @Override
    public EvidenceFolder evidenceFolder() {
        return EvidenceFolder.in(files.folder());
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
        write(c -> replace(c, assessment));
    }

    @Override
    public void replaceAssessment(Assessment assessment, String roundLabel, byte[] earlierCopy) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(roundLabel, "roundLabel");
        Objects.requireNonNull(earlierCopy, "earlierCopy");
        if (earlierCopy.length == 0 || earlierCopy.length > EarlierRoundDao.MAX_BYTES) {
            throw new StoreException("exchange.store.roundTooLarge", (earlierCopy.length + 1023) / 1024,
                    EarlierRoundDao.MAX_BYTES / (1024 * 1024));
        }
        String label = roundLabel.length() > vn.cchc.workbook.domain.Limits.NAME_LENGTH
                ? roundLabel.substring(0, vn.cchc.workbook.domain.Limits.NAME_LENGTH) : roundLabel;
        write(c -> {
            EarlierRoundDao.insert(c, assessment.id(), now(), label, earlierCopy);
            replace(c, assessment);
        });
    }

    @Override
    public List<EarlierRound> earlierRounds(String assessmentId) {
        return read(c -> EarlierRoundDao.list(c, assessmentId));
    }

    @Override
    public Optional<byte[]> earlierRoundData(long roundId) {
        return read(c -> EarlierRoundDao.data(c, roundId));
    }

    private void replace(Connection c, Assessment assessment) throws SQLException {
        Optional<Long> changeCount = AssessmentDao.changeCount(c, assessment.id());
        Optional<SavedFileDao.SavedFile> saved = SavedFileDao.find(c, assessment.id());
        // The history survives the replacement, and gains the replacement's own changes, so that the copy
        // before a round (the version this program sent) can still be looked at and restored.
        List<EntryEdit> history = EntryEditDao.newest(c, assessment.id(), Integer.MAX_VALUE);
        Map<String, Entry> before = EntryDao.load(c, assessment.id());
        if (!AssessmentDao.delete(c, assessment.id())) {
            throw notFound(assessment.id());
        }
        Instant now = now();
        insertAssessment(c, assessment, now);
        for (int i = history.size() - 1; i >= 0; i--) {
            EntryEdit edit = history.get(i);
            EntryEditDao.insert(c, assessment.id(), edit.at(), edit.before(), edit.after());
        }
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(before.keySet());
        codes.addAll(assessment.entries().keySet());
        for (String code : codes) {
            Entry old = before.getOrDefault(code, Entry.empty(code));
            Entry replacement = assessment.entry(code);
            if (!old.equals(replacement)) {
                EntryEditDao.insert(c, assessment.id(), now, old, replacement);
            }
        }
        // The replacement is a change like any other; the file record survives it.
        Sql.update(c, "UPDATE assessment SET change_count = ? WHERE id = ?",
                changeCount.orElse(0L) + 1, assessment.id());
        if (saved.isPresent()) {
            Sql.update(c, """
                    INSERT INTO saved_file (assessment_id, file_path, saved_at, change_count_at_save)
                    VALUES (?, ?, ?, ?)""", assessment.id(), saved.get().file().toString(),
                    saved.get().savedAt(), saved.get().changeCountAtSave());
        }
    }

    private static void insertAssessment(Connection c, Assessment assessment, Instant now) throws SQLException {
        long treeId = CriteriaTreeDao.insert(c, assessment.criteria());
        AssessmentDao.insert(c, assessment, treeId, now);
        DepartmentDao.replace(c, assessment.id(), assessment.departments());
        EntryDao.insertAll(c, assessment.id(), assessment.entries());
        EarlierPeriodDao.replace(c, assessment.id(), assessment.earlierPeriod());
        DocumentEditDao.replace(c, assessment.id(), assessment.documents());
        RoundDao.replace(c, assessment.id(), assessment.rounds());
    }

    @Override
    public void deleteAssessment(String assessmentId) {
        write(c -> {
            if (!AssessmentDao.delete(c, assessmentId)) {
                throw notFound(assessmentId);
            }
            EarlierRoundDao.deleteAll(c, assessmentId);
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
    public void savePublished(String assessmentId, PublishedResult published) {
        Objects.requireNonNull(published, "published");
        write(c -> {
            touch(c, assessmentId, now());
            AssessmentDao.updatePublished(c, assessmentId, published);
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
    public void saveRounds(String assessmentId, Rounds rounds, boolean locked) {
        Objects.requireNonNull(rounds, "rounds");
        write(c -> {
            touch(c, assessmentId, now());
            RoundDao.replace(c, assessmentId, rounds);
            AssessmentDao.updateLocked(c, assessmentId, locked);
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
        return files.database();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly != ReadOnly.NO;
    }

    @Override
    public Optional<String> readOnlyReason() {
        ReadOnly now = readOnly;
        return now == ReadOnly.NO ? Optional.empty() : Optional.of(Messages.get(now.key, files.folder().toString()));
    }

    /** Makes a backup now (the "Sao lưu ngay" action); nothing when the store is read-only. */
    public Optional<StoreBackups.Backup> backupNow() {
        lock.lock();
        try {
            requireOpen();
            if (readOnly != ReadOnly.NO) {
                return Optional.empty();
            }
            reopenIfBroken();
            return Optional.of(backup());
        } finally {
            lock.unlock();
        }
    }

    private StoreBackups.Backup backup() {
        try {
            StoreBackups.Backup made = StoreBackups.ofOpenStore(connection, files, acknowledged.assessments(),
                    now(), zone);
            lastBackup = made.createdAt();
            changesSinceBackup = 0;
            return made;
        } catch (IOException | SQLException failed) {
            throw StoreFailures.classify(failed, files.folder(), "storesafety.backup.failed");
        }
    }

    private void periodicBackup() {
        lock.lock();
        try {
            backupPending = false;
            if (!closed && damaged == null && !broken && readOnly == ReadOnly.NO && changesSinceBackup > 0) {
                backupQuietly();
            }
        } finally {
            lock.unlock();
        }
    }

    private void backupQuietly() {
        try {
            backup();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Backup not made", failed);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (readOnly == ReadOnly.NO && !broken && damaged == null && changesSinceBackup > 0) {
                backupQuietly();
            }
            connection.close();
        } catch (SQLException failed) {
            LOG.log(Level.WARNING, "Closing the store failed", failed);
        } finally {
            storeLock.close();
            lock.unlock();
        }
        if (Thread.currentThread() != closeAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeAtExit);
            } catch (IllegalStateException shuttingDown) {
                // The program is ending; the hook finds the store closed.
            }
        }
    }

    /** The shutdown hook: waits for the write in progress (at most {@link #EXIT_WAIT}), then closes. */
    private void closeAtExit() {
        try {
            if (!lock.tryLock(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                // A write stuck on the disk: leave the file as a killed program would; every commit is on disk.
                LOG.warning("Store not closed at exit: a write did not finish within " + EXIT_WAIT);
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            close();
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
            reopenIfBroken();
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException failed) {
                rollbackQuietly();
                if (isCorruption(failed)) {
                    throw damagedWhileOpen(failed);
                }
                noteBroken();
                throw StoreFailures.classify(failed, files.folder(), "storesafety.read.failed");
            } catch (AssessmentReader.Inconsistent inconsistent) {
                // Rows that do not fit together come from a damaged file: stop writing to it.
                rollbackQuietly();
                throw damagedWhileOpen(inconsistent);
            } catch (RuntimeException failed) {
                rollbackQuietly();
                if (isCorruption(failed)) {
                    throw damagedWhileOpen(failed);
                }
                throw failed;
            }
        } finally {
            lock.unlock();
        }
    }

    private static boolean isCorruption(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (String.valueOf(cause.getMessage()).contains("File corrupted")) {
                return true;
            }
        }
        return false;
    }

    /** The store turned out damaged while open: no more changes are accepted in this session. */
    private StoreDamagedException damagedWhileOpen(Throwable cause) {
        LOG.log(Level.SEVERE, "The store is damaged; no more writing: " + files.database(), cause);
        damaged = new StoreDamagedException(files.folder(), "storesafety.damaged.unreadable");
        return damaged;
    }

    /**
     * Runs {@code change} in its own transaction with the count of changes, commits, forces it to the disk, and
     * then records the new state in the side file. A failure leaves nothing half-done in the store and the
     * connection to be reopened by the next call.
     */
    private void write(Change change) {
        lock.lock();
        try {
            checked = null;
            requireOpen();
            requireWritable();
            reopenIfBroken();
            if (!StoreFailures.hasFreeSpace(files.folder())) {
                // Not even tried: H2 closes a database whose write fails half-way.
                throw new StoreException("storesafety.diskFull", files.folder());
            }
            StoreState state;
            try {
                change.run(connection);
                state = StoreState.countChange(connection);
                connection.commit();
            } catch (SQLException failed) {
                rollbackQuietly();
                noteBroken();
                throw StoreFailures.classify(failed, files.folder(), "storesafety.write.failed");
            } catch (StoreException refused) {
                rollbackQuietly();
                throw refused;
            } catch (RuntimeException failed) {
                rollbackQuietly();
                noteBroken();
                if (broken) {
                    throw StoreFailures.classify(failed, files.folder(), "storesafety.write.failed");
                }
                throw failed;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            } catch (SQLException | RuntimeException failed) {
                broken = true;
                throw StoreFailures.classify(failed, files.folder(), "storesafety.write.failed");
            }
            StoreFailures.slowDiskPause();
            acknowledged = state;
            changesSinceBackup++;
            writeSideFile(files, state);
            if (!backupPending && Duration.between(lastBackup, now()).compareTo(BACKUP_INTERVAL) >= 0) {
                // In the background: the window's edits are stored from its own thread and must not wait for it.
                backupPending = true;
                Thread.ofPlatform().daemon().name("cchc-store-backup").start(this::periodicBackup);
            }
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("store.closed");
        }
        if (damaged != null) {
            throw damaged;
        }
    }

    /**
     * Test hook: every committed write then waits {@code pause} more before it returns, inside the store's lock, as
     * on an old hard disk whose sync is slow ({@code Duration.ZERO} or null to stop). For the tests and benchmarks of
     * the background writer; the program never calls it.
     */
    public static void simulateSlowDisk(Duration pause) {
        StoreFailures.simulateSlowDisk(pause);
    }

    /** A read-only store refuses changes; one opened on a full disk writes again once there is room. */
    private void requireWritable() {
        if (readOnly == ReadOnly.DISK_FULL && storeLock.isExclusive() && StoreFailures.hasFreeSpace(files.folder())) {
            broken = true;
            readOnly = ReadOnly.NO;
        }
        if (readOnly != ReadOnly.NO) {
            String key = readOnly == ReadOnly.DISK_FULL ? "storesafety.diskFull" : "storesafety.readOnlyDisk";
            throw new StoreException(key, files.folder());
        }
    }

    /** After a failed write (H2 closes a database whose file cannot be written), a fresh connection. */
    private void noteBroken() {
        try {
            broken |= connection.isClosed() || !connection.isValid(1);
        } catch (SQLException unknown) {
            broken = true;
        }
    }

    /**
     * Reopens the connection after a failed write, once the disk has room again. The reopened store must hold at
     * least every change acknowledged before; otherwise it is treated as damaged and no longer written.
     */
    private void reopenIfBroken() {
        if (!broken) {
            return;
        }
        if (readOnly == ReadOnly.NO && !StoreFailures.hasFreeSpace(files.folder())) {
            throw new StoreException("storesafety.diskFull", files.folder());
        }
        closeQuietly(connection);
        Connection fresh = connect(files, readOnly == ReadOnly.NO ? H2Connections.Mode.WRITE : H2Connections.Mode.READ);
        try {
            fresh.setAutoCommit(false);
            Optional<StoreState> state = StoreState.inStore(fresh);
            fresh.commit();
            if (state.isEmpty() || state.get().changes() < acknowledged.changes()) {
                closeQuietly(fresh);
                damaged = new StoreDamagedException(files.folder(), "storesafety.damaged.behind",
                        acknowledged.assessments(), state.map(StoreState::assessments).orElse(0L),
                        acknowledged.changes() - state.map(StoreState::changes).orElse(0L));
                throw damaged;
            }
        } catch (SQLException failed) {
            closeQuietly(fresh);
            throw StoreFailures.classify(failed, files.folder(), "storesafety.open.failed");
        }
        connection = fresh;
        broken = false;
        LOG.info("Store reopened after a failed write: " + files.database());
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException failed) {
            LOG.log(Level.FINE, "Rollback failed", failed);
        }
    }

    /** Closes a store that is not to be trusted without H2's tidying of the file on close. */
    private static void shutDownUnwritten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException | RuntimeException expected) {
            LOG.log(Level.FINE, "Shutting down a damaged store", expected);
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException failed) {
            LOG.log(Level.FINE, "Closing a connection", failed);
        }
    }
}
