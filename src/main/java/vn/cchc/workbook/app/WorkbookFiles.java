package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Objects;
import java.util.UUID;

import java.util.Map;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.EvidenceSource;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.interchange.CchcManifest;

/**
 * Opening and saving workbook files (.cchc) for the window and the command line: the bridge between the local
 * store, where every edit lives, and the file that is saved and emailed. A file is read and checked whole before
 * the store is touched, so a refused file changes nothing: evidence files it carries are streamed to a staging
 * folder inside the store and taken in only after every one of them passed its checks.
 */
public final class WorkbookFiles {

    /** Keeps suggested names well under Windows' 255-character limit, with room for the folder path. */
    private static final int MAX_NAME_PART = 80;

    private final WorkbookStore store;

    public WorkbookFiles(WorkbookStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Imports the assessment saved in {@code file} into the store and records that it is saved to that file.
     *
     * @param choice what to do when the store already has an assessment with the file's id
     * @return the id of the assessment in the store (a new id for {@link OnConflict#KEEP_BOTH})
     * @throws CchcFileException          when the file is refused (nothing changed)
     * @throws AssessmentExistsException  for {@link OnConflict#ASK} when the id exists (nothing changed)
     */
    public String open(Path file, OnConflict choice) {
        Objects.requireNonNull(choice, "choice");
        EvidenceFolder folder = store.evidenceFolder();
        Path staging = folder.newStagingFolder();
        try {
            CchcEvidence.Received received = CchcEvidence.receive(file, staging);
            return take(file, choice, received);
        } finally {
            folder.discard(staging);
        }
    }

    private String take(Path file, OnConflict choice, CchcEvidence.Received received) {
        CchcFile.Contents contents = received.contents();
        Assessment sent = contents.assessment();
        // Whose copy it is here: the local copy's side when there is one, else the receiver of the last step.
        Side localSide = choice == OnConflict.KEEP_BOTH ? null : store.loadAssessment(sent.id())
                .map(local -> local.rounds().side()).orElse(null);
        Assessment assessment = sent.withRounds(sent.rounds().receivedBy(localSide));
        if (choice == OnConflict.ASK && store.containsAssessment(assessment.id())) {
            throw new AssessmentExistsException(summary(assessment.id()), store.hasUnsavedChanges(assessment.id()));
        }
        Map<String, EvidenceFile> cited = EvidenceInventory.of(assessment).files();
        received.staged().forEach((sha256, staged) -> store.evidenceFolder().adopt(staged, cited.get(sha256)));
        String id = assessment.id();
        if (store.containsAssessment(id)) {
            switch (choice) {
                case ASK -> throw new AssessmentExistsException(summary(id), store.hasUnsavedChanges(id));
                case REPLACE -> {
                    // The copy being replaced stays as an earlier round ("Các vòng trước"), unless it is the same.
                    Assessment here = load(id);
                    if (here.equals(assessment)) {
                        store.replaceAssessment(assessment);
                    } else {
                        store.replaceAssessment(assessment, Messages.get("exchange.round.label",
                                file.getFileName().toString()), AssessmentJson.toBytes(here));
                    }
                }
                case KEEP_BOTH -> {
                    id = UUID.randomUUID().toString();
                    store.createAssessment(assessment.withId(id));
                }
            }
        } else {
            store.createAssessment(assessment);
        }
        store.markSavedToFile(id, file.toAbsolutePath(), contents.manifest().savedAt());
        return id;
    }

    /**
     * Writes the stored assessment to {@code file} (atomically: the old file stays whole if anything fails) and
     * records that it has no unsaved changes.
     *
     * @throws CchcFileException when the file cannot be written (read-only folder, locked file)
     */
    public CchcManifest save(String assessmentId, Path file) {
        Assessment assessment = load(assessmentId);
        Optional<CchcFile.PartContents> part = partOf(assessmentId, file);
        CchcManifest manifest = part.isPresent()
                ? CchcFile.writePart(assessment, part.get().origin(), part.get().partOf(), file)
                : CchcFile.write(assessment, file);
        store.markSavedToFile(assessmentId, file.toAbsolutePath(), manifest.savedAt());
        return manifest;
    }

    /**
     * The department's part this assessment is, read from the file being saved over or else the file it was last
     * saved to or opened from: saving a part, under any name and with or without evidence, keeps it a part.
     */
    Optional<CchcFile.PartContents> partOf(String assessmentId, Path target) {
        Optional<CchcFile.PartContents> atTarget = partSavedAt(target, assessmentId);
        if (atTarget.isPresent()) {
            return atTarget;
        }
        return store.savedFile(assessmentId).flatMap(saved -> partSavedAt(saved, assessmentId));
    }

    /**
     * Writes the stored assessment as assessment JSON to {@code file}, exactly as stored, even when it is damaged
     * (a value beyond the bounds is written as the number it is, which validating the file then names), so that its
     * data can be kept, sent on or repaired before the workbook is deleted.
     *
     * @throws CchcFileException when the workbook is no longer in the store
     * @throws vn.cchc.workbook.files.SafeWriteException when the file cannot be written
     */
    public void exportJson(String assessmentId, Path file) {
        Assessment assessment = store.loadAssessment(assessmentId)
                .orElseThrow(() -> new CchcFileException("cchc.open.notInStore", assessmentId));
        SafeFileWriter.write(file, AssessmentJson.toBytes(assessment));
    }

    /**
     * "Lưu kèm minh chứng": writes the stored assessment with every evidence file it cites, in one file or, with
     * {@code partLimit > 0}, in numbered parts of about that size beside it.
     *
     * @throws CchcFileException when a cited file is not kept here, or a file cannot be written
     */
    public CchcEvidence.Saved saveWithEvidence(String assessmentId, Path file, long partLimit) {
        Assessment assessment = load(assessmentId);
        Optional<CchcFile.PartContents> part = partOf(assessmentId, file);
        // A department's part travels in one file, with what it is part of and the part as sent.
        CchcEvidence.Saved saved = part.isPresent()
                ? CchcEvidence.writePart(assessment, part.get().origin(), part.get().partOf(), file, evidenceSource())
                : CchcEvidence.write(assessment, file, evidenceSource(), partLimit);
        store.markSavedToFile(assessmentId, file.toAbsolutePath(), saved.manifest().savedAt());
        return saved;
    }

    /** The evidence files kept in this store, as the .cchc writer reads them (checked as they stream). */
    EvidenceSource evidenceSource() {
        EvidenceFolder folder = store.evidenceFolder();
        return new EvidenceSource() {
            @Override
            public boolean has(EvidenceFile evidence) {
                return folder.contains(evidence.sha256());
            }

            @Override
            public void copyTo(EvidenceFile evidence, java.io.OutputStream out) {
                folder.copyTo(evidence, out);
            }
        };
    }

    /** The size saving would give, with or without evidence, for showing before saving. */
    public CchcEvidence.SaveEstimate estimate(String assessmentId, boolean withEvidence) {
        return CchcEvidence.estimate(load(assessmentId), withEvidence);
    }

    /** Whether every evidence file the assessment cites is kept here (otherwise it can be saved data-only only). */
    public boolean hasAllEvidence(String assessmentId) {
        EvidenceFolder folder = store.evidenceFolder();
        return EvidenceInventory.of(load(assessmentId)).files().keySet().stream().allMatch(folder::contains);
    }

    /**
     * The department's part already at {@code file} for this assessment: saving over it keeps what it is part of
     * and the part as it was sent, so that it can still be merged.
     */
    private static Optional<CchcFile.PartContents> partSavedAt(Path file, String assessmentId) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            CchcManifest manifest = CchcFile.readManifest(file);
            if (manifest.partOf() == null || !manifest.assessmentId().equals(assessmentId)) {
                return Optional.empty();
            }
            return Optional.of(CchcFile.readPart(file));
        } catch (CchcFileException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Refuses, with its reason, a file that is not a workbook at all (a renamed text or Excel file, an empty or cut
     * download, another zip), reading only its manifest: the window says so before it asks anything about the
     * workbook open now.
     */
    public void checkIsWorkbook(Path file) {
        CchcFile.readManifest(file);
    }

    /**
     * The copy of {@code file}'s workbook already in the store, if any (read before a returned file replaces it,
     * to show what the other side changed). Empty when the file cannot be read; opening it then says why.
     */
    public Optional<Assessment> peekLocalCopy(Path file) {
        try {
            return store.loadAssessment(CchcFile.readManifest(file).assessmentId());
        } catch (CchcFileException unreadable) {
            return Optional.empty();
        }
    }

    private Assessment load(String assessmentId) {
        return store.loadAssessment(assessmentId)
                .orElseThrow(() -> new CchcFileException("cchc.open.notInStore", assessmentId));
    }

    /**
     * A readable file name that is safe on Windows, macOS and Linux, keeping Vietnamese letters:
     * "Sổ chấm điểm CCHC - Hiền Thành - 6 tháng đầu năm 2023.cchc".
     */
    public static Path suggestedFileName(Assessment assessment) {
        String unit = clean(assessment.unit().name());
        String period = clean(assessment.period().label());
        StringBuilder name = new StringBuilder(Messages.get("cchc.fileName.prefix"));
        if (!unit.isEmpty()) {
            name.append(" - ").append(cut(unit));
        }
        name.append(" - ");
        if (!period.isEmpty()) {
            name.append(cut(period)).append(' ');
        }
        name.append(assessment.year());
        return Path.of(name + CchcFile.EXTENSION);
    }

    private WorkbookStore.AssessmentSummary summary(String id) {
        return store.listAssessments().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Store lists no assessment " + id));
    }

    /**
     * Strips what Windows forbids in names (&lt;&gt;:"/\|?* and control characters) and what confuses people
     * (leading/trailing dots and spaces, runs of spaces); composes letters (NFC) as Windows Explorer expects.
     */
    public static String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || "<>:\"/\\|?*".indexOf(c) >= 0) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        String result = out.toString().replaceAll("\\s+", " ").strip();
        result = result.replaceAll("^[. ]+|[. ]+$", "");
        return result;
    }

    private static String cut(String part) {
        if (part.codePointCount(0, part.length()) <= MAX_NAME_PART) {
            return part;
        }
        return part.substring(0, part.offsetByCodePoints(0, MAX_NAME_PART)).strip();
    }
}
