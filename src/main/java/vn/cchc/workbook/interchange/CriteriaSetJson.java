package vn.cchc.workbook.interchange;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;

/**
 * The criteria-set JSON format ({@code "format": "cchc-criteria-set"}, FORMATS.md). Reading refuses wrong types,
 * missing fields and any {@link CriteriaValidator} error, naming the JSON path or criterion code; writing is
 * deterministic, so a file read and written again is byte-identical.
 */
public final class CriteriaSetJson {

    private CriteriaSetJson() {
    }

    /**
     * Reads a criteria set. Warnings (e.g. a total other than 100) do not refuse it; use {@link #check} to see them.
     *
     * @throws InterchangeException listing every problem when the content is not a valid criteria set
     */
    public static CriteriaSet read(InputStream in) {
        return check(JsonDocuments.readAll(in)).valueOrThrow();
    }

    /** @see #read(InputStream) */
    public static CriteriaSet read(Path file) {
        return check(JsonDocuments.readAll(file)).valueOrThrow();
    }

    /** Reads without throwing for content problems: the set (when it has no errors) plus every error and warning. */
    public static JsonCheck<CriteriaSet> check(InputStream in) {
        return check(JsonDocuments.readAll(in));
    }

    /** @see #check(InputStream) */
    public static JsonCheck<CriteriaSet> check(Path file) {
        return check(JsonDocuments.readAll(file));
    }

    public static JsonCheck<CriteriaSet> check(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        JsonNode tree = JsonDocuments.parse(bytes, problems);
        if (tree == null) {
            return JsonCheck.refused(problems);
        }
        JsonInput root = JsonInput.root(tree, problems);
        if (!JsonFormat.CRITERIA_SET.checkHeader(root)) {
            return JsonCheck.refused(problems);
        }
        CriteriaSet set = CriteriaSetMapping.read(root);
        if (!problems.isEmpty()) {
            return JsonCheck.refused(problems);
        }
        problems.addAll(CriteriaValidator.validate(set));
        return CriteriaValidator.hasErrors(problems) ? JsonCheck.refused(problems) : new JsonCheck<>(set, problems);
    }

    public static void write(CriteriaSet set, OutputStream out) {
        JsonDocuments.write(tree(set), out);
    }

    public static byte[] toBytes(CriteriaSet set) {
        return JsonDocuments.toBytes(tree(set));
    }

    private static ObjectNode tree(CriteriaSet set) {
        ObjectNode out = JsonDocuments.object();
        out.put("format", JsonFormat.CRITERIA_SET.id());
        out.put("formatVersion", JsonFormat.CURRENT_VERSION);
        return CriteriaSetMapping.write(set, out);
    }
}
