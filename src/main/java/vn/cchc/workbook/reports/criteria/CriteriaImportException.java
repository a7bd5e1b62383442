package vn.cchc.workbook.reports.criteria;

import vn.cchc.workbook.domain.UserFacingException;

/**
 * A workbook could not be imported at all: it cannot be opened, is not an .xlsx file, has no such sheet, or no
 * sheet has a table of criteria. Problems inside a table found are not thrown; they are listed in
 * {@link CriteriaImport#problems()}.
 */
public class CriteriaImportException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public CriteriaImportException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public CriteriaImportException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
