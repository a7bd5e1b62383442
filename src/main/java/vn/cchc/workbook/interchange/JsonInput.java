package vn.cchc.workbook.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.Problem;

/**
 * A JSON object being mapped to the domain, with the JSON path it sits at. Every getter checks the type and
 * records a problem naming the exact path ({@code $.entries[3].firstAppraisal.total}) instead of throwing, so one
 * reading reports every wrong type and missing field. After a problem the getter returns a placeholder; the
 * caller discards the result when {@link #problems()} holds any error.
 *
 * <p>Unknown fields are simply never asked for, which is what makes them tolerated.
 */
final class JsonInput {

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;

    private JsonInput(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The document root; a root that is not an object is recorded as a problem. */
    static JsonInput root(JsonNode node, List<Problem> problems) {
        JsonInput root = new JsonInput(node, "$", problems);
        if (!node.isObject()) {
            root.wrongType("$", node, "object");
            return new JsonInput(null, "$", problems);
        }
        return root;
    }

    String path() {
        return path;
    }

    List<Problem> problems() {
        return problems;
    }

    /** A stand-in for an object that was missing or of the wrong type: its getters return placeholders silently. */
    boolean isBroken() {
        return node == null;
    }

    String pathOf(String name) {
        return SIMPLE_NAME.matcher(name).matches() ? path + "." + name : path + "[\"" + name + "\"]";
    }

    void error(String where, String key, Object... args) {
        problems.add(Problem.error(where, key, args));
    }

    /** Whether {@code name} is present with a non-null value. */
    boolean has(String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value != null && !value.isNull();
    }

    // --- text ---------------------------------------------------------------------------------------------------

    String requiredText(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return "";
        }
        if (!value.isTextual()) {
            wrongType(pathOf(name), value, "text");
            return "";
        }
        return value.textValue();
    }

    /** Like {@link #requiredText} and also refuses a blank value (identifiers, codes). */
    String requiredNonBlankText(String name) {
        JsonNode value = node == null ? null : node.get(name);
        String text = requiredText(name);
        if (value != null && value.isTextual() && text.isBlank()) {
            error(pathOf(name), "interchange.json.blank", name);
        }
        return text;
    }

