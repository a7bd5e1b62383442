package vn.cchc.workbook.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;

/**
 * The workbook file ({@code .cchc}): one assessment, small enough to email. A ZIP of exactly two entries,
 * {@code manifest.json} ({@link CchcManifest}) and {@code assessment.json} (the assessment JSON format of
 * FORMATS.md).
 *
 * <p>A workbook arrives by email and is untrusted. Reading is data only: nothing in the file is run, no Java object
 * is deserialized, no database is opened from it; the ZIP is read within hard limits ({@link #MAX_ENTRIES},
 * {@link #MAX_UNPACKED_BYTES}) and every refusal says in Vietnamese what is wrong, naming other kinds of files
 * renamed to .cchc (Word, Excel, PDF, an H2 database, text).
 *
 * <p>Saving is atomic (see {@link SafeFileWriter}) and deterministic: the same assessment gives the same entries
 * byte for byte, except for the saved-at time in the manifest.
 */
public final class CchcFile {

    public static final String EXTENSION = ".cchc";
    public static final String MANIFEST = "manifest.json";
    public static final String CONTENT = "assessment.json";
    /** In a department's part: the part as it was sent, for merging it back (see {@link CchcManifest.PartOf}). */
    public static final String PART_ORIGIN = "part-origin.json";

    /**
     * A data-only .cchc has two entries, one with evidence as many more as it carries files; a few more are tolerated
     * in the count so that the message can name the stranger.
     */
    static final int MAX_ENTRIES = EvidenceLimits.MAX_FILES + 16;
    /** The cap on what the data (manifest, assessment) may unpack to; a large real workbook is well under 1 MB. */
    public static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
    /**
     * The cap on the file itself, checked before anything is unpacked: the data plus the evidence a workbook may
     * carry. Each evidence entry is bounded by its declared size, itself bounded per file and in total.
     */
    static final long MAX_FILE_BYTES = EvidenceLimits.MAX_WORKBOOK_BYTES + MAX_UNPACKED_BYTES;
    static final long MAX_MANIFEST_BYTES = 1024 * 1024;
    private static final int HEAD_BYTES = 4096;
    /** Fixed entry time, so that saving the same content twice gives the same bytes (DOS time, no time zone). */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    static volatile Clock clock = Clock.systemUTC();

    private CchcFile() {
    }

    /**
     * Reads the assessment saved in {@code file}.
     *
     * @throws CchcFileException when the file is refused; the message names the file and the problem
     */
    public static Assessment read(Path file) {
        return open(file).assessment();
    }

    /** Reads only the manifest (for a preview), after the same checks of the ZIP as {@link #read(Path)}. */
    public static CchcManifest readManifest(Path file) {
        String shownName = shownName(file);
        try (BoundedZip zip = openZip(file, shownName)) {
            return manifest(zip, shownName);
        }
    }

    /**
     * Reads the manifest and the assessment, with the assessment's JSON exactly as stored. Evidence files a .cchc
     * carries are checked to be listed and cited, but not unpacked (see {@link CchcEvidence#receive}).
     */
    public static Contents open(Path file) {
        String shownName = shownName(file);
        try (BoundedZip zip = openZip(file, shownName)) {
            return open(zip, shownName);
        }
    }

