package vn.cchc.workbook.app;

import vn.cchc.workbook.domain.UserFacingException;

/** A store failure explained to the user (Vietnamese message from {@code i18n/store_vi.properties}). */
public class StoreException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public StoreException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public StoreException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
