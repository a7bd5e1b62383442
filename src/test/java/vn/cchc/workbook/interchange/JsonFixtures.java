package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The test files of this package, and edits of them that make one thing wrong. */
final class JsonFixtures {

    static final String CRITERIA = "criteria-all-rules.json";
    static final String ASSESSMENT = "assessment-full.json";

    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.instance)
            .build();

    private JsonFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = JsonFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(String name) {
        try {
            return (ObjectNode) PLAIN.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with {@code change} applied to its tree, printed compactly. */
    static byte[] edited(String name, Consumer<ObjectNode> change) {
        ObjectNode root = tree(name);
        change.accept(root);
        return json(root);
    }

    static byte[] json(JsonNode node) {
        try {
            return PLAIN.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The object at a JSON pointer such as {@code /entries/4/firstAppraisal}. */
    static ObjectNode object(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("No object at " + pointer);
        }
        return (ObjectNode) node;
    }
}