    static Contents open(BoundedZip zip, String shownName) {
        {
            CchcManifest manifest = manifest(zip, shownName);
            java.util.Set<String> expected = new java.util.HashSet<>(List.of(MANIFEST, CONTENT));
            if (manifest.partOf() != null) {
                expected.add(PART_ORIGIN);
            }
            for (CchcManifest.EvidenceEntry entry : manifest.evidence()) {
                if (entry.part() == 1) {
                    expected.add(entry.entryName());
                }
            }
            for (String name : zip.names()) {
                if (!expected.contains(name)) {
                    throw new CchcFileException("cchc.zip.unexpected", shownName, name);
                }
            }
            for (String name : expected) {
                if (!zip.contains(name) && !name.equals(CONTENT) && !name.equals(PART_ORIGIN)) {
                    throw new CchcFileException("evidence.cchc.entryMissing", shownName, name);
                }
            }
            if (!zip.contains(CONTENT)) {
                throw new CchcFileException("cchc.content.missing", shownName);
            }
            byte[] content = zip.read(CONTENT, MAX_UNPACKED_BYTES);
            if (!CchcManifest.sha256Of(content).equals(manifest.sha256())) {
                throw new CchcFileException("cchc.content.checksum", shownName);
            }
            JsonCheck<Assessment> check = AssessmentJson.check(content);
            if (!check.isValid()) {
                List<Problem> errors = check.errors();
                String first = errors.isEmpty() ? "" : errors.get(0).describe();
                throw new CchcFileException(new InterchangeException(check.problems()), check.problems(),
                        "cchc.content.invalid", shownName, first);
            }
            Assessment assessment = check.value();
            if (!assessment.id().equals(manifest.assessmentId())) {
                throw new CchcFileException("cchc.content.idMismatch", shownName);
            }
            CchcEvidence.checkListedAsCited(manifest, assessment, shownName);
            return new Contents(manifest, assessment, content);
        }
    }

    /**
     * Saves {@code assessment} to {@code file}, replacing it atomically: if the save fails or the process dies, the
     * old file is left as it was.
     *
     * @return the manifest written, whose {@code savedAt} the caller records
     * @throws CchcFileException when the folder is read-only or missing, or the file is locked by another program
     */
    public static CchcManifest write(Assessment assessment, Path file) {
        byte[] content = AssessmentJson.toBytes(assessment);
        CchcManifest manifest = CchcManifest.describing(assessment, content, clock.instant());
        SafeFileWriter.write(file, toBytes(manifest, content));
        return manifest;
    }

