package vn.cchc.workbook.ui.criteria;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Stage;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.FxDialogService;

/**
 * The questions the criteria windows put to the user: files to open or write, errors, confirmations. A thin adapter
 * over the shell's {@link DialogService} that names the asking window on every call (the library, the editor and the
 * preview are separate windows, and a dialog belongs to the one that asked); an interface so that tests drive the
 * windows with real files without a native file chooser.
 */
public interface CriteriaDialogs {

    enum FileKind {
        JSON(DialogService.FileKind.CRITERIA_JSON),
        EXCEL(DialogService.FileKind.EXCEL),
        /** Where a province's set is read from: Excel or Word. */
        CRITERIA_TABLE(DialogService.FileKind.CRITERIA_TABLE);

        private final DialogService.FileKind shellKind;

        FileKind(DialogService.FileKind shellKind) {
            this.shellKind = shellKind;
        }
    }

    Optional<Path> chooseFileToOpen(Window owner, String title, FileKind kind);

    Optional<Path> chooseFileToSave(Window owner, String title, FileKind kind, String suggestedName);

    void showError(Window owner, Throwable error);

    void showInfo(Window owner, String message);

    boolean confirm(Window owner, String message, String confirmLabel);

    /** The real dialogs: the shell's {@link FxDialogService}, owned by the criteria window that asks. */
    CriteriaDialogs FX = new CriteriaDialogs() {

        @Override
        public Optional<Path> chooseFileToOpen(Window owner, String title, FileKind kind) {
            return new FxDialogService(owner).chooseFileToOpen(title, kind.shellKind);
        }

        @Override
        public Optional<Path> chooseFileToSave(Window owner, String title, FileKind kind, String suggestedName) {
            return new FxDialogService(owner).chooseFileToSave(title, kind.shellKind, null, suggestedName);
        }

        @Override
        public void showError(Window owner, Throwable error) {
            new FxDialogService(owner).showError(error);
        }

        @Override
        public void showInfo(Window owner, String message) {
            new FxDialogService(owner).showInfo(titleOf(owner), message);
        }

        @Override
        public boolean confirm(Window owner, String message, String confirmLabel) {
            return new FxDialogService(owner).confirm(titleOf(owner), message, confirmLabel);
        }

        /** The asking window's own title ("Bộ tiêu chí", "Trình soạn thảo bộ tiêu chí — …") names the dialog. */
        private String titleOf(Window owner) {
            return owner instanceof Stage stage && stage.getTitle() != null ? stage.getTitle()
                    : Messages.get("criteriaui.library.title");
        }
    };
}
