package vn.cchc.workbook.domain;

import java.util.Arrays;

import vn.cchc.workbook.domain.text.Messages;

/**
 * An error whose message is meant for the user: a key into the Vietnamese bundles plus its arguments.
 * Every layer throws a subclass of this for anything a user can cause, so the UI and the command line
 * can show {@link #getMessage()} and never a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public UserFacingException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The Vietnamese message. */
    @Override
    public String getMessage() {
        return Messages.get(messageKey, args);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + Arrays.toString(args) + "]";
    }
}
