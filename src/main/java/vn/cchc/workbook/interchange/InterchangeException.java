package vn.cchc.workbook.interchange;

import java.util.List;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.UserFacingException;

/**
 * A file was refused: it is not valid JSON, not one of our formats, or its content breaks a rule. Carries every
 * problem found, each naming where (a JSON path such as {@code $.entries[3].firstAppraisal.total} or a criterion
 * code), so that the window can list them and the command line can print one line each.
 */
public class InterchangeException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InterchangeException(List<Problem> problems) {
        super(messageKeyFor(problems), argsFor(problems));
        this.problems = List.copyOf(problems);
    }

    /** A refusal with a single problem, such as a file that cannot be opened. */
    public InterchangeException(Throwable cause, Problem problem) {
        super(cause, messageKeyFor(List.of(problem)), argsFor(List.of(problem)));
        this.problems = List.of(problem);
    }

    /** Every problem, errors first in the order found, then warnings. */
    public List<Problem> problems() {
        return problems;
    }

    private static String messageKeyFor(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return errors <= 1 ? "interchange.refused.one" : "interchange.refused.many";
    }

    private static Object[] argsFor(List<Problem> problems) {
        Problem first = problems.stream().filter(Problem::isError).findFirst()
                .orElse(problems.isEmpty() ? Problem.error("", "interchange.refused.unknown") : problems.get(0));
        long errors = problems.stream().filter(Problem::isError).count();
        return new Object[] {first.describe(), errors};
    }
}
