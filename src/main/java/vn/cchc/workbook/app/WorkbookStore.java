package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.assessment.DocumentEdits;

/**
 * The officer's local store: every assessment, criteria set and department list worked on, in an embedded H2 file
 * in the per-user data folder. Every method that changes something commits before it returns, in its own
 * transaction, so a crash, a power cut or a killed process loses nothing that was typed.
 *
 * <p>Failures a user can cause or meet (a store made by a newer release, a store already open in another copy of the
 * program, a full disk) are thrown as {@link StoreException}, whose message is Vietnamese.
 */
public interface WorkbookStore extends AutoCloseable {

    /** The assessments in the store, most recently edited first. */
    List<AssessmentSummary> listAssessments();

    Optional<Assessment> loadAssessment(String assessmentId);

    /**
     * The workbooks the store read when it was opened (its check reads every one), by id, handed over once: the
     * start screen lists them without reading each again. Empty after the first call, once anything was written, or
     * when the opening read none; the caller then loads each with {@link #loadAssessment}.
     */
    default Map<String, Assessment> takeCheckedAssessments() {
        return Map.of();
    }

    boolean containsAssessment(String assessmentId);

    /** Inserts a whole assessment (new, or imported from a file). Fails if the id exists. */
    void createAssessment(Assessment assessment);

    /** Replaces a whole assessment with the same id (a file's copy chosen over the local one). */
    void replaceAssessment(Assessment assessment);

    /**
     * Replaces a whole assessment with the same id, as {@link #replaceAssessment(Assessment)}, and keeps the copy it
     * replaces as an earlier round, in the same transaction: a returned file accepted over the local copy. The store
     * does not parse {@code earlierCopy}; the app layer writes it (the assessment JSON) and reads it back. The store
     * only notes every evidence hash written in it (a JSON string of 64 lower-case hex digits) for
     * {@link #citedEvidenceFiles()}. At most 100 rounds are kept per workbook (the oldest goes) and a copy may take
     * at most 32 MB.
     */
    default void replaceAssessment(Assessment assessment, String roundLabel, byte[] earlierCopy) {
        throw new UnsupportedOperationException("This store keeps no earlier rounds");
    }

    /** The earlier rounds kept for an assessment, oldest first, without their data. */
    default List<EarlierRound> earlierRounds(String assessmentId) {
        return List.of();
    }

    /** The data of one earlier round, as it was given to {@link #replaceAssessment(Assessment, String, byte[])}. */
    default Optional<byte[]> earlierRoundData(long roundId) {
        return Optional.empty();
    }

    void deleteAssessment(String assessmentId);

    /**
     * Stores one edited entry and records the edit in the history (when, old entry, new entry), in one transaction.
     * The caller has already validated the edit through {@link Assessment#withEntry(Entry)}. An empty {@code after}
     * removes the entry; a null {@code before} means the node had nothing recorded.
     */
    void saveEntry(String assessmentId, Entry before, Entry after);

    void saveDepartments(String assessmentId, List<Department> departments);

    void saveDescription(String assessmentId, AssessedUnit unit, Period period, int year);

    void saveLocked(String assessmentId, boolean locked);

    /**
     * Records the rounds (whose copy, steps, deadlines) and the lock together: a "chốt" step locks the workbook in
     * the same transaction.
     */
    void saveRounds(String assessmentId, Rounds rounds, boolean locked);

    /** Records the rank the unit published for the period ("xếp thứ 4/18 xã, thị trấn"); allowed when locked. */
    void saveRankText(String assessmentId, String rankText);

    /** Records the total and index the province announced (beside the computed ones); allowed when locked. */
    void savePublished(String assessmentId, PublishedResult published);

    /**
     * Links (or with null unlinks) the earlier period the assessment is compared with; allowed when locked. Build it
     * with {@link EarlierPeriod#link} so that it is checked to be an earlier period of the same unit.
     */
    void saveEarlierPeriod(String assessmentId, EarlierPeriod earlierPeriod);

    /**
     * Replaces the user's edits to the drafted documents (paragraphs rewritten, sections reordered or dropped);
     * allowed when locked, since wording changes no score.
     */
    void saveDocuments(String assessmentId, DocumentEdits documents);

    /** The newest {@code limit} edits of an assessment's entries, newest first (for undo and the audit trail). */
    List<EntryEdit> history(String assessmentId, int limit);

    /** Records that the assessment was written to {@code file} at {@code savedAt}: it has no unsaved changes now. */
    void markSavedToFile(String assessmentId, Path file, Instant savedAt);

    /** The .cchc file the assessment was last saved to or opened from, if any. */
    Optional<Path> savedFile(String assessmentId);

    /**
     * Whether anything changed since the assessment was last written to (or opened from) its .cchc file; for one
     * never written to a file, whether anything changed since it was created.
     */
    boolean hasUnsavedChanges(String assessmentId);

    List<CriteriaSet> listCriteriaSets();

    Optional<CriteriaSet> loadCriteriaSet(String criteriaSetId);

    /** Stores a criteria set; a set with the same id is replaced only if no assessment was started from it. */
    void saveCriteriaSet(CriteriaSet set);

    /**
     * The SHA-256 of every evidence file the store still needs: cited by a workbook's entries, by any edit in a
     * workbook's history (undo can bring the citation back), or by any earlier round of a workbook. A deleted
     * workbook's history and rounds cite nothing. Answered from what the store keeps beside those rows, without
     * loading workbooks; may include a hash that only looks cited (typed text), never leaves out a cited one.
     *
     * @throws StoreException when the store cannot be read (then nothing may be taken as uncited)
     */
    Set<String> citedEvidenceFiles();

    /** The evidence files kept in this store's data folder, by their hash. */
    EvidenceFolder evidenceFolder();

    /** The H2 database file, for the "where is my data" help text. */
    Path databaseFile();

    /**
     * Whether this store only reads: a read-only folder or file, or a full disk (see {@link #readOnlyReason()}); a
     * second copy of the program is refused with a {@link StoreException} instead ({@code store.open.inUse}).
     */
    boolean isReadOnly();

    /**
     * Why the store is read-only, as a Vietnamese message for the user (a read-only folder or file, a full disk);
     * empty when it is not.
     */
    default Optional<String> readOnlyReason() {
        return Optional.empty();
    }

    @Override
    void close();

    /**
     * One line of the start screen's recent list.
     *
     * @param revision changes with every write to the workbook (an edit, a replacement, a new workbook under an
     *                 id that was deleted), in the same transaction, and never comes back to an earlier value while
     *                 the store stays open: a list may keep what it computed from a workbook for as long as its
     *                 revision stays the same (see {@link StoredWorkbookList}). Writing the workbook to a file is
     *                 no change to it.
     */
    record AssessmentSummary(String id, String unitName, Period period, int year, Instant lastEdited,
                             Optional<Path> savedFile, long revision) {
    }

    /** An earlier copy of a workbook, kept when a returned file replaced it ("Các vòng trước"). */
    record EarlierRound(long id, String assessmentId, Instant keptAt, String label, int sizeBytes) {
    }

    /** One recorded edit of an entry. */
    record EntryEdit(long id, String assessmentId, String code, Instant at, Entry before, Entry after) {
    }
}
