package vn.cchc.workbook.ui.criteria;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The questions the criteria windows put to the user: files to open or write, errors, confirmations. An interface
 * so that tests drive the windows with real files without a native file chooser.
 */
public interface CriteriaDialogs {

    enum FileKind {
        JSON("criteriaui.file.json", "*.json"),
        EXCEL("criteriaui.file.xlsx", "*.xlsx");

        private final String descriptionKey;
        private final String pattern;

        FileKind(String descriptionKey, String pattern) {
            this.descriptionKey = descriptionKey;
            this.pattern = pattern;
        }
    }

    Optional<Path> chooseFileToOpen(Window owner, String title, FileKind kind);

    Optional<Path> chooseFileToSave(Window owner, String title, FileKind kind, String suggestedName);

    void showError(Window owner, Throwable error);

    void showInfo(Window owner, String message);

    boolean confirm(Window owner, String message, String confirmLabel);

    /** The real dialogs: native file choosers and alerts. */
    CriteriaDialogs FX = new CriteriaDialogs() {
        private static final Logger LOG = Logger.getLogger(CriteriaDialogs.class.getName());

        @Override
        public Optional<Path> chooseFileToOpen(Window owner, String title, FileKind kind) {
            return Optional.ofNullable(chooser(title, kind).showOpenDialog(owner)).map(java.io.File::toPath);
        }

        @Override
        public Optional<Path> chooseFileToSave(Window owner, String title, FileKind kind, String suggestedName) {
            FileChooser chooser = chooser(title, kind);
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        }

        private FileChooser chooser(String title, FileKind kind) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(Messages.get(kind.descriptionKey), kind.pattern));
            return chooser;
        }

        @Override
        public void showError(Window owner, Throwable error) {
            alert(owner, Alert.AlertType.ERROR, messageFor(error));
        }

        @Override
        public void showInfo(Window owner, String message) {
            alert(owner, Alert.AlertType.INFORMATION, message);
        }

        @Override
        public boolean confirm(Window owner, String message, String confirmLabel) {
            ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(Messages.get("criteriaui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
            alert.initOwner(owner);
            alert.setHeaderText(null);
            alert.getDialogPane().setContent(wrapped(message));
            return alert.showAndWait().filter(yes::equals).isPresent();
        }

        private void alert(Window owner, Alert.AlertType type, String message) {
            Alert alert = new Alert(type, "", ButtonType.OK);
            alert.initOwner(owner);
            alert.setHeaderText(null);
            alert.getDialogPane().setContent(wrapped(message));
            alert.showAndWait();
        }

        private Label wrapped(String message) {
            Label label = new Label(message);
            label.setWrapText(true);
            label.setMaxWidth(520);
            return label;
        }

        private String messageFor(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof UserFacingException userFacing) {
                    LOG.log(Level.INFO, "Refused: " + userFacing, userFacing);
                    return userFacing.getMessage();
                }
            }
            LOG.log(Level.SEVERE, "Unexpected error in the criteria windows", error);
            return Messages.get("criteriaui.error.unexpected");
        }
    };
}