    /**
     * Saves the assessment JSON file {@code jsonFile} to {@code file} exactly as it is (after checking it as strictly
     * as opening would), so that exporting it again gives the same bytes: {@code import-json} then
     * {@code export-json} is an exact round trip.
     *
     * @throws InterchangeException when the JSON cannot be read or is not a valid assessment (nothing is written)
     * @throws CchcFileException    when the file cannot be written, or the JSON is larger than a workbook may be
     */
    public static CchcManifest writeExactJson(Path jsonFile, Path file) {
        try {
            long size = Files.size(jsonFile);
            if (size > MAX_UNPACKED_BYTES - MAX_MANIFEST_BYTES) {
                throw new CchcFileException("cchc.file.tooLarge", shownName(jsonFile),
                        (size + 1024 * 1024 - 1) / (1024 * 1024), MAX_UNPACKED_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            // JsonDocuments names the problem (missing file, no permission) below.
        }
        byte[] json = JsonDocuments.readAll(jsonFile);
        Assessment assessment = AssessmentJson.check(json).valueOrThrow();
        CchcManifest manifest = CchcManifest.describing(assessment, json, clock.instant());
        SafeFileWriter.write(file, toBytes(manifest, json));
        return manifest;
    }

    /**
     * Saves a department's part: {@code part} (the workbook limited to the department's criteria, under its own id)
     * with what it is part of, and {@code origin}, the part as it is being sent.
     */
    public static CchcManifest writePart(Assessment part, Assessment origin, CchcManifest.PartOf partOf, Path file) {
        byte[] content = AssessmentJson.toBytes(part);
        CchcManifest manifest = CchcManifest.describing(part, content, clock.instant()).asPart(partOf);
        byte[] originBytes = AssessmentJson.toBytes(origin);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            putEntry(zip, MANIFEST, manifest.toBytes());
            putEntry(zip, CONTENT, content);
            putEntry(zip, PART_ORIGIN, originBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        vn.cchc.workbook.files.SafeFileWriter.write(file, bytes.toByteArray());
        return manifest;
    }

    /**
     * Reads a department's part: the part, what it is part of, and the part as it was sent.
     *
     * @throws CchcFileException when the file is not a part, or is refused like any .cchc
     */
    public static PartContents readPart(Path file) {
        String shownName = shownName(file);
        try (BoundedZip zip = openZip(file, shownName)) {
            Contents contents = open(zip, shownName);
            if (contents.manifest().partOf() == null || !zip.contains(PART_ORIGIN)) {
                throw new CchcFileException("evidence.part.notAPart", shownName);
            }
            JsonCheck<Assessment> origin = AssessmentJson.check(zip.read(PART_ORIGIN, MAX_UNPACKED_BYTES));
            if (!origin.isValid() || !origin.value().id().equals(contents.assessment().id())) {
                throw new CchcFileException("evidence.part.originInvalid", shownName);
            }
            return new PartContents(contents, contents.manifest().partOf(), origin.value());
        }
    }

    /**
     * The department's part {@code file} is, read whole, or empty when it is a whole workbook: a program that
     * rewrites a .cchc (adding evidence, saving with or without it) keeps a part a part.
     *
     * @throws CchcFileException when the file is refused
     */
    public static java.util.Optional<PartContents> partIn(Path file) {
        return readManifest(file).partOf() == null ? java.util.Optional.empty()
                : java.util.Optional.of(readPart(file));
    }

    /** A department's part as read: the part now, what it belongs to, and as it was sent. */
    public record PartContents(Contents contents, CchcManifest.PartOf partOf, Assessment origin) {
    }

    /** The whole .cchc file for {@code assessment}, in memory. */
    public static byte[] toBytes(Assessment assessment, Instant savedAt) {
        byte[] content = AssessmentJson.toBytes(assessment);
        return toBytes(CchcManifest.describing(assessment, content, savedAt), content);
    }

    private static byte[] toBytes(CchcManifest manifest, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 4 + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.setLevel(Deflater.BEST_COMPRESSION);
            putEntry(zip, MANIFEST, manifest.toBytes());
            putEntry(zip, CONTENT, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static void putEntry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    static BoundedZip openZip(Path file, String shownName) {
        byte[] head = head(file, shownName);
        if (!ForeignFile.looksLikeZip(head)) {
            throw new CchcFileException(ForeignFile.describeNonZip(head), shownName);
        }
        // The total covers the data and every evidence file; each entry is also bounded on its own when read.
        return BoundedZip.open(file, shownName, MAX_ENTRIES, MAX_FILE_BYTES);
    }

    static CchcManifest manifest(BoundedZip zip, String shownName) {
        if (!zip.contains(MANIFEST)) {
            String key = ForeignFile.describeZip(zip.names()).orElse("cchc.manifest.missing");
            throw new CchcFileException(key, shownName);
        }
        return CchcManifest.parse(zip.read(MANIFEST, MAX_MANIFEST_BYTES), shownName);
    }

    /** The first bytes of the file, after checking that it exists, is not empty and is not too large. */
    private static byte[] head(Path file, String shownName) {
        if (Files.isDirectory(file)) {
            throw new CchcFileException("cchc.file.isFolder", shownName);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new CchcFileException("cchc.file.empty", shownName);
            }
            if (size > MAX_FILE_BYTES) {
                throw new CchcFileException("cchc.file.tooLarge", shownName, (size + 1024 * 1024 - 1) / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(HEAD_BYTES);
            }
        } catch (NoSuchFileException e) {
            throw new CchcFileException(e, "cchc.file.notFound", file.toString());
        } catch (AccessDeniedException e) {
            throw new CchcFileException(e, "cchc.file.denied", shownName);
        } catch (IOException e) {
            throw new CchcFileException(e, "cchc.file.unreadable", shownName, String.valueOf(e.getMessage()));
        }
    }

    static String shownName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** For tests that need a fixed saved-at time. */
    static void useClock(Clock newClock) {
        clock = newClock;
    }

    /**
     * What a .cchc holds.
     *
     * @param content the bytes of {@code assessment.json} exactly as stored (for an exact export)
     */
    public record Contents(CchcManifest manifest, Assessment assessment, byte[] content) {
        public Contents {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
