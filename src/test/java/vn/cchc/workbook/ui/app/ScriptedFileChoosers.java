package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.FxDialogService;

/**
 * The real dialogs, except the native file choosers (which headless Monocle cannot show): those answer with the
 * paths a test queued, and remember the name the window suggested.
 */
final class ScriptedFileChoosers implements DialogService {

    private final FxDialogService real;
    final Deque<Path> answers = new ArrayDeque<>();
    String lastSuggestedName;

    ScriptedFileChoosers(FxDialogService real) {
        this.real = real;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialDirectory, String suggestedName) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void showError(Throwable error) {
        real.showError(error);
    }

    @Override
    public void showError(String message) {
        real.showError(message);
    }

    @Override
    public void showInfo(String title, String message) {
        real.showInfo(title, message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return real.confirm(title, message, confirmLabel);
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        return real.askSaveChanges(documentName);
    }

    @Override
    public ImportChoice askImportConflict(String documentName, boolean localHasUnsavedChanges) {
        return real.askImportConflict(documentName, localHasUnsavedChanges);
    }

    @Override
    public EvidenceSaveChoice askEvidenceSave(String message, int parts) {
        return real.askEvidenceSave(message, parts);
    }

    @Override
    public java.util.Optional<Boolean> askSaveWithEvidence(String message, boolean lastWithEvidence) {
        return real.askSaveWithEvidence(message, lastWithEvidence);
    }

    @Override
    public ExportFollowUp askAfterExport(Path file) {
        return real.askAfterExport(file);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return real.askText(title, label, initial);
    }
}
