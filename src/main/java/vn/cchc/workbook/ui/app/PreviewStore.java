package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * A read-only store holding one assessment in memory. It lets the window show the bundled sample in the first
 * frame while the real H2 store is still opening in the background; every change is refused until then.
 */
final class PreviewStore implements WorkbookStore {

    private final Assessment assessment;
    private final Instant shownAt = Instant.now();

    PreviewStore(Assessment assessment) {
        this.assessment = assessment;
    }

    private static StoreException notReady() {
        return new StoreException("ui.store.notReady");
    }

    private boolean holds(String assessmentId) {
        return assessment.id().equals(assessmentId);
    }

    @Override
    public List<AssessmentSummary> listAssessments() {
        return List.of(new AssessmentSummary(assessment.id(), assessment.unit().name(), assessment.period(),
                assessment.year(), shownAt, Optional.empty(), 0));
    }

    @Override
    public Optional<Assessment> loadAssessment(String assessmentId) {
        return holds(assessmentId) ? Optional.of(assessment) : Optional.empty();
    }

    @Override
    public boolean containsAssessment(String assessmentId) {
        return holds(assessmentId);
    }

    @Override
    public void createAssessment(Assessment value) {
        throw notReady();
    }

    @Override
    public void replaceAssessment(Assessment value) {
        throw notReady();
    }

    @Override
    public void deleteAssessment(String assessmentId) {
        throw notReady();
    }

    @Override
    public void saveEntry(String assessmentId, Entry before, Entry after) {
        throw notReady();
    }

    @Override
    public void saveDepartments(String assessmentId, List<Department> departments) {
        throw notReady();
    }

    @Override
    public void saveDescription(String assessmentId, AssessedUnit unit, Period period, int year) {
        throw notReady();
    }

    @Override
    public void saveLocked(String assessmentId, boolean locked) {
        throw notReady();
    }

    @Override
    public void saveRounds(String assessmentId, vn.cchc.workbook.domain.assessment.Rounds rounds, boolean locked) {
        throw notReady();
    }

    @Override
    public void saveRankText(String assessmentId, String rankText) {
        throw notReady();
    }

    @Override
    public void savePublished(String assessmentId, vn.cchc.workbook.domain.assessment.PublishedResult published) {
        throw notReady();
    }

    @Override
    public void saveEarlierPeriod(String assessmentId, EarlierPeriod earlierPeriod) {
        throw notReady();
    }

    @Override
    public void saveDocuments(String assessmentId, DocumentEdits documents) {
        throw notReady();
    }

    @Override
    public List<EntryEdit> history(String assessmentId, int limit) {
        return List.of();
    }

    @Override
    public void markSavedToFile(String assessmentId, Path file, Instant savedAt) {
        throw notReady();
    }

    @Override
    public Optional<Path> savedFile(String assessmentId) {
        return Optional.empty();
    }

    @Override
    public boolean hasUnsavedChanges(String assessmentId) {
        return false;
    }

    @Override
    public List<CriteriaSet> listCriteriaSets() {
        return List.of();
    }

    @Override
    public Optional<CriteriaSet> loadCriteriaSet(String criteriaSetId) {
        return Optional.empty();
    }

    @Override
    public void saveCriteriaSet(CriteriaSet set) {
        throw notReady();
    }

    @Override
    public java.util.Set<String> citedEvidenceFiles() {
        throw notReady();
    }

    @Override
    public vn.cchc.workbook.app.EvidenceFolder evidenceFolder() {
        throw notReady();
    }

    @Override
    public Path databaseFile() {
        return Path.of("");
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
