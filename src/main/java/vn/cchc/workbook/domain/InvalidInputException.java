package vn.cchc.workbook.domain;

/** A value the user typed or a file contained that the domain refuses; nothing was changed. */
public class InvalidInputException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