    String optionalText(String name, String fallback) {
        JsonNode value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            wrongType(pathOf(name), value, "text");
            return fallback;
        }
        return value.textValue();
    }

    // --- numbers ------------------------------------------------------------------------------------------------

    BigDecimal requiredDecimal(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal number = decimal(name, value);
        return number == null ? BigDecimal.ZERO : number;
    }

    /** The number, or null when the field is missing or null. */
    BigDecimal optionalDecimal(String name) {
        JsonNode value = optional(name);
        return value == null ? null : decimal(name, value);
    }

    /**
     * A figure the program computed and wrote (an earlier period's totals): bounded like every number, with up to
     * {@link Limits#MAX_FIGURE_DECIMALS} decimals.
     */
    BigDecimal requiredFigure(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal number = number(name, value, true);
        return number == null ? BigDecimal.ZERO : number;
    }

    /** @see #requiredFigure(String) */
    BigDecimal optionalFigure(String name) {
        JsonNode value = optional(name);
        return value == null ? null : number(name, value, true);
    }

    int requiredInt(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return 0;
        }
        BigDecimal number = decimal(name, value);
        if (number == null) {
            return 0;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            error(pathOf(name), "interchange.json.notInteger", Limits.shown(number));
            return 0;
        }
    }

    private BigDecimal decimal(String name, JsonNode value) {
        return number(name, value, false);
    }

    /**
     * The number at {@code name}, or null (with the problem recorded) when it is not a number or lies outside
     * {@link Limits}: an unbounded number never leaves this reader, so nothing downstream can be asked to expand
     * {@code 0E-100000000} or {@code 1E+100000000}.
     */
    private BigDecimal number(String name, JsonNode value, boolean figure) {
        if (!value.isNumber()) {
            wrongType(pathOf(name), value, "number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        boolean sane = figure
                ? Limits.checkFigure(pathOf(name), "limits.field.number", number, problems)
                : Limits.checkDecimal(pathOf(name), "limits.field.number", number, problems);
        return sane ? number : null;
    }

    // --- other scalars ------------------------------------------------------------------------------------------

    boolean optionalBoolean(String name, boolean fallback) {
        JsonNode value = optional(name);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            wrongType(pathOf(name), value, "boolean");
            return fallback;
        }
        return value.booleanValue();
    }

    /** An ISO date ({@code 2023-01-15}); null when missing, null or empty. */
    LocalDate optionalDate(String name) {
        String text = optionalText(name, "");
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            error(pathOf(name), "interchange.json.badDate", text);
            return null;
        }
    }

    /**
     * One of a fixed set of identifiers (an enum's file id).
     *
     * @param parse       the enum's {@code fromId}
     * @param allowed     the ids to list in the message
     * @param placeholder returned after a problem
     */
    <E> E requiredEnum(String name, Function<String, Optional<E>> parse, List<String> allowed, E placeholder) {
        JsonNode value = required(name);
        if (value == null) {
            return placeholder;
        }
        return enumValue(name, value, parse, allowed, placeholder);
    }

    <E> E optionalEnum(String name, Function<String, Optional<E>> parse, List<String> allowed, E fallback) {
        JsonNode value = optional(name);
        if (value == null) {
            return fallback;
        }
        return enumValue(name, value, parse, allowed, fallback);
    }

    private <E> E enumValue(String name, JsonNode value, Function<String, Optional<E>> parse, List<String> allowed,
                            E placeholder) {
        if (!value.isTextual()) {
            wrongType(pathOf(name), value, "text");
            return placeholder;
        }
        Optional<E> parsed = parse.apply(value.textValue());
        if (parsed.isEmpty()) {
            error(pathOf(name), "interchange.json.unknownValue", value.textValue(), String.join(", ", allowed));
            return placeholder;
        }
        return parsed.get();
    }

    // --- structure ----------------------------------------------------------------------------------------------

    /** The object at {@code name}; a broken stand-in (after recording the problem) when missing or not an object. */
    JsonInput requiredObject(String name) {
        JsonNode value = required(name);
        return object(name, value);
    }

    /** The object at {@code name}, or null when missing or null. */
    JsonInput optionalObject(String name) {
        JsonNode value = optional(name);
        return value == null ? null : object(name, value);
    }

    private JsonInput object(String name, JsonNode value) {
        if (value != null && !value.isObject()) {
            wrongType(pathOf(name), value, "object");
            value = null;
        }
        return new JsonInput(value, pathOf(name), problems);
    }

    /**
     * The objects in the array at {@code name}; empty when missing or null, or when it holds more than {@code max}
     * elements (recorded as a problem naming {@code countedKey}, the Vietnamese name of what is counted).
     */
    List<JsonInput> optionalObjects(String name, int max, String countedKey) {
        return objects(name, optional(name), max, countedKey);
    }

    /**
     * The texts in the array at {@code name}; empty when missing or null; a non-text element is an error, and so is
     * an array of more than {@code max} texts (a problem naming {@code countedKey}).
     */
    List<String> optionalTexts(String name, int max, String countedKey) {
        JsonNode value = optional(name);
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            wrongType(pathOf(name), value, "array");
            return result;
        }
        if (!Limits.checkCount(pathOf(name), countedKey, value.size(), max, problems)) {
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isTextual()) {
                wrongType(pathOf(name) + "[" + i + "]", element, "text");
                continue;
            }
            result.add(element.textValue());
        }
        return result;
    }


    /** @see #optionalObjects(String, int, String) */
    List<JsonInput> requiredObjects(String name, int max, String countedKey) {
        return objects(name, required(name), max, countedKey);
    }

    private List<JsonInput> objects(String name, JsonNode value, int max, String countedKey) {
        List<JsonInput> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            wrongType(pathOf(name), value, "array");
            return result;
        }
        if (!Limits.checkCount(pathOf(name), countedKey, value.size(), max, problems)) {
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = pathOf(name) + "[" + i + "]";
            if (!element.isObject()) {
                wrongType(elementPath, element, "object");
                continue;
            }
            result.add(new JsonInput(element, elementPath, problems));
        }
        return result;
    }

    private JsonNode required(String name) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        if (value == null) {
            error(pathOf(name), "interchange.json.missing", name);
            return null;
        }
        if (value.isNull()) {
            error(pathOf(name), "interchange.json.nullRequired", name);
            return null;
        }
        return value;
    }

    private JsonNode optional(String name) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private void wrongType(String where, JsonNode value, String expected) {
        error(where, "interchange.json.wrongType", JsonTypes.name(expected), JsonTypes.name(JsonTypes.of(value)));
    }
}
