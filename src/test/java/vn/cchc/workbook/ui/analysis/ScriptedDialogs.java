package vn.cchc.workbook.ui.analysis;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.ErrorMessages;

/**
 * Answers the analysis views' questions from queues a test fills, and records errors instead of showing them
 * (a modal alert would block a headless test).
 */
public final class ScriptedDialogs implements DialogService {

    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<List<Path>> fileLists = new ArrayDeque<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public ExportFollowUp afterExport = ExportFollowUp.CLOSE;

    @Override
    public void showError(Throwable error) {
        errors.add(ErrorMessages.forUser(error));
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return true;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        return SaveChoice.CANCEL;
    }

    @Override
    public ImportChoice askImportConflict(String documentName, boolean localHasUnsavedChanges) {
        return ImportChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileKind kind) {
        List<Path> answer = fileLists.poll();
        return answer == null ? List.of() : answer;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialDirectory, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return Optional.empty();
    }

    @Override
    public ExportFollowUp askAfterExport(Path file) {
        return afterExport;
    }
}
