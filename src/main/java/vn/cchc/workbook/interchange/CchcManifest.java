package vn.cchc.workbook.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceNames;
import vn.cchc.workbook.domain.evidence.EvidenceType;

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
                           int year, String assessmentId, String sha256, List<EvidenceEntry> evidence,
                           List<String> parts, PartOf partOf) {

    /**
     * What a department's part (split from a workbook) is part of: the workbook's id, the department, and the codes
     * of the criteria the department may change. Such a file also holds {@code part-origin.json}, the part as it was
     * sent, against which the returned part is merged.
     */
    public record PartOf(String assessmentId, String departmentId, String departmentName, List<String> codes) {
        public PartOf {
            Objects.requireNonNull(assessmentId, "assessmentId");
            Objects.requireNonNull(departmentId, "departmentId");
            Objects.requireNonNull(departmentName, "departmentName");
            codes = List.copyOf(codes);
        }
    }


    public static final String FORMAT = "cchc-workbook";
    /** The newest .cchc format this build reads. */
    public static final int FORMAT_VERSION = 2;
    /** The version of a data-only file: what builds before evidence travelled write and read. */
    public static final int DATA_ONLY_VERSION = 1;
    /** The version of a file that carries evidence files (older builds say "made by a newer version"). */
    public static final int WITH_EVIDENCE_VERSION = 2;
    /** Bounds on the manifest's lists. */
    static final int MAX_PARTS = 200;
    private static final int MAX_PART_NAME = 240;

    /**
     * One evidence file carried by a .cchc: its entry {@code evidence/<sha256>} in part {@code part} (1 = the main
     * file, 2… = the numbered part files listed in {@code parts}).
     */
    public record EvidenceEntry(String name, EvidenceType type, long size, String sha256, int part) {

        public EvidenceEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The ZIP entry that holds the file. */
        public String entryName() {
            return EVIDENCE_FOLDER + sha256;
        }
    }

    /** The folder of evidence entries inside the ZIP. */
    public static final String EVIDENCE_FOLDER = "evidence/";

    /** A data-only manifest (no evidence carried). */
    public CchcManifest(int formatVersion, String programVersion, Instant savedAt, String unit, String period,
                        int year, String assessmentId, String sha256) {
        this(formatVersion, programVersion, savedAt, unit, period, year, assessmentId, sha256, List.of(), List.of(),
                null);
    }

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
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** Whether the file carries evidence files. */
    public boolean hasEvidence() {
        return !evidence.isEmpty();
    }

    /** This manifest describing evidence carried in the main file and the part files {@code partNames}. */
    CchcManifest withEvidence(List<EvidenceEntry> entries, List<String> partNames) {
        return new CchcManifest(entries.isEmpty() ? DATA_ONLY_VERSION : WITH_EVIDENCE_VERSION, programVersion,
                savedAt, unit, period, year, assessmentId, sha256, entries, partNames, partOf);
    }

    /** This manifest describing a department's part (format version 2: older builds refuse it as newer). */
    CchcManifest asPart(PartOf part) {
        return new CchcManifest(WITH_EVIDENCE_VERSION, programVersion, savedAt, unit, period, year, assessmentId,
                sha256, evidence, parts, part);
    }

    /** The manifest for saving {@code assessment}, whose JSON is {@code content}, now. */
    static CchcManifest describing(Assessment assessment, byte[] content, Instant savedAt) {
        return new CchcManifest(DATA_ONLY_VERSION, currentProgramVersion(), savedAt.truncatedTo(ChronoUnit.MILLIS),
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
            if (partOf != null) {
                json.writeObjectFieldStart("partOf");
                json.writeStringField("assessmentId", partOf.assessmentId());
                json.writeStringField("departmentId", partOf.departmentId());
                json.writeStringField("departmentName", partOf.departmentName());
                json.writeArrayFieldStart("codes");
                for (String code : partOf.codes()) {
                    json.writeString(code);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            if (!evidence.isEmpty()) {
                json.writeArrayFieldStart("parts");
                for (String part : parts) {
                    json.writeString(part);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("evidence");
                for (EvidenceEntry entry : evidence) {
                    json.writeStartObject();
                    json.writeStringField("name", entry.name());
                    json.writeStringField("type", entry.type().id());
                    json.writeNumberField("size", entry.size());
                    json.writeStringField("sha256", entry.sha256());
                    json.writeNumberField("part", entry.part());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
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
        if (CchcEvidence.PART_FORMAT.equals(format)) {
            throw new CchcFileException("evidence.cchc.isPart", shownName);
        }
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
        List<String> parts = parts(root, shownName);
        return new CchcManifest(version, text(root, "programVersion", shownName), savedAt,
                text(root, "unit", shownName), text(root, "period", shownName), integer(root, "year", shownName),
                text(root, "assessmentId", shownName), sha.toLowerCase(java.util.Locale.ROOT),
                evidence(root, shownName, parts.size() + 1), parts, partOf(root, shownName));
    }

    private static PartOf partOf(JsonNode root, String shownName) {
        JsonNode node = root.get("partOf");
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode codes = node.get("codes");
        if (!node.isObject() || codes == null || !codes.isArray() || codes.size() > 100_000) {
            throw new CchcFileException("cchc.manifest.field", shownName, "partOf");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode code : codes) {
            if (!code.isTextual()) {
                throw new CchcFileException("cchc.manifest.field", shownName, "partOf.codes");
            }
            list.add(code.textValue());
        }
        return new PartOf(text(node, "assessmentId", shownName), text(node, "departmentId", shownName),
                text(node, "departmentName", shownName), list);
    }

    /** The part files' names: plain .cchc names in the main file's folder, each once. */
    private static List<String> parts(JsonNode root, String shownName) {
        JsonNode node = root.get("parts");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_PARTS) {
            throw new CchcFileException("cchc.manifest.field", shownName, "parts");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode part : node) {
            String name = part.isTextual() ? part.textValue() : "";
            if (name.isEmpty() || name.length() > MAX_PART_NAME || !BoundedZip.isSafeName(name)
                    || name.indexOf('/') >= 0 || !name.toLowerCase(java.util.Locale.ROOT).endsWith(CchcFile.EXTENSION)
                    || names.contains(name)) {
                throw new CchcFileException("evidence.cchc.badPartName", shownName,
                        vn.cchc.workbook.domain.evidence.EvidenceNames.part(name, 120));
            }
            names.add(name);
        }
        return names;
    }

    /**
     * The evidence entries, each checked before anything is unpacked: a known type, a safe name for it, a size within
     * the limit for one file, a hash, a part that exists, each hash once; in total within the workbook's limits.
     */
    private static List<EvidenceEntry> evidence(JsonNode root, String shownName, int partCount) {
        JsonNode node = root.get("evidence");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new CchcFileException("cchc.manifest.field", shownName, "evidence");
        }
        if (node.size() > EvidenceLimits.MAX_FILES) {
            throw new CchcFileException("evidence.cchc.tooManyFiles", shownName, node.size(), EvidenceLimits.MAX_FILES);
        }
        List<EvidenceEntry> entries = new ArrayList<>();
        java.util.Set<String> hashes = new java.util.HashSet<>();
        long total = 0;
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new CchcFileException("cchc.manifest.field", shownName, "evidence");
            }
            String name = text(item, "name", shownName);
            String shown = EvidenceNames.part(name, 120);
            String typeId = text(item, "type", shownName);
            EvidenceType type = EvidenceType.fromId(typeId).orElseThrow(() -> new CchcFileException(
                    "evidence.cchc.badType", shownName, shown, EvidenceNames.part(typeId, 40)));
            if (!EvidenceNames.isSafe(name, type)) {
                throw new CchcFileException("evidence.cchc.badName", shownName, shown);
            }
            JsonNode sizeNode = item.get("size");
            if (sizeNode == null || !sizeNode.canConvertToLong() || !sizeNode.isIntegralNumber()
                    || sizeNode.longValue() < 0) {
                throw new CchcFileException("cchc.manifest.field", shownName, "evidence[].size");
            }
            long size = sizeNode.longValue();
            if (size > EvidenceLimits.MAX_FILE_BYTES) {
                throw new CchcFileException("evidence.cchc.declaredTooLarge", shownName, shown,
                        EvidenceLimits.megabytes(size), EvidenceLimits.megabytes(EvidenceLimits.MAX_FILE_BYTES));
            }
            String sha = text(item, "sha256", shownName);
            if (!vn.cchc.workbook.domain.evidence.EvidenceFile.isSha256(sha)) {
                throw new CchcFileException("evidence.cchc.badHash", shownName, shown);
            }
            if (!hashes.add(sha)) {
                throw new CchcFileException("evidence.cchc.duplicate", shownName, shown);
            }
            int part = integer(item, "part", shownName);
            if (part < 1 || part > partCount) {
                throw new CchcFileException("cchc.manifest.field", shownName, "evidence[].part");
            }
            total += size;
            if (total > EvidenceLimits.MAX_WORKBOOK_BYTES) {
                throw new CchcFileException("evidence.cchc.workbookTooLarge", shownName,
                        EvidenceLimits.megabytes(total), EvidenceLimits.megabytes(EvidenceLimits.MAX_WORKBOOK_BYTES));
            }
            entries.add(new EvidenceEntry(name, type, size, sha, part));
        }
        return entries;
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
