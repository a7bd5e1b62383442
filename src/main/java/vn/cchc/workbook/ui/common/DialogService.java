package vn.cchc.workbook.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the program puts to the user. View models talk to this interface only, so they can be
 * tested without showing a window; {@link FxDialogService} draws the real dialogs.
 */
public interface DialogService {

    /** Shows an error: the Vietnamese message of a user-facing error, or a short general message (the log gets the rest). */
    void showError(Throwable error);

    void showError(String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** "Lưu / Không lưu / Hủy" before closing a workbook with changes not written to its file. */
    SaveChoice askSaveChanges(String documentName);

    /** "Thay thế bản trong máy / Giữ cả hai / Hủy" when an opened file's workbook is already in the store. */
    ImportChoice askImportConflict(String documentName, boolean localHasUnsavedChanges);

    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    /** As {@link #chooseFileToOpen(String, FileKind)}, starting in {@code lastUsed} (the folder last used) if it exists. */
    default Optional<Path> chooseFileToOpen(String title, FileKind kind, Path lastUsed) {
        return chooseFileToOpen(title, kind);
    }

    Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialDirectory, String suggestedName);

    /** Several files at once (the workbooks to rank); empty when cancelled. */
    default List<Path> chooseFilesToOpen(String title, FileKind kind) {
        return chooseFileToOpen(title, kind).map(List::of).orElse(List.of());
    }

    /** A folder (all the workbooks in it); empty when cancelled. */
    default Optional<Path> chooseFolder(String title, Path initialDirectory) {
        return Optional.empty();
    }

    /** A single line of text (a department name); empty when cancelled. */
    Optional<String> askText(String title, String label, String initial);

    /** After an export: open the file, open its folder, or just close. */
    ExportFollowUp askAfterExport(Path file);

    /** Asks {@link #askAfterExport} and opens the file or its folder with {@code open} as the user chose. */
    default void offerToOpen(Path file, java.util.function.Consumer<Path> open) {
        switch (askAfterExport(file)) {
            case OPEN_FILE -> open.accept(file);
            case OPEN_FOLDER -> open.accept(file.toAbsolutePath().getParent());
            case CLOSE -> { }
        }
    }

    /**
     * Before "Lưu kèm minh chứng": shows {@code message} (the size) and, when {@code parts > 1}, offers numbered parts
     * beside one file. The default (for scripted dialogs) saves in one file.
     */
    default EvidenceSaveChoice askEvidenceSave(String message, int parts) {
        return EvidenceSaveChoice.ONE_FILE;
    }

    enum EvidenceSaveChoice { ONE_FILE, PARTS, CANCEL }

    /**
     * "Lưu thành…" of a workbook that cites evidence files: with them or data only ({@code message} says how many
     * and how big); the button of {@code lastWithEvidence} is the default. Empty when cancelled. The default (for
     * scripted dialogs) follows the last choice.
     */
    default java.util.Optional<Boolean> askSaveWithEvidence(String message, boolean lastWithEvidence) {
        return java.util.Optional.of(lastWithEvidence);
    }

    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    enum ExportFollowUp { OPEN_FILE, OPEN_FOLDER, CLOSE }

    enum ImportChoice { REPLACE, KEEP_BOTH, CANCEL }

    /** The file types the program opens and writes. */
    enum FileKind {
        WORKBOOK("ui.file.kind.cchc", "*.cchc"),
        CRITERIA_JSON("ui.file.kind.json", "*.json"),
        EXCEL("ui.file.kind.xlsx", "*.xlsx"),
        WORD("ui.file.kind.docx", "*.docx"),
        PNG("analysis.file.kind.png", "*.png"),
        /** A province's criteria appendix: Excel or Word; .doc and .pdf are listed so the user is told what to do. */
        CRITERIA_TABLE("ui.file.kind.criteriaTable", "*.xlsx", "*.xls", "*.docx", "*.doc", "*.pdf");

        private final String descriptionKey;
        private final String pattern;
        private final List<String> patterns;

        FileKind(String descriptionKey, String pattern, String... more) {
            this.descriptionKey = descriptionKey;
            this.pattern = pattern;
            List<String> all = new java.util.ArrayList<>(List.of(pattern));
            all.addAll(List.of(more));
            this.patterns = List.copyOf(all);
        }

        /** Every file pattern of the kind, the main one first. */
        public List<String> patterns() {
            return patterns;
        }

        public String descriptionKey() {
            return descriptionKey;
        }

        public String pattern() {
            return pattern;
        }

        public String extension() {
            return pattern.substring(1);
        }
    }
}
