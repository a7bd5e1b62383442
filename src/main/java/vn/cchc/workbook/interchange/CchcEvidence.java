package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.evidence.ContentSniffer;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceType;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;

/**
 * Evidence files inside .cchc files ("Lưu kèm minh chứng"). A file with evidence is format version 2: besides
 * {@code manifest.json} and {@code assessment.json} it holds one entry {@code evidence/<sha256>} per distinct file,
 * each listed in the manifest with its name, type, size and hash. When the whole is larger than mail systems accept
 * the evidence can be written in numbered part files beside the main file ("… (phần 2 của 3).cchc"), each a ZIP
 * with its own small manifest tying it to the main file; the main file lists the parts and opening it reads them
 * from the same folder.
 *
 * <p>Receiving streams every entry to a staging folder, never holding a file in memory, and keeps a file only when its
 * size, SHA-256 and content type are exactly what the manifest and the assessment say; the first file that is not
 * is refused with its name and nothing of the workbook is kept (the caller discards the staging folder).
 */
public final class CchcEvidence {

    /** The manifest format of a part file. */
    static final String PART_FORMAT = "cchc-evidence-part";
    /** What common mail systems accept for one message's attachments (Gmail 25 MB, many offices 20 MB). */
    public static final long MAIL_LIMIT_BYTES = 20L * 1024 * 1024;
    /** What one part aims at, leaving room under {@link #MAIL_LIMIT_BYTES} for the mail's own overhead. */
    public static final long PART_TARGET_BYTES = 19L * 1024 * 1024;
    private static final long ENTRY_OVERHEAD = 200;
    private static final long DATA_OVERHEAD = 4096;
    private static final int MAX_STEM = 160;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CchcEvidence() {
    }

    // ---- size before saving ----

    /**
     * What saving would write: the data (assessment, compressed) and the evidence files, in bytes; an estimate
     * within a few per cent, as evidence (PDF, JPEG, DOCX) is mostly compressed already.
     */
    public record SaveEstimate(long dataBytes, long evidenceBytes, int files) {
        public long totalBytes() {
            return dataBytes + evidenceBytes;
        }

        public boolean aboveMailLimit() {
            return totalBytes() > MAIL_LIMIT_BYTES;
        }
    }

    public static SaveEstimate estimate(Assessment assessment, boolean withEvidence) {
        long data = AssessmentJson.toBytes(assessment).length / 4 + DATA_OVERHEAD;
        if (!withEvidence) {
            return new SaveEstimate(data, 0, 0);
        }
        EvidenceInventory inventory = EvidenceInventory.of(assessment);
        long evidence = 0;
        for (EvidenceFile file : inventory.files().values()) {
            evidence += file.size() + ENTRY_OVERHEAD;
        }
        return new SaveEstimate(data, evidence, inventory.files().size());
    }

    /** How many files saving in parts of {@code limit} bytes would write. */
    public static int partsNeeded(Assessment assessment, long limit) {
        List<Long> sizes = EvidenceInventory.of(assessment).files().values().stream().map(EvidenceFile::size)
                .toList();
        return partCount(sizes, estimate(assessment, false).dataBytes(), limit);
    }

    private static int partCount(List<Long> sizes, long dataBytes, long limit) {
        int[] plan = plan(sizes, dataBytes, limit);
        int parts = 1;
        for (int part : plan) {
            parts = Math.max(parts, part);
        }
        return parts;
    }

    /**
     * The part each file goes to, in order: part 1 is the main file (with the data); a new part starts when the next
     * file would take the current one over {@code limit} ({@code limit <= 0}: one file). A file larger than the
     * limit gets a part of its own.
     */
    static int[] plan(List<Long> sizes, long dataBytes, long limit) {
        int[] parts = new int[sizes.size()];
        int part = 1;
        long used = dataBytes;
        boolean partHasContent = true;
        for (int i = 0; i < sizes.size(); i++) {
            long need = sizes.get(i) + ENTRY_OVERHEAD;
            if (limit > 0 && partHasContent && used + need > limit) {
                part++;
                used = DATA_OVERHEAD;
                partHasContent = false;
            }
            parts[i] = part;
            used += need;
            partHasContent = true;
        }
        return parts;
    }

