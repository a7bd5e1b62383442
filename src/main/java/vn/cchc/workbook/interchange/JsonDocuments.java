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
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

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

    /** Node factory: the trees below are built with it, each decimal as the parser read it. */
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The largest JSON document read (a file, or the content of a .cchc): a real workbook is well under 1 MB; the
     * cap keeps the parsed tree within a small heap.
     */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /**
     * The most values (objects, arrays, fields' values) one document may hold, counted by a streaming pass before
     * any tree is built: a document at every {@link vn.cchc.workbook.domain.Limits} bound holds under 500,000, and
     * 20 MB of empty objects would otherwise build millions of nodes.
     */
    static final int MAX_TOKENS = 1_000_000;
    /** Nesting depth of objects and arrays; the deepest legitimate document (a 7-level tree) needs about 20. */
    static final int MAX_DEPTH = 64;
    /** Digits of one number, and characters of one text, as the parser reads them. */
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_STRING_LENGTH = 1_000_000;

    /** Strict reading (the limits above, duplicate keys refused, no NaN) and plain decimals when writing. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /**
     * The printer, made when first used: reading builds its trees from the streaming parser alone, so the window's
     * start (which reads the bundled sample) loads no object-mapping machinery (docs/performance.md, "Memory at
     * start").
     */
    private static final class Printing {
        static final ObjectWriter WRITER = JsonMapper.builder(FACTORY).nodeFactory(NODES).build().writer(printer());
    }

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

    /** The whole stream, up to {@link #MAX_BYTES}; a failure is a refusal naming no file. */
    static byte[] readAll(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InterchangeException(null, Problem.error("", "interchange.io.streamTooLarge", megabytes(MAX_BYTES)));
            }
            return bytes;
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Reading a JSON stream failed", failed);
            throw new InterchangeException(failed, Problem.error("", "interchange.io.streamFailed"));
        }
    }

    /** The whole file; a missing or unreadable file is a refusal naming it. */
    static byte[] readAll(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InterchangeException(null, Problem.error("", "interchange.io.tooLarge", file.toString(),
                        megabytes(size), megabytes(MAX_BYTES)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    // It grew while being read.
                    throw new InterchangeException(null, Problem.error("", "interchange.io.tooLarge", file.toString(),
                            megabytes(bytes.length), megabytes(MAX_BYTES)));
                }
                return bytes;
            }
        } catch (NoSuchFileException missing) {
            throw new InterchangeException(missing, Problem.error("", "interchange.io.notFound", file.toString()));
        } catch (AccessDeniedException denied) {
            throw new InterchangeException(denied, Problem.error("", "interchange.io.denied", file.toString()));
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "Reading " + file + " failed", failed);
            throw new InterchangeException(failed, Problem.error("", "interchange.io.readFailed", file.toString()));
        }
    }

    /** Whole megabytes, rounded up ("21" for 20,5 MB). */
    static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    /** The document's tree, or null after recording why the bytes are not one JSON object. */
    static JsonNode parse(byte[] bytes, List<Problem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.error("", "interchange.io.streamTooLarge", megabytes(MAX_BYTES)));
            return null;
        }
        Problem scanned = scan(bytes);
        if (scanned != null) {
            problems.add(scanned);
            return null;
        }
        JsonNode tree;
        try {
            tree = tree(bytes, problems);
        } catch (JsonProcessingException malformed) {
            problems.add(syntaxProblem(malformed));
            return null;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        if (tree == null) {
            problems.add(Problem.error("", "interchange.json.empty"));
            return null;
        }
        return tree;
    }

    /**
     * A streaming pass over the whole document before any tree is built: refuses too many values, too deep a
     * nesting, too long a number or text and any syntax error, each with its line and column. Null when the bytes
     * may be parsed into a tree.
     */
    private static Problem scan(byte[] bytes) {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            int tokens = 0;
            while (parser.nextToken() != null) {
                if (++tokens > MAX_TOKENS) {
                    JsonLocation at = parser.currentLocation();
                    return Problem.error(pathOf(parser.getParsingContext()), "interchange.json.tooManyValues",
                            MAX_TOKENS, at.getLineNr(), at.getColumnNr());
                }
            }
            return null;
        } catch (JsonProcessingException malformed) {
            return syntaxProblem(malformed, parser);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // Reading from memory.
                }
            }
        }
    }

    /**
     * The tree of a document {@link #scan} accepted, built token by token: strings as text, integers as int, long or
     * big-integer nodes by size, every other number as the exact decimal written ("0.50" keeps its scale), and
     * anything after the first value refused. Null for a document without any value. The parser's nesting limit
     * bounds the recursion.
     */
    private static JsonNode tree(byte[] bytes, List<Problem> problems) throws IOException {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode root = node(parser, first);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(Problem.error("", "interchange.json.trailing", at.getLineNr(), at.getColumnNr()));
                return null;
            }
            return root;
        }
    }

    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, node(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(node(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    private static Problem syntaxProblem(JsonProcessingException malformed) {
        return syntaxProblem(malformed, malformed.getProcessor() instanceof JsonParser parser ? parser : null);
    }

    /**
     * The problem for a parser's refusal, at its line and column: from the exception, or where the parser stood
     * when the exception carries none (a limit of {@link StreamReadConstraints}).
     */
    private static Problem syntaxProblem(JsonProcessingException malformed, JsonParser parser) {
        JsonLocation location = malformed.getLocation();
        if ((location == null || location.getLineNr() < 1) && parser != null) {
            location = parser.currentLocation();
        }
        Object line = location == null || location.getLineNr() < 1 ? "?" : location.getLineNr();
        Object column = location == null || location.getColumnNr() < 1 ? "?" : location.getColumnNr();
        String where = parser != null ? pathOf(parser.getParsingContext()) : "";
        String original = malformed.getOriginalMessage() == null ? "" : malformed.getOriginalMessage();
        if (malformed instanceof StreamConstraintsException) {
            String key = original.contains("nesting depth") ? "interchange.json.tooDeep"
                    : original.contains("Number") ? "interchange.json.numberTooLong"
                    : original.contains("String") ? "interchange.json.textTooLong"
                    : "interchange.json.syntax";
            long limit = switch (key) {
                case "interchange.json.tooDeep" -> MAX_DEPTH;
                case "interchange.json.numberTooLong" -> MAX_NUMBER_LENGTH;
                case "interchange.json.textTooLong" -> MAX_STRING_LENGTH;
                default -> 0;
            };
            return key.equals("interchange.json.syntax") ? Problem.error("", key, line, column)
                    : Problem.error("", key, line, column, Long.toString(limit));
        }
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

    /**
     * Decimals are written plain ("0.50"), which the JSON library refuses for an exponent beyond ±9999; such a number
     * (only ever in a workbook stored before {@link vn.cchc.workbook.domain.Limits} existed) is written as it is,
     * in exponent form, so that a damaged workbook can still be exported and the number named when read back.
     */
    private static void quoteUnprintableDecimals(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (isUnprintable(field.getValue())) {
                    field.setValue(NODES.rawValueNode(new RawValue(field.getValue().decimalValue().toString())));
                } else {
                    quoteUnprintableDecimals(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isUnprintable(array.get(i))) {
                    array.set(i, NODES.rawValueNode(new RawValue(array.get(i).decimalValue().toString())));
                } else {
                    quoteUnprintableDecimals(array.get(i));
                }
            }
        }
    }

    private static boolean isUnprintable(JsonNode node) {
        return node.isBigDecimal() && Math.abs(node.decimalValue().scale()) > 9999;
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
        quoteUnprintableDecimals(document);
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            Printing.WRITER.writeValue(buffer, document);
            buffer.write('\n');
            return buffer.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
