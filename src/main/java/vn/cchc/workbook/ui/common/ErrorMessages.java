package vn.cchc.workbook.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;

/** Turns any failure into the one short Vietnamese sentence a user sees; the log gets the stack trace, once. */
public final class ErrorMessages {

    private static final Logger LOG = Logger.getLogger(ErrorMessages.class.getName());

    private ErrorMessages() {
    }

    public static String forUser(Throwable error) {
        UserFacingException userFacing = find(error);
        if (userFacing != null) {
            LOG.log(Level.INFO, "Refused: " + userFacing, userFacing);
            return userFacing.getMessage();
        }
        LOG.log(Level.SEVERE, "Unexpected error", error);
        return Messages.get("ui.error.unexpected", AppLog.logFileName());
    }

    /** The user-facing error somewhere in the cause chain (tasks and futures wrap them), or null. */
    static UserFacingException find(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof UserFacingException userFacing) {
                return userFacing;
            }
            current = current.getCause();
        }
        return null;
    }
}
