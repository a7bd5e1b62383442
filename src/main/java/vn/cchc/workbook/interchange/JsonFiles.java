package vn.cchc.workbook.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.Problem;

/**
 * Checks a JSON file of either of our formats, chosen by its {@code format} field: what {@code validate} on the
 * command line and the window's "check a file" need when they do not know in advance what the user picked.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** @throws InterchangeException only when the file cannot be read at all (missing, no permission) */
    public static JsonCheck<?> check(Path file) {
        return check(JsonDocuments.readAll(file));
    }

    /**
     * A criteria set or an assessment with its problems; when the bytes are JSON but name neither format, a single
     * problem at {@code $.format} says which values are expected.
     */
    public static JsonCheck<?> check(byte[] bytes) {
        Optional<JsonFormat> format = JsonFormat.detect(bytes);
        if (format.isEmpty()) {
            JsonCheck<?> asCriteria = CriteriaSetJson.check(bytes);
            // A "format" naming neither; not a reading problem that happens to sit there (the key written twice).
            boolean formatWrong = asCriteria.errors().stream().anyMatch(p -> p.where().equals("$.format")
                    && !p.messageKey().startsWith("interchange.json."));
            return formatWrong
                    ? JsonCheck.refused(List.of(Problem.error("$.format", "interchange.format.unknown",
                            JsonFormat.CRITERIA_SET.id(), JsonFormat.ASSESSMENT.id())))
                    : asCriteria;
        }
        return switch (format.get()) {
            case CRITERIA_SET -> CriteriaSetJson.check(bytes);
            case ASSESSMENT -> AssessmentJson.check(bytes);
        };
    }
}
