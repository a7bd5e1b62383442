package vn.cchc.workbook.ui.criteria;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

import vn.cchc.workbook.domain.UserFacingException;

/**
 * The criteria windows' dialogs for tests: file choices are scripted (real files in a temp folder, no native chooser),
 * and messages are recorded instead of shown, so the test can assert on them.
 */
final class ScriptedDialogs implements CriteriaDialogs {

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final List<String> infos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    boolean confirmAnswer = true;

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, String title, FileKind kind) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String title, FileKind kind, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public void showError(Window owner, Throwable error) {
        errors.add(error instanceof UserFacingException userFacing ? userFacing.getMessage() : String.valueOf(error));
    }

    @Override
    public void showInfo(Window owner, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(Window owner, String message, String confirmLabel) {
        confirmations.add(message);
        return confirmAnswer;
    }
}
