package vn.cchc.workbook.domain;

import java.util.Arrays;
import java.util.Objects;

import vn.cchc.workbook.domain.text.Messages;

/**
 * One thing wrong with a criteria set, an assessment or a file, and where: a criterion code, a JSON path or a
 * sheet and row. Errors stop the data from being used; warnings are shown and the user may go on.
 */
public record Problem(Severity severity, String where, String messageKey, Object[] args) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        where = where == null ? "" : where;
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    public static Problem error(String where, String messageKey, Object... args) {
        return new Problem(Severity.ERROR, where, messageKey, args);
    }

    public static Problem warning(String where, String messageKey, Object... args) {
        return new Problem(Severity.WARNING, where, messageKey, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The Vietnamese description, without the location. */
    public String message() {
        return Messages.get(messageKey, args);
    }

    /** "Lỗi tại 1.4.2: …" — one line, as printed by the command line and listed in the window. */
    public String describe() {
        String kind = Messages.get(isError() ? "domain.problem.error" : "domain.problem.warning");
        return where.isEmpty() ? kind + ": " + message() : kind + " (" + where + "): " + message();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that && severity == that.severity && where.equals(that.where)
                && messageKey.equals(that.messageKey) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity, where, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return severity + " " + where + " " + messageKey + Arrays.toString(args);
    }
}
