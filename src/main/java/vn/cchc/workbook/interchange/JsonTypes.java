package vn.cchc.workbook.interchange;

import com.fasterxml.jackson.databind.JsonNode;

import vn.cchc.workbook.domain.text.Messages;

/** Vietnamese names of JSON value types, for "must be a number, but the file has text" messages. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String of(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case NULL, MISSING -> "null";
            case BINARY -> "text";
        };
    }

    static String name(String type) {
        return Messages.get("interchange.type." + type);
    }
}
