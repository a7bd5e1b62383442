package vn.cchc.workbook.interchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentValidator;

/**
 * The assessment JSON format ({@code "format": "cchc-assessment"}, FORMATS.md): one unit's scoring with its own
 * criteria snapshot, departments and entries. Every value is checked as an edit in the program would be
 * ({@link AssessmentValidator}); a file with any error is refused whole. Writing is deterministic.
 */
public final class AssessmentJson {

    private AssessmentJson() {
    }

    /** @throws InterchangeException listing every problem when the content is not a valid assessment */
    public static Assessment read(InputStream in) {
        return check(JsonDocuments.readAll(in)).valueOrThrow();
    }

    /** @see #read(InputStream) */
    public static Assessment read(Path file) {
        return check(JsonDocuments.readAll(file)).valueOrThrow();
    }

    /** Reads without throwing for content problems: the assessment (when it has no errors) plus every problem. */
    public static JsonCheck<Assessment> check(InputStream in) {
        return check(JsonDocuments.readAll(in));
    }

    /** @see #check(InputStream) */
    public static JsonCheck<Assessment> check(Path file) {
        return check(JsonDocuments.readAll(file));
    }

    public static JsonCheck<Assessment> check(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        JsonNode tree = JsonDocuments.parse(bytes, problems);
        if (tree == null) {
            return JsonCheck.refused(problems);
        }
        JsonInput root = JsonInput.root(tree, problems);
        if (!JsonFormat.ASSESSMENT.checkHeader(root)) {
            return JsonCheck.refused(problems);
        }
        Assessment assessment = AssessmentMapping.read(root);
        if (!problems.isEmpty()) {
            return JsonCheck.refused(problems);
        }
        problems.addAll(AssessmentValidator.validate(assessment));
        return problems.stream().anyMatch(Problem::isError)
                ? JsonCheck.refused(problems) : new JsonCheck<>(assessment, problems);
    }

    public static void write(Assessment assessment, OutputStream out) {
        JsonDocuments.write(tree(assessment), out);
    }

    public static byte[] toBytes(Assessment assessment) {
        return JsonDocuments.toBytes(tree(assessment));
    }

    private static ObjectNode tree(Assessment assessment) {
        ObjectNode out = JsonDocuments.object();
        out.put("format", JsonFormat.ASSESSMENT.id());
        out.put("formatVersion", JsonFormat.CURRENT_VERSION);
        return AssessmentMapping.write(assessment, out);
    }
}
