package vn.cchc.workbook.interchange;

import java.util.List;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.UserFacingException;

/**
 * A .cchc file was refused on opening, or could not be saved. The message (Vietnamese, from
 * {@code i18n/cchc_vi.properties}) names the file and what is wrong with it. When the assessment inside the file
 * broke a rule, {@link #problems()} lists every problem with its JSON path.
 */
public class CchcFileException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public CchcFileException(String messageKey, Object... args) {
        this(null, List.of(), messageKey, args);
    }

    public CchcFileException(Throwable cause, String messageKey, Object... args) {
        this(cause, List.of(), messageKey, args);
    }

    public CchcFileException(Throwable cause, List<Problem> problems, String messageKey, Object... args) {
        super(cause, messageKey, args);
        this.problems = List.copyOf(problems);
    }

    /** The problems found in the assessment inside the file; empty when the file itself was the problem. */
    public List<Problem> problems() {
        return problems;
    }
}
