package vn.cchc.workbook.interchange;

import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.Problem;

/**
 * The outcome of checking a file without throwing: the value when the file may be used, and every problem found.
 * Warnings (e.g. a set whose total is not 100) do not stop a file from being used.
 *
 * @param value    the value read, or null when the file has errors
 * @param problems errors and warnings in the order found
 */
public record JsonCheck<T>(T value, List<Problem> problems) {

    public JsonCheck {
        problems = List.copyOf(problems);
        if (value != null && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("A value with errors must not be handed out");
        }
    }

    public static <T> JsonCheck<T> refused(List<Problem> problems) {
        return new JsonCheck<>(null, problems);
    }

    public boolean isValid() {
        return value != null;
    }

    public Optional<T> result() {
        return Optional.ofNullable(value);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The value, or an {@link InterchangeException} carrying the problems. */
    public T valueOrThrow() {
        if (value == null) {
            throw new InterchangeException(problems);
        }
        return value;
    }
}