    /** "Sổ … 2023 (phần 2 của 3).cchc" for the main file "Sổ … 2023.cchc". */
    public static String partName(String mainName, int part, int parts) {
        String stem = mainName;
        if (stem.toLowerCase(Locale.ROOT).endsWith(CchcFile.EXTENSION)) {
            stem = stem.substring(0, stem.length() - CchcFile.EXTENSION.length());
        }
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM));
        }
        return Messages.get("evidence.cchc.partName", stem, part, parts) + CchcFile.EXTENSION;
    }

    // ---- saving ----

    /** What was written: the manifest (with the evidence and part names) and every file, the main file last. */
    public record Saved(CchcManifest manifest, List<Path> files) {
        public Saved {
            files = List.copyOf(files);
        }
    }

    /**
     * Saves {@code assessment} with its evidence files to {@code file} (and, when {@code partLimit > 0} and the whole
     * is larger, to numbered part files beside it). Each file is replaced atomically; the parts are written before
     * the main file, which is the one that names them. Every file's content comes from {@code source}, checked as it
     * streams; nothing is held in memory.
     *
     * @throws CchcFileException when a cited file is not kept here (a workbook received without evidence)
     * @throws vn.cchc.workbook.domain.UserFacingException when a stored file changed or a file cannot be written
     */
    public static Saved write(Assessment assessment, Path file, EvidenceSource source, long partLimit) {
        return write(assessment, file, source, partLimit, null, null);
    }

    /**
     * Saves a department's part with the evidence files it cites, in one file: the part, what it is part of, the
     * part as sent ({@code origin}) and the files, so that what the department attaches travels back with it.
     *
     * @throws CchcFileException when a cited file is not kept here
     */
    public static Saved writePart(Assessment part, Assessment origin, CchcManifest.PartOf partOf, Path file,
                                  EvidenceSource source) {
        return write(part, file, source, 0, java.util.Objects.requireNonNull(partOf, "partOf"),
                java.util.Objects.requireNonNull(origin, "origin"));
    }

    private static Saved write(Assessment assessment, Path file, EvidenceSource source, long partLimit,
                               CchcManifest.PartOf partOf, Assessment origin) {
        byte[] content = AssessmentJson.toBytes(assessment);
        CchcManifest base = CchcManifest.describing(assessment, content, CchcFile.clock.instant());
        List<EvidenceFile> files = new ArrayList<>(EvidenceInventory.of(assessment).files().values());
        for (EvidenceFile evidence : files) {
            if (!source.has(evidence)) {
                throw new CchcFileException("evidence.cchc.notHere", evidence.name());
            }
        }
        int[] plan = plan(files.stream().map(EvidenceFile::size).toList(), content.length / 4 + DATA_OVERHEAD,
                partLimit);
        int parts = 1;
        for (int part : plan) {
            parts = Math.max(parts, part);
        }
        Path main = file.toAbsolutePath();
        String mainName = CchcFile.shownName(main);
        List<String> partNames = new ArrayList<>();
        for (int k = 2; k <= parts; k++) {
            partNames.add(partName(mainName, k, parts));
        }
        List<CchcManifest.EvidenceEntry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            EvidenceFile evidence = files.get(i);
            entries.add(new CchcManifest.EvidenceEntry(evidence.name(), evidence.type(), evidence.size(),
                    evidence.sha256(), plan[i]));
        }
        CchcManifest manifest = base.withEvidence(entries, partNames);
        if (partOf != null) {
            manifest = manifest.asPart(partOf);
        }
        List<Path> written = new ArrayList<>();
        for (int k = 2; k <= parts; k++) {
            int part = k;
            Path partFile = main.resolveSibling(partNames.get(k - 2));
            byte[] partManifest = partManifest(manifest, part, parts);
            SafeFileWriter.write(partFile, out -> writeZip(out, List.of(new Data(CchcFile.MANIFEST, partManifest)),
                    files, plan, part, source));
            written.add(partFile);
        }
        List<Data> data = new ArrayList<>(List.of(new Data(CchcFile.MANIFEST, manifest.toBytes()),
                new Data(CchcFile.CONTENT, content)));
        if (origin != null) {
            data.add(new Data(CchcFile.PART_ORIGIN, AssessmentJson.toBytes(origin)));
        }
        SafeFileWriter.write(main, out -> writeZip(out, data, files, plan, 1, source));
        written.add(main);
        return new Saved(manifest, written);
    }

    private record Data(String name, byte[] bytes) {
    }

    private static void writeZip(OutputStream out, List<Data> data, List<EvidenceFile> files, int[] plan, int part,
                                 EvidenceSource source) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setMethod(ZipOutputStream.DEFLATED);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (Data entry : data) {
            CchcFile.putEntry(zip, entry.name(), entry.bytes());
        }
        for (int i = 0; i < files.size(); i++) {
            if (plan[i] != part) {
                continue;
            }
            EvidenceFile evidence = files.get(i);
            // Images, OOXML/ODF and (scanned) PDF are compressed already; deflating them again only costs time.
            zip.setLevel(isCompressed(evidence.type()) ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
            ZipEntry entry = new ZipEntry(CchcManifest.EVIDENCE_FOLDER + evidence.sha256());
            entry.setTimeLocal(CchcFile.ENTRY_TIME);
            zip.putNextEntry(entry);
            source.copyTo(evidence, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static boolean isCompressed(EvidenceType type) {
        return switch (type) {
            case PDF, JPEG, PNG, DOCX, XLSX, ODT, ODS -> true;
            case DOC, XLS -> false;
        };
    }

    private static byte[] partManifest(CchcManifest main, int part, int parts) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", PART_FORMAT);
        node.put("formatVersion", CchcManifest.WITH_EVIDENCE_VERSION);
        node.put("assessmentId", main.assessmentId());
        node.put("contentSha256", main.sha256());
        node.put("part", part);
        node.put("parts", parts);
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- receiving ----

    /**
     * An opened .cchc with the evidence files it carried, each checked and written to the staging folder.
     *
     * @param staged the staged copy of each file, by SHA-256 (empty for a data-only file)
     */
    public record Received(CchcFile.Contents contents, Map<String, Path> staged) {
        public Received {
            staged = Collections.unmodifiableMap(new LinkedHashMap<>(staged));
        }
    }

    /**
     * Opens {@code file} (and its part files) and writes every evidence file it carries into {@code stagingFolder},
     * after checking it. The caller takes the staged files into its store, and deletes the staging folder whatever
     * happens.
     *
     * @throws CchcFileException naming the file at fault: the workbook or a part refused, a part missing, an evidence
     *                           file whose size, hash, type or name is wrong
     */
    public static Received receive(Path file, Path stagingFolder) {
        String shownName = CchcFile.shownName(file);
        try (BoundedZip zip = CchcFile.openZip(file, shownName)) {
            CchcFile.Contents contents = CchcFile.open(zip, shownName);
            CchcManifest manifest = contents.manifest();
            Map<String, Path> staged = new LinkedHashMap<>();
            stageAll(zip, shownName, manifest, 1, stagingFolder, staged);
            for (int part = 2; part <= manifest.parts().size() + 1; part++) {
                String partName = manifest.parts().get(part - 2);
                Path partFile = file.toAbsolutePath().resolveSibling(partName);
                if (!Files.isRegularFile(partFile)) {
                    throw new CchcFileException("evidence.cchc.partMissing", shownName, partName);
                }
                try (BoundedZip partZip = CchcFile.openZip(partFile, partName)) {
                    checkPart(partZip, partName, manifest, part);
                    stageAll(partZip, partName, manifest, part, stagingFolder, staged);
                }
            }
            return new Received(contents, staged);
        }
    }

    private static void checkPart(BoundedZip zip, String shownName, CchcManifest main, int part) {
        if (!zip.contains(CchcFile.MANIFEST)) {
            throw new CchcFileException("cchc.manifest.missing", shownName);
        }
        JsonNode root;
        try (JsonParser parser = JSON.createParser(zip.read(CchcFile.MANIFEST, CchcFile.MAX_MANIFEST_BYTES))) {
            root = JSON.readTree(parser);
        } catch (IOException e) {
            throw new CchcFileException(e, "cchc.manifest.notJson", shownName);
        }
        if (root == null || !PART_FORMAT.equals(root.path("format").asText())
                || !main.assessmentId().equals(root.path("assessmentId").asText())
                || !main.sha256().equals(root.path("contentSha256").asText())
                || root.path("part").asInt(-1) != part || root.path("parts").asInt(-1) != main.parts().size() + 1) {
            throw new CchcFileException("evidence.cchc.partForeign", shownName);
        }
        java.util.Set<String> expected = new java.util.HashSet<>(List.of(CchcFile.MANIFEST));
        for (CchcManifest.EvidenceEntry entry : main.evidence()) {
            if (entry.part() == part) {
                expected.add(entry.entryName());
            }
        }
        for (String name : zip.names()) {
            if (!expected.contains(name)) {
                throw new CchcFileException("cchc.zip.unexpected", shownName, name);
            }
        }
    }

    private static void stageAll(BoundedZip zip, String shownName, CchcManifest manifest, int part, Path staging,
                                 Map<String, Path> staged) {
        for (CchcManifest.EvidenceEntry entry : manifest.evidence()) {
            if (entry.part() != part) {
                continue;
            }
            if (!zip.contains(entry.entryName())) {
                throw new CchcFileException("evidence.cchc.entryMissing", shownName, entry.name());
            }
            staged.put(entry.sha256(), stage(zip, shownName, entry, staging));
        }
    }

    private static Path stage(BoundedZip zip, String shownName, CchcManifest.EvidenceEntry entry, Path staging) {
        Path target = staging.resolve(entry.sha256());
        MessageDigest digest = sha256();
        long written;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW),
                digest)) {
            written = zip.copy(entry.entryName(), out, entry.size());
        } catch (CchcFileException refused) {
            if ("cchc.zip.bomb".equals(refused.messageKey())) {
                throw new CchcFileException(refused, "evidence.cchc.sizeMismatch", shownName, entry.name());
            }
            throw refused;
        } catch (IOException e) {
            throw new CchcFileException(e, "evidence.cchc.cannotStage", entry.name(), String.valueOf(e.getMessage()));
        }
        if (written != entry.size()) {
            throw new CchcFileException("evidence.cchc.sizeMismatch", shownName, entry.name());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
            throw new CchcFileException("evidence.cchc.hashMismatch", shownName, entry.name());
        }
        Optional<EvidenceType> type;
        try {
            type = ContentSniffer.sniff(target);
        } catch (IOException e) {
            throw new CchcFileException(e, "evidence.cchc.cannotStage", entry.name(), String.valueOf(e.getMessage()));
        }
        if (type.isEmpty() || type.get() != entry.type()) {
            throw new CchcFileException("evidence.cchc.typeMismatch", shownName, entry.name(), entry.type().label(),
                    type.map(EvidenceType::label).orElseGet(() -> Messages.get(ContentSniffer.describeForeign(target))));
        }
        return target;
    }

    /**
     * For a file that carries evidence: every file listed is cited by the assessment with the same size and type,
     * and every file the assessment cites is listed.
     */
    static void checkListedAsCited(CchcManifest manifest, Assessment assessment, String shownName) {
        if (!manifest.hasEvidence()) {
            return;
        }
        Map<String, EvidenceFile> cited = EvidenceInventory.of(assessment).files();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (CchcManifest.EvidenceEntry entry : manifest.evidence()) {
            EvidenceFile file = cited.get(entry.sha256());
            if (file == null) {
                throw new CchcFileException("evidence.cchc.notCited", shownName, entry.name());
            }
            if (file.size() != entry.size() || file.type() != entry.type()) {
                throw new CchcFileException("evidence.cchc.descriptionDiffers", shownName, entry.name());
            }
            listed.add(entry.sha256());
        }
        for (EvidenceFile file : cited.values()) {
            if (!listed.contains(file.sha256())) {
                throw new CchcFileException("evidence.cchc.fileMissing", shownName, file.name());
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
