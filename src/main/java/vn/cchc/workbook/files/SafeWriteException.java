package vn.cchc.workbook.files;

import vn.cchc.workbook.domain.UserFacingException;

/**
 * A file could not be written: missing or read-only folder, full disk, target open in another program. The message
 * names the file and says what to do; the old file, if any, is unchanged and no temporary file is left behind.
 */
public class SafeWriteException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public SafeWriteException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public SafeWriteException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
