package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Objects;
import java.util.UUID;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.interchange.CchcManifest;
import vn.cchc.workbook.store.WorkbookStore;

/**
 * Opening and saving workbook files (.cchc) for the window and the command line: the bridge between the local
 * store, where every edit lives, and the file that is saved and emailed. A file is read and checked whole before
 * the store is touched, so a refused file changes nothing.
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
        CchcFile.Contents contents = CchcFile.open(file);
        Assessment assessment = contents.assessment();
        String id = assessment.id();
        if (store.containsAssessment(id)) {
            switch (choice) {
                case ASK -> throw new AssessmentExistsException(summary(id), store.hasUnsavedChanges(id));
                case REPLACE -> store.replaceAssessment(assessment);
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
        Assessment assessment = store.loadAssessment(assessmentId)
                .orElseThrow(() -> new CchcFileException("cchc.open.notInStore", assessmentId));
        CchcManifest manifest = CchcFile.write(assessment, file);
        store.markSavedToFile(assessmentId, file.toAbsolutePath(), manifest.savedAt());
        return manifest;
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
