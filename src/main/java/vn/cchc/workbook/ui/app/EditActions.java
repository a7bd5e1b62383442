package vn.cchc.workbook.ui.app;

import java.util.function.Supplier;

import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.departments.DepartmentsDialog;
import vn.cchc.workbook.ui.departments.DepartmentsViewModel;
import vn.cchc.workbook.ui.info.WorkbookInfoDialog;
import vn.cchc.workbook.ui.info.WorkbookInfoViewModel;

/** Editing the open workbook from the menus and the toolbar: undo, redo, departments, description, lock. */
public final class EditActions {

    private final MainWindowModel model;
    private final DialogService dialogs;
    private final Window owner;
    private final Supplier<ScoringPane> pane;
    private final Runnable descriptionChanged;

    EditActions(MainWindowModel model, DialogService dialogs, Window owner, Supplier<ScoringPane> pane,
                Runnable descriptionChanged) {
        this.model = model;
        this.dialogs = dialogs;
        this.owner = owner;
        this.pane = pane;
        this.descriptionChanged = descriptionChanged;
    }

    public void undo() {
        EditSession session = model.session();
        if (session != null && model.editableProperty().get() && writable(session)) {
            runEdit(session::undo);
        }
    }

    public void redo() {
        EditSession session = model.session();
        if (session != null && model.editableProperty().get() && writable(session)) {
            runEdit(session::redo);
        }
    }

    /**
     * Whether an undo or redo could be written. While the writer is stopped on a refused write the menu items and
     * buttons are disabled ({@link EditSession#canUndo()}); Ctrl+Z / Ctrl+Y still reach here, and say why in the
     * status line rather than doing nothing without a word.
     */
    private boolean writable(EditSession session) {
        var state = session.writeState();
        if (!state.isStopped()) {
            return true;
        }
        ScoringPane current = pane.get();
        if (current != null) {
            current.say(Messages.get("writer.undoStopped", state.pending(), state.failure().orElse("")));
        }
        return false;
    }

    private void runEdit(Supplier<String> edit) {
        try {
            String code = edit.get();
            ScoringPane current = pane.get();
            if (current != null) {
                current.refresh();
                if (code != null) {
                    current.reveal(code);
                }
            }
        } catch (RuntimeException e) {
            dialogs.showError(e);
        }
    }

    public void editDepartments() {
        EditSession session = model.session();
        if (session == null || !model.editableProperty().get() || refusedInPart(session)) {
            return;
        }
        new DepartmentsDialog(owner, new DepartmentsViewModel(session)).showAndWait();
        refreshPane();
    }

    public void editInfo() {
        EditSession session = model.session();
        if (session == null || !model.editableProperty().get() || refusedInPart(session)) {
            return;
        }
        new WorkbookInfoDialog(owner, new WorkbookInfoViewModel(session),
                new vn.cchc.workbook.ui.rounds.RoundsViewModel(session)).showAndWait();
        model.update();
        refreshPane();
        descriptionChanged.run();
    }

    public void toggleLock() {
        EditSession session = model.session();
        if (session == null || model.isPreview() || refusedInPart(session)) {
            return;
        }
        boolean locking = !session.assessment().locked();
        String prefix = locking ? "ui.lock." : "ui.unlock.";
        if (!dialogs.confirm(Messages.get(prefix + "title"), Messages.get(prefix + "message"), Messages.get(prefix + "confirm"))) {
            return;
        }
        try {
            session.setLocked(locking);
        } catch (RuntimeException e) {
            dialogs.showError(e);
        }
        refreshPane();
    }

    /** A department's part opened by itself changes nothing of the workbook as a whole: says so, before asking. */
    private boolean refusedInPart(EditSession session) {
        return session.partLimit().map(limit -> {
            dialogs.showError(Messages.get("exchange.part.wholeWorkbook", limit.departmentName()));
            return true;
        }).orElse(false);
    }

    private void refreshPane() {
        ScoringPane current = pane.get();
        if (current != null) {
            current.refresh();
        }
        model.update();
    }
}
