package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.CriteriaSet;

/** Reads a whole assessment from its tables: for the store's loading, and for the start check of every workbook. */
final class AssessmentReader {

    /** Rows of the store that do not fit together (a workbook without its criteria tree, an unknown code). */
    static final class Inconsistent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Inconsistent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AssessmentReader() {
    }

    /**
     * The assessment {@code assessmentId}, or empty when there is none.
     *
     * @throws Inconsistent when its rows cannot be made into an assessment the store once held
     */
    static Optional<Assessment> load(Connection c, String assessmentId) throws SQLException {
        Optional<AssessmentDao.Header> found;
        try {
            found = AssessmentDao.find(c, assessmentId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            AssessmentDao.Header header = found.get();
            CriteriaSet criteria = CriteriaTreeDao.load(c, header.treeId())
                    .orElseThrow(() -> new IllegalStateException("Workbook without its criteria: " + assessmentId));
            List<Department> departments = DepartmentDao.load(c, assessmentId);
            Map<String, Entry> entries = EntryDao.load(c, assessmentId);
            return Optional.of(new Assessment(header.id(), header.unit(), header.period(), header.year(), criteria,
                    departments, entries, header.locked(), header.rankText(),
                    EarlierPeriodDao.load(c, assessmentId).orElse(null), header.published(),
                    DocumentEditDao.load(c, assessmentId), RoundDao.load(c, assessmentId)));
        } catch (IllegalStateException undecodable) {
            // The data-access classes throw this for values the store never writes (an unknown code, a null).
            throw new Inconsistent("Stored rows of " + assessmentId + " do not fit together", undecodable);
        }
    }

    /**
     * Reads every workbook and every criteria set of the library as the program would; returns the workbooks by id,
     * most recently edited first (the start screen lists them from this, so that start-up reads each one once).
     */
    static Map<String, Assessment> loadAll(Connection c) throws SQLException {
        Map<String, Assessment> all = new LinkedHashMap<>();
        for (WorkbookStore.AssessmentSummary summary : AssessmentDao.list(c)) {
            load(c, summary.id()).ifPresent(a -> all.put(a.id(), a));
        }
        try {
            CriteriaSetDao.list(c);
        } catch (IllegalStateException undecodable) {
            throw new Inconsistent("Stored criteria sets do not fit together", undecodable);
        }
        return all;
    }
}
