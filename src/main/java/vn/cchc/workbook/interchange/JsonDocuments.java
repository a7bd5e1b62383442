package vn.cchc.workbook.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.Problem;

/**
 * Parsing and printing of our JSON documents. Parsing is strict (duplicate keys and trailing content are refused,
 * every number is an exact decimal); a syntax error becomes a problem with its line and column. Printing is
 * deterministic: fixed field order, two-space indentation, LF line ends, plain decimals, UTF-8, final newline, so
 * reading a file we wrote and writing it again gives the same bytes.
 */
final class JsonDocuments {

    private static final Logger LOG = Logger.getLogger(JsonDocuments.class.getName());
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    /** Node factory; with STRIP_TRAILING_BIGDECIMAL_ZEROES off (below) "0.50" stays as written. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(NODES)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private JsonDocuments() {
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The whole stream; a failure is a refusal naming no file. */
    static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Reading a JSON stream failed", failed);
            throw new InterchangeException(failed, Problem.error("", "interchange.io.streamFailed"));
        }
    }

    /** The whole file; a missing or unreadable file is a refusal naming it. */
    static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new InterchangeException(missing, Problem.error("", "interchange.io.notFound", file.toString()));
        } catch (AccessDeniedException denied) {
            throw new InterchangeException(denied, Problem.error("", "interchange.io.denied", file.toString()));
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Reading " + file + " failed", failed);
            throw new InterchangeException(failed, Problem.error("", "interchange.io.readFailed", file.toString()));
        }
    }

    /** The document's tree, or null after recording why the bytes are not one JSON object. */
    static JsonNode parse(byte[] bytes, List<Problem> problems) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException malformed) {
            problems.add(syntaxProblem(malformed));
            return null;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(Problem.error("", "interchange.json.empty"));
            return null;
        }
        return tree;
    }

    private static Problem syntaxProblem(JsonProcessingException malformed) {
        JsonLocation location = malformed.getLocation();
        Object line = location == null ? "?" : location.getLineNr();
        Object column = location == null ? "?" : location.getColumnNr();
        String where = malformed.getProcessor() instanceof JsonParser parser ? pathOf(parser.getParsingContext()) : "";
        String original = malformed.getOriginalMessage() == null ? "" : malformed.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return Problem.error(where, "interchange.json.duplicateKey", duplicate.group(1), line, column);
        }
        if (original.startsWith("Trailing token")) {
            return Problem.error("", "interchange.json.trailing", line, column);
        }
        if (original.contains("end-of-input")) {
            return Problem.error("", "interchange.json.truncated", line, column);
        }
        return Problem.error("", "interchange.json.syntax", line, column);
    }

    /** "$.entries[3].code" for the place the parser had reached. */
    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        return "$" + String.join("", parts);
    }

    static void write(JsonNode document, OutputStream out) {
        try {
            out.write(toBytes(document));
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Writing JSON failed", failed);
            throw new InterchangeException(failed, Problem.error("", "interchange.io.writeFailed"));
        }
    }

    static byte[] toBytes(JsonNode document) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            WRITER.writeValue(buffer, document);
            buffer.write('\n');
            return buffer.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
