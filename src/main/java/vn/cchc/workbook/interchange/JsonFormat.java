package vn.cchc.workbook.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.text.Messages;

/** Our two JSON formats, named by the {@code format} field every file starts with (see FORMATS.md). */
public enum JsonFormat {
    CRITERIA_SET("cchc-criteria-set"),
    ASSESSMENT("cchc-assessment");

    /** The newest {@code formatVersion} this build writes and reads. Older versions stay readable. */
    public static final int CURRENT_VERSION = 1;

    private final String id;

    JsonFormat(String id) {
        this.id = id;
    }

    /** The value of the {@code format} field. */
    public String id() {
        return id;
    }

    /** "tệp bộ tiêu chí (cchc-criteria-set)". */
    public String displayName() {
        return Messages.get("interchange.kind." + id);
    }

    public static Optional<JsonFormat> fromId(String id) {
        for (JsonFormat format : values()) {
            if (format.id.equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Which of our formats {@code bytes} claim to be, judged only by the {@code format} field; empty when the bytes
     * are not JSON or name no known format (reading them then explains why).
     */
    public static Optional<JsonFormat> detect(byte[] bytes) {
        List<Problem> ignored = new ArrayList<>();
        JsonNode tree = JsonDocuments.parse(bytes, ignored);
        if (tree == null || !tree.isObject() || !tree.path("format").isTextual()) {
            return Optional.empty();
        }
        return fromId(tree.get("format").textValue());
    }

    /**
     * Checks {@code format} and {@code formatVersion}; false (with the problem recorded) when the rest of the
     * document must not be read, since it is another kind of file or made by a newer program.
     */
    boolean checkHeader(JsonInput root) {
        if (root.isBroken()) {
            return false;
        }
        int before = root.problems().size();
        String format = root.requiredText("format");
        if (root.problems().size() > before) {
            return false;
        }
        if (!format.equals(id)) {
            String other = fromId(format).map(JsonFormat::displayName).orElse(format);
            root.error(root.pathOf("format"), "interchange.format.wrong", displayName(), other);
            return false;
        }
        int version = root.requiredInt("formatVersion");
        if (root.problems().size() > before) {
            return false;
        }
        if (version > CURRENT_VERSION) {
            root.error(root.pathOf("formatVersion"), "interchange.format.newer", version, CURRENT_VERSION);
            return false;
        }
        if (version < 1) {
            root.error(root.pathOf("formatVersion"), "interchange.format.versionInvalid", version);
            return false;
        }
        return true;
    }
}
