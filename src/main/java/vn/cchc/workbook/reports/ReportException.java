package vn.cchc.workbook.reports;

import vn.cchc.workbook.domain.UserFacingException;

/**
 * An export the user asked for could not be made: no report chosen, or the file could not be written (open in
 * Excel, read-only folder, disk full). The message says what to do; no half-written file is left behind.
 */
public class ReportException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public ReportException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public ReportException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
