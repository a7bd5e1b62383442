package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.store.StoreException;
import vn.cchc.workbook.store.WorkbookStore;

/**
 * A store that lives in memory. Read-only, it lets the window show a workbook (the bundled sample) in the first
 * frame while the real H2 store is still opening in the background: every write is refused until then.
 */
final class InMemoryWorkbookStore implements WorkbookStore {

    private final boolean writable;
    private final Map<String, Assessment> assessments = new LinkedHashMap<>();
    private final Map<String, Instant> edited = new LinkedHashMap<>();
    private final Map<String, CriteriaSet> sets = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, Boolean> unsaved = new LinkedHashMap<>();
    private final List<EntryEdit> edits = new ArrayList<>();

    private InMemoryWorkbookStore(boolean writable) {
        this.writable = writable;
    }

    /** A store holding only {@code assessment}, refusing every change. */
    static InMemoryWorkbookStore preview(Assessment assessment) {
        InMemoryWorkbookStore store = new InMemoryWorkbookStore(false);
        store.assessments.put(assessment.id(), assessment);
        store.edited.put(assessment.id(), Instant.now());
        store.unsaved.put(assessment.id(), false);
        return store;
    }

    private void requireWritable() {
        if (!writable) {
            throw new StoreException("ui.store.notReady");
        }
    }

    private void touch(String id) {
        edited.put(id, Instant.now());
        unsaved.put(id, true);
    }

    @Override
    public synchronized List<AssessmentSummary> listAssessments() {
        return assessments.values().stream()
                .map(a -> new AssessmentSummary(a.id(), a.unit().name(), a.period(), a.year(), edited.get(a.id()),
                        Optional.ofNullable(files.get(a.id()))))
                .sorted(Comparator.comparing(AssessmentSummary::lastEdited).reversed())
                .toList();
    }

    @Override
    public synchronized Optional<Assessment> loadAssessment(String assessmentId) {
        return Optional.ofNullable(assessments.get(assessmentId));
    }

    @Override
    public synchronized boolean containsAssessment(String assessmentId) {
        return assessments.containsKey(assessmentId);
    }

    @Override
    public synchronized void createAssessment(Assessment assessment) {
        requireWritable();
        if (assessments.containsKey(assessment.id())) {
            throw new IllegalStateException("exists " + assessment.id());
        }
        assessments.put(assessment.id(), assessment);
        touch(assessment.id());
    }

    @Override
    public synchronized void replaceAssessment(Assessment assessment) {
        requireWritable();
        assessments.put(assessment.id(), assessment);
        touch(assessment.id());
    }

    @Override
    public synchronized void deleteAssessment(String assessmentId) {
        requireWritable();
        assessments.remove(assessmentId);
    }

    @Override
    public synchronized void saveEntry(String assessmentId, Entry before, Entry after) {
        requireWritable();
        assessments.computeIfPresent(assessmentId, (id, a) -> a.withEntry(after));
        edits.add(new EntryEdit(edits.size() + 1, assessmentId, after.code(), Instant.now(), before, after));
        touch(assessmentId);
    }

    @Override
    public synchronized void saveDepartments(String assessmentId, List<Department> departments) {
        requireWritable();
        assessments.computeIfPresent(assessmentId, (id, a) -> a.withDepartments(departments));
        touch(assessmentId);
    }

    @Override
    public synchronized void saveDescription(String assessmentId, AssessedUnit unit, Period period, int year) {
        requireWritable();
        assessments.computeIfPresent(assessmentId, (id, a) -> a.withDescription(unit, period, year));
        touch(assessmentId);
    }

    @Override
    public synchronized void saveLocked(String assessmentId, boolean locked) {
        requireWritable();
        assessments.computeIfPresent(assessmentId, (id, a) -> a.withLocked(locked));
        touch(assessmentId);
    }

    @Override
    public synchronized List<EntryEdit> history(String assessmentId, int limit) {
        List<EntryEdit> result = new ArrayList<>();
        for (int i = edits.size() - 1; i >= 0 && result.size() < limit; i--) {
            if (edits.get(i).assessmentId().equals(assessmentId)) {
                result.add(edits.get(i));
            }
        }
        return result;
    }

    @Override
    public synchronized void markSavedToFile(String assessmentId, Path file, Instant savedAt) {
        requireWritable();
        files.put(assessmentId, file);
        unsaved.put(assessmentId, false);
    }

    @Override
    public synchronized Optional<Path> savedFile(String assessmentId) {
        return Optional.ofNullable(files.get(assessmentId));
    }

    @Override
    public synchronized boolean hasUnsavedChanges(String assessmentId) {
        return unsaved.getOrDefault(assessmentId, false);
    }

    @Override
    public synchronized List<CriteriaSet> listCriteriaSets() {
        return List.copyOf(sets.values());
    }

    @Override
    public synchronized Optional<CriteriaSet> loadCriteriaSet(String criteriaSetId) {
        return Optional.ofNullable(sets.get(criteriaSetId));
    }

    @Override
    public synchronized void saveCriteriaSet(CriteriaSet set) {
        requireWritable();
        sets.put(set.id(), set);
    }

    @Override
    public Path databaseFile() {
        return Path.of("");
    }

    @Override
    public boolean isReadOnly() {
        return !writable;
    }

    @Override
    public void close() {
    }
}
