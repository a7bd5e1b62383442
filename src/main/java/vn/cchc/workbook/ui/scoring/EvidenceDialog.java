package vn.cchc.workbook.ui.scoring;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.FieldRules;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.FormValidation;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/**
 * Adds or edits one tài liệu kiểm chứng: số ký hiệu, ngày, trích yếu and a file chosen on this computer, which is
 * then copied into the workbook (the dialog only names it; the view model checks and stores it).
 */
final class EvidenceDialog {

    private EvidenceDialog() {
    }

    /** What the dialog gives back: the citation, and a file to attach when one was chosen. */
    record Result(EvidenceDocument citation, Path newFile) {
    }

    /** @param shownCode the criterion's code as printed, for the header */
    static Optional<Result> show(Window owner, String shownCode, EvidenceDocument initial) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setTitle(Messages.get(initial == null ? "scoring.evidence.dialog.addTitle"
                : "scoring.evidence.dialog.editTitle"));
        dialog.setHeaderText(Messages.get("scoring.evidence.dialog.header", shownCode));
        dialog.getDialogPane().getStylesheets().add(ScoringView.stylesheet());
        dialog.getDialogPane().getStyleClass().add("evidence-dialog");

        TextField number = new TextField(initial == null ? "" : initial.number());
        number.setPromptText(Messages.get("scoring.evidence.dialog.numberPrompt"));
        javafx.beans.property.ObjectProperty<java.time.LocalDate> dateValue =
                new javafx.beans.property.SimpleObjectProperty<>(initial == null ? null : initial.date());
        TextField date = FormFields.dateField(dateValue, "evidence-dialog-date");
        number.setId("evidence-dialog-number");
        TextArea summary = new TextArea(initial == null ? "" : initial.summary());
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        FormFields.tabMovesOn(summary);
        TextField file = new TextField(initialFileText(initial));
        file.setEditable(false);
        file.setId("evidence-dialog-file");
        Path[] chosenFile = {null};
        Button browse = new Button(Messages.get("scoring.evidence.dialog.browse"));
        browse.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("scoring.evidence.dialog.chooserTitle"));
            folderOf(file.getText()).ifPresent(chooser::setInitialDirectory);
            File chosen = vn.cchc.workbook.ui.common.KeepMaximized.acrossNativeDialog(
                    () -> chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow()));
            if (chosen != null) {
                chosenFile[0] = chosen.toPath();
                file.setText(chosen.getAbsolutePath());
            }
        });
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(360));
        grid.addRow(0, new Label(Messages.get("scoring.evidence.number")), number);
        grid.addRow(1, new Label(Messages.get("scoring.evidence.date")), date);
        grid.addRow(2, new Label(Messages.get("scoring.evidence.summary")), summary);
        grid.addRow(3, new Label(Messages.get("scoring.evidence.file")), fileRow);
        FormValidation validation = new FormValidation()
                .check(number, text -> FieldRules.maxLength(text, Messages.get("scoring.evidence.number"),
                        Limits.SHORT_LENGTH))
                .check(summary, text -> FieldRules.maxLength(text, Messages.get("scoring.evidence.summary"),
                        Limits.SUMMARY_LENGTH));
        FormFields.checkDate(validation, date, Messages.get("forms.field.evidenceDate"), false);
        grid.add(validation.messageLine("evidence-dialog-message", null), 1, 4);
        dialog.getDialogPane().setContent(validation.around(grid));

        ButtonType save = new ButtonType(Messages.get("scoring.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("scoring.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("evidence-dialog-save");
        validation.disableWhileInvalid(dialog.getDialogPane().lookupButton(save), number.textProperty().isEmpty()
                .and(summary.textProperty().isEmpty()).and(file.textProperty().isEmpty()));
        dialog.setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            EvidenceDocument citation = initial == null
                    ? new EvidenceDocument(number.getText(), dateValue.get(), summary.getText(), "")
                    : new EvidenceDocument(number.getText(), dateValue.get(), summary.getText(), initial.filePath(),
                            initial.file());
            return new Result(citation, chosenFile[0]);
        });
        WindowFocus.initialControl(dialog.getDialogPane(), number);
        return dialog.showAndWait();
    }

    /** The stored file's name, or an older workbook's path, shown read-only. */
    private static String initialFileText(EvidenceDocument initial) {
        if (initial == null) {
            return "";
        }
        return initial.file() != null ? initial.file().name() : initial.filePath();
    }

    private static Optional<File> folderOf(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        try {
            Path parent = Path.of(path).getParent();
            return parent != null && Files.isDirectory(parent) ? Optional.of(parent.toFile()) : Optional.empty();
        } catch (InvalidPathException unreadable) {
            return Optional.empty();
        }
    }
}
