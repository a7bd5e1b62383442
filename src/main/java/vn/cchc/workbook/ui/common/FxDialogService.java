package vn.cchc.workbook.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;

/** The JavaFX dialogs behind {@link DialogService}: Vietnamese buttons, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(Throwable error) {
        showError(ErrorMessages.forUser(error));
    }

    @Override
    public void showError(String message) {
        Alert alert = alert(Alert.AlertType.ERROR, Messages.get("ui.dialog.error.title"), message);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("ui.button.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.save.ask.title"),
                Messages.get("ui.save.ask.message", documentName));
        ButtonType save = new ButtonType(Messages.get("ui.save.ask.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Messages.get("ui.save.ask.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, dontSave, cancel);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        if (chosen == save) {
            return SaveChoice.SAVE;
        }
        return chosen == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public ImportChoice askImportConflict(String documentName, boolean localHasUnsavedChanges) {
        String message = Messages.get("ui.import.conflict.message", documentName);
        if (localHasUnsavedChanges) {
            message += "\n\n" + Messages.get("ui.import.conflict.localUnsaved");
        }
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.import.conflict.title"), message);
        ButtonType replace = new ButtonType(Messages.get("ui.import.conflict.replace"), ButtonBar.ButtonData.YES);
        ButtonType keepBoth = new ButtonType(Messages.get("ui.import.conflict.keepBoth"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(replace, keepBoth, cancel);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        if (chosen == replace) {
            return ImportChoice.REPLACE;
        }
        return chosen == keepBoth ? ImportChoice.KEEP_BOTH : ImportChoice.CANCEL;
    }

    @Override
    public java.util.Optional<Boolean> askSaveWithEvidence(String message, boolean lastWithEvidence) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("exchange.saveAs.title"), message);
        ButtonType with = new ButtonType(Messages.get("exchange.saveAs.withEvidence"),
                lastWithEvidence ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.OTHER);
        ButtonType dataOnly = new ButtonType(Messages.get("exchange.saveAs.dataOnly"),
                lastWithEvidence ? ButtonBar.ButtonData.OTHER : ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(with, dataOnly, cancel);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(with)).setDefaultButton(lastWithEvidence);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(dataOnly))
                .setDefaultButton(!lastWithEvidence);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == cancel ? java.util.Optional.empty() : java.util.Optional.of(chosen == with);
    }

    @Override
    public EvidenceSaveChoice askEvidenceSave(String message, int parts) {
        Alert alert = alert(parts > 1 ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION,
                Messages.get("evidence.ui.save.title"), message);
        ButtonType inParts = new ButtonType(Messages.get("evidence.ui.save.parts", parts), ButtonBar.ButtonData.YES);
        ButtonType oneFile = new ButtonType(Messages.get("evidence.ui.save.oneFile"),
                parts > 1 ? ButtonBar.ButtonData.NO : ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (parts > 1) {
            alert.getButtonTypes().setAll(inParts, oneFile, cancel);
        } else {
            alert.getButtonTypes().setAll(oneFile, cancel);
        }
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        if (chosen == inParts) {
            return EvidenceSaveChoice.PARTS;
        }
        return chosen == oneFile ? EvidenceSaveChoice.ONE_FILE : EvidenceSaveChoice.CANCEL;
    }

    @Override
    public ExportFollowUp askAfterExport(Path file) {
        Alert alert = alert(Alert.AlertType.INFORMATION, writtenTitle(file),
                Messages.get("ui.export.done.message", file.toAbsolutePath()));
        ButtonType openFile = new ButtonType(Messages.get("ui.export.done.openFile"), ButtonBar.ButtonData.YES);
        ButtonType openFolder = new ButtonType(Messages.get("ui.export.done.openFolder"), ButtonBar.ButtonData.NO);
        ButtonType close = new ButtonType(Messages.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(openFile, openFolder, close);
        ButtonType chosen = alert.showAndWait().orElse(close);
        if (chosen == openFile) {
            return ExportFollowUp.OPEN_FILE;
        }
        return chosen == openFolder ? ExportFollowUp.OPEN_FOLDER : ExportFollowUp.CLOSE;
    }

    /**
     * The title over "Đã lưu …" by what was written: a Word letter was announced as "Đã xuất Excel", as was a
     * workbook saved with its evidence.
     */
    static String writtenTitle(Path file) {
        String name = file.getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Messages.get("ui.export.done.title");
        }
        return Messages.get(name.endsWith(".docx") ? "ui.export.done.titleWord" : "ui.export.done.titleFile");
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return chooseFileToOpen(title, kind, null);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind, Path lastUsed) {
        FileChooser chooser = chooser(title, kind, lastUsed);
        File file = KeepMaximized.acrossNativeDialog(() -> chooser.showOpenDialog(owner));
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileKind kind) {
        FileChooser multiple = chooser(title, kind, null);
        List<File> files = KeepMaximized.acrossNativeDialog(() -> multiple.showOpenMultipleDialog(owner));
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        startFolder(initialDirectory).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return Optional.ofNullable(KeepMaximized.acrossNativeDialog(() -> chooser.showDialog(owner))).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser(title, kind, initialDirectory);
        chooser.setInitialFileName(suggestedName);
        File file = KeepMaximized.acrossNativeDialog(() -> chooser.showSaveDialog(owner));
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        // GTK's chooser does not append the filter's extension.
        if (!path.getFileName().toString().toLowerCase().endsWith(kind.extension())) {
            path = path.resolveSibling(path.getFileName() + kind.extension());
        }
        return Optional.of(path);
    }

    /**
     * Where a save dialog opens: the folder last used, else the user's Documents folder, else the home folder. Never
     * the program's working folder, which for an installed program is its own (read-only) installation folder.
     */
    static Optional<Path> startFolder(Path lastUsed) {
        if (lastUsed != null && Files.isDirectory(lastUsed)) {
            return Optional.of(lastUsed);
        }
        String home = System.getProperty("user.home", "");
        if (home.isBlank()) {
            return Optional.empty();
        }
        Path documents = Path.of(home, "Documents");
        if (Files.isDirectory(documents)) {
            return Optional.of(documents);
        }
        return Files.isDirectory(Path.of(home)) ? Optional.of(Path.of(home)) : Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ButtonType ok = new ButtonType(Messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // The dialog's own grid, with the checks' marks: a name is required and bounded.
        String field = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        FormValidation validation = new FormValidation().require(dialog.getEditor(),
                text -> FieldRules.requiredText(text, field, vn.cchc.workbook.domain.Limits.NAME_LENGTH));
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(label), dialog.getEditor());
        grid.add(validation.messageLine("askTextMessage", null), 1, 1);
        dialog.getDialogPane().setContent(validation.around(grid));
        WindowFocus.initialControl(dialog.getDialogPane(), dialog.getEditor());
        validation.disableWhileInvalid(dialog.getDialogPane().lookupButton(ok));
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A chooser of {@code kind}'s files starting in {@link #startFolder}: the folder last used, else Documents. */
    static FileChooser chooser(String title, FileKind kind, Path lastUsed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get(kind.descriptionKey()), kind.patterns()));
        startFolder(lastUsed).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        Dialogs.style(alert.getDialogPane(), owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(Dialogs.message(message));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert;
    }
}
