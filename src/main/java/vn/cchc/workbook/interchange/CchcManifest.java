package vn.cchc.workbook.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * {@code manifest.json}, the first entry of a .cchc file: what the file is, which program wrote it and when, a
 * summary to show before opening (unit, period, year), and the SHA-256 of {@code assessment.json} so that a damaged
 * or edited file is recognised.
 *
 * @param formatVersion  the .cchc format version; a reader refuses versions above {@link #FORMAT_VERSION}
 * @param programVersion the version of the program that saved the file (information only)
 * @param savedAt        when the file was saved; the only part that changes when an unchanged workbook is saved again
 * @param unit           the assessed unit's name
 * @param period         the period as the user reads it ("6 tháng đầu năm")
 * @param sha256         lowercase hex SHA-256 of the bytes of {@code assessment.json}
 */
public record CchcManifest(int formatVersion, String programVersion, Instant savedAt, String unit, String period,
                           int year, String assessmentId, String sha256) {

    public static final String FORMAT = "cchc-workbook";
    /** The newest .cchc format this build reads and the one it writes. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    public CchcManifest {
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The manifest for saving {@code assessment}, whose JSON is {@code content}, now. */
    static CchcManifest describing(Assessment assessment, byte[] content, Instant savedAt) {
        return new CchcManifest(FORMAT_VERSION, currentProgramVersion(), savedAt.truncatedTo(ChronoUnit.MILLIS),
                assessment.unit().name(), assessment.period().label(), assessment.year(), assessment.id(),
                sha256Of(content));
    }

    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The version of this program, from the jar's manifest; "dev" when run from the build folder. */
    static String currentProgramVersion() {
        String version = CchcManifest.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("formatVersion", formatVersion);
            json.writeStringField("programVersion", programVersion);
            json.writeStringField("savedAt", savedAt.toString());
            json.writeStringField("assessmentId", assessmentId);
            json.writeStringField("unit", unit);
            json.writeStringField("period", period);
            json.writeNumberField("year", year);
            json.writeStringField("sha256", sha256);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Reads a manifest strictly. The format and version are checked first, so that a file from a newer version is
     * named as such even if its other fields changed.
     *
     * @throws CchcFileException naming {@code shownName} and the field at fault
     */
    static CchcManifest parse(byte[] bytes, String shownName) {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(bytes)) {
            root = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new CchcFileException("cchc.manifest.notJson", shownName);
            }
        } catch (IOException e) {
            throw new CchcFileException(e, "cchc.manifest.notJson", shownName);
        }
        if (root == null || !root.isObject()) {
            throw new CchcFileException("cchc.manifest.notJson", shownName);
        }
        String format = text(root, "format", shownName);
        if (!FORMAT.equals(format)) {
            throw new CchcFileException("cchc.manifest.notWorkbook", shownName, format);
        }
        int version = integer(root, "formatVersion", shownName);
        if (version > FORMAT_VERSION) {
            JsonNode program = root.get("programVersion");
            throw new CchcFileException("cchc.manifest.newerVersion", shownName, version,
                    program != null && program.isTextual() ? program.textValue() : "?", FORMAT_VERSION);
        }
        if (version < 1) {
            throw new CchcFileException("cchc.manifest.field", shownName, "formatVersion");
        }
        Instant savedAt;
        try {
            savedAt = Instant.parse(text(root, "savedAt", shownName));
        } catch (DateTimeParseException e) {
            throw new CchcFileException(e, "cchc.manifest.field", shownName, "savedAt");
        }
        String sha = text(root, "sha256", shownName);
        if (!sha.matches("[0-9a-fA-F]{64}")) {
            throw new CchcFileException("cchc.manifest.field", shownName, "sha256");
        }
        return new CchcManifest(version, text(root, "programVersion", shownName), savedAt,
                text(root, "unit", shownName), text(root, "period", shownName), integer(root, "year", shownName),
                text(root, "assessmentId", shownName), sha.toLowerCase(java.util.Locale.ROOT));
    }

    private static String text(JsonNode root, String field, String shownName) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new CchcFileException("cchc.manifest.field", shownName, field);
        }
        return node.textValue();
    }

    private static int integer(JsonNode root, String field, String shownName) {
        JsonNode node = root.get(field);
        if (node == null || !node.isInt()) {
            throw new CchcFileException("cchc.manifest.field", shownName, field);
        }
        return node.intValue();
    }
}
