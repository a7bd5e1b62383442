package vn.cchc.workbook.app;

import vn.cchc.workbook.domain.UserFacingException;

/**
 * Opening a file whose assessment is already in the local store, with {@link OnConflict#ASK}: nothing was changed.
 * The caller asks the user (replace the local copy, or keep both) and opens the file again with the answer.
 */
public class AssessmentExistsException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient WorkbookStore.AssessmentSummary local;
    private final boolean localHasUnsavedChanges;

    public AssessmentExistsException(WorkbookStore.AssessmentSummary local, boolean localHasUnsavedChanges) {
        super("cchc.open.exists", local.unitName(), local.period().labelWithYear(local.year()));
        this.local = local;
        this.localHasUnsavedChanges = localHasUnsavedChanges;
    }

    /** The copy already in the store. */
    public WorkbookStore.AssessmentSummary local() {
        return local;
    }

    /** Whether replacing would lose edits that were never saved to a file (worth a stronger warning). */
    public boolean localHasUnsavedChanges() {
        return localHasUnsavedChanges;
    }
}
