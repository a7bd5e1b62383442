package vn.cchc.workbook.ui.scoring;




import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.cchc.workbook.app.EvidenceFileCheck;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.ErrorMessages;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.figures.LocalBusy;

/** The detail pane's "Tài liệu kiểm chứng đã có": the documents of the row, added, edited, removed, opened. */
final class EvidenceSection {

    /**
     * Key of the evidence table's property holding a {@code Consumer<List<Path>>} that attaches files as new
     * documents, exactly as dropping them on the list does (for tests, which cannot make a real drag-and-drop).
     */
    public static final String ATTACH_FILES = "attachEvidenceFiles";

    private EvidenceSection() {
    }

    static Node build(DetailForm form, Consumer<Path> openFile) {
        String rowCode = form.code();
        ScoringViewModel model = form.model();
        TableView<EvidenceDocument> table = form.field("detail-evidence", new TableView<>());
        table.getStyleClass().add("evidence-table");
        table.setPrefHeight(140);
        ColumnPolicy.fillOrScroll(table);
        Label empty = new Label(Messages.get("scoring.evidence.empty"));
        // Whole in the detail pane's least width (280 px), on two lines if need be.
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(evidenceColumn("scoring.evidence.number", EvidenceDocument::number, 90));
        table.getColumns().add(evidenceColumn("scoring.evidence.date", d -> DateFields.format(d.date()), 78));
        table.getColumns().add(evidenceColumn("scoring.evidence.summary", EvidenceDocument::summary, 150));
        table.getColumns().add(evidenceColumn("scoring.evidence.file", d -> fileText(model, d), 80));
        form.onRefill(() -> {
            int selected = table.getSelectionModel().getSelectedIndex();
            table.getItems().setAll(form.entry().evidence());
            if (selected >= 0 && selected < table.getItems().size()) {
                table.getSelectionModel().select(selected);
            }
        });

        Button add = new Button(Messages.get("scoring.evidence.add"));
        add.setId("evidence-add");
        Button edit = new Button(Messages.get("scoring.evidence.edit"));
        Button remove = new Button(Messages.get("scoring.evidence.remove"));
        Button open = new Button(Messages.get("scoring.evidence.open"));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        open.disableProperty().bind(none.or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            EvidenceDocument d = table.getSelectionModel().getSelectedItem();
            return !model.canOpen(d);
        }, table.getSelectionModel().selectedItemProperty())));
        LocalBusy busy = new LocalBusy("evidence-attaching");
        // Files are copied into the store off the JavaFX thread (a scanned PDF can take seconds on a slow disk),
        // then cited on it; the same path serves "Chọn tệp…" and files dropped on the list.
        AttachFiles attach = (index, citation, files) -> attachInBackground(form, busy, index, citation, files);
        table.getProperties().put(ATTACH_FILES, (java.util.function.Consumer<List<Path>>) files ->
                attach.attach(-1, new EvidenceDocument("", null, "", ""), files));
        add.setOnAction(event -> EvidenceDialog.show(table.getScene().getWindow(), model.shownCode(rowCode), null)
                .ifPresent(result -> saveEvidence(form, attach, -1, result)));
        Runnable editSelected = () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                EvidenceDialog.show(table.getScene().getWindow(), model.shownCode(rowCode), table.getItems().get(index))
                        .ifPresent(result -> saveEvidence(form, attach, index, result));
            }
        };
        // Files dropped on the list are attached, each as its own document, cited by its name until edited.
        table.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.isEditable(rowCode)) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        table.setOnDragDropped(event -> {
            boolean done = false;
            if (event.getDragboard().hasFiles() && model.isEditable(rowCode)) {
                done = true;
                attach.attach(-1, new EvidenceDocument("", null, "", ""),
                        event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(done);
            event.consume();
        });
        edit.setOnAction(event -> editSelected.run());
        remove.setOnAction(event -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                form.attempt(null, () -> model.removeEvidence(rowCode, index));
            }
        });
        open.setOnAction(event -> open(table, form, openFile, table.getSelectionModel().getSelectedItem()));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && model.isEditable(rowCode)) {
                editSelected.run();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && model.isEditable(rowCode)) {
                event.consume();
                editSelected.run();
            } else if (event.getCode() == KeyCode.DELETE && model.isEditable(rowCode)) {
                event.consume();
                remove.fire();
            }
        });
        // Wraps in a narrow pane rather than cutting "Thêm…" to "Thê…".
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, edit, remove, open);
        for (Button button : List.of(add, edit, remove, open)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Locked, or outside the department's part when a part is open by itself.
        var locked = javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.isEditable(rowCode),
                model.editableProperty());
        edit.disableProperty().unbind();
        remove.disableProperty().unbind();
        edit.disableProperty().bind(none.or(locked));
        remove.disableProperty().bind(none.or(locked));
        add.disableProperty().bind(locked.or(busy.node().visibleProperty()));
        VBox box = new VBox(6, table, buttons, busy.node());
        // Opening a file is allowed on a locked workbook too, so this section is enabled separately.
        box.getProperties().put("keepEnabled", Boolean.TRUE);
        return box;
    }

    private static void saveEvidence(DetailForm form, AttachFiles attach, int index, EvidenceDialog.Result result) {
        if (result.newFile() != null) {
            attach.attach(index, result.citation(), List.of(result.newFile()));
        } else if (index < 0) {
            form.attempt(null, () -> form.model().addEvidence(form.code(), result.citation()));
        } else {
            form.attempt(null, () -> form.model().replaceEvidence(form.code(), index, result.citation()));
        }
    }

    /**
     * Attaches files to the row: each copied into the store, checked, on a background thread with the progress
     * shown under the list; then cited (one undo step) on the JavaFX thread. {@code index} ≥ 0 replaces that
     * document (one file).
     */
    @FunctionalInterface
    interface AttachFiles {
        void attach(int index, EvidenceDocument citation, List<Path> files);
    }

    private static void attachInBackground(DetailForm form, LocalBusy busy, int index, EvidenceDocument citation,
                                           List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        ScoringViewModel model = form.model();
        String code = form.code();
        var workbook = model.assessment();
        Tasks.create(() -> {
            List<EvidenceDocument> stored = new java.util.ArrayList<>();
            for (Path file : files) {
                stored.add(model.storeEvidenceFile(workbook, file, citation));
            }
            return stored;
        }).busy(busy, Messages.get("exchange.evidence.copying", files.size(), files.get(0).getFileName()))
                .onSuccess(stored -> form.attempt(null, () -> model.citeStoredEvidence(code, index, stored)))
                .onError(error -> form.refuse(ErrorMessages.forUser(error)))
                .start();
    }

    /**
     * "Mở tệp": a file kept in the workbook opens as a checked, read-only copy. A path from an older workbook may
     * come from elsewhere, so it is checked first ({@link EvidenceFileCheck}: a local document or image, checked by
     * content, never a program or a network path), and a read-only copy opens only after the user agrees.
     */
    private static void open(Node owner, DetailForm form, Consumer<Path> openFile, EvidenceDocument document) {
        if (document == null) {
            return;
        }
        try {
            if (document.file() == null) {
                EvidenceFileCheck.Allowed allowed = EvidenceFileCheck.check(document.filePath());
                form.showMessage("");
                if (!confirmOpening(owner, allowed)) {
                    return;
                }
            }
            Path copy = form.model().viewableCopy(document);
            form.showMessage("");
            openFile.accept(copy);
        } catch (UserFacingException refused) {
            form.showMessage(refused.getMessage());
        }
    }

    private static boolean confirmOpening(Node owner, EvidenceFileCheck.Allowed allowed) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        if (window != null) {
            confirm.initOwner(window);
            Dialogs.style(confirm.getDialogPane(), window);
        }
        confirm.setTitle(Messages.get("limits.evidence.confirmTitle"));
        confirm.setHeaderText(null);
        confirm.setContentText(Messages.get("limits.evidence.confirm", allowed.file().toString(), allowed.kind()));
        ButtonType openIt = new ButtonType(Messages.get("limits.evidence.confirmOpen"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        confirm.getButtonTypes().setAll(openIt, cancel);
        return confirm.showAndWait().orElse(cancel) == openIt;
    }

    /** The stored file's name (marked when this computer does not have it), or an older workbook's file name. */
    private static String fileText(ScoringViewModel model, EvidenceDocument document) {
        if (document.file() != null) {
            return model.canOpen(document) ? document.file().name()
                    : Messages.get("evidence.ui.fileNotHere", document.file().name());
        }
        return fileName(document.filePath());
    }

    private static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        } catch (InvalidPathException unreadable) {
            return path;
        }
    }

    private static TableColumn<EvidenceDocument, String> evidenceColumn(String key, Function<EvidenceDocument, String> value,
                                                                        double width) {
        return vn.cchc.workbook.ui.common.TextColumns.text(key, value, width);
    }
}
