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
import vn.cchc.workbook.ui.common.Dialogs;

/** The detail pane's "Tài liệu kiểm chứng đã có": the documents of the row, added, edited, removed, opened. */
final class EvidenceSection {

    private EvidenceSection() {
    }

    static Node build(DetailForm form, Consumer<Path> openFile) {
        String rowCode = form.code();
        ScoringViewModel model = form.model();
        TableView<EvidenceDocument> table = form.field("detail-evidence", new TableView<>());
        table.getStyleClass().add("evidence-table");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("scoring.evidence.empty")));
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
        add.setOnAction(event -> EvidenceDialog.show(table.getScene().getWindow(), rowCode, null)
                .ifPresent(result -> form.attempt(null, () -> saveEvidence(model, rowCode, -1, result))));
        Runnable editSelected = () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                EvidenceDialog.show(table.getScene().getWindow(), rowCode, table.getItems().get(index))
                        .ifPresent(result -> form.attempt(null, () -> saveEvidence(model, rowCode, index, result)));
            }
        };
        // Files dropped on the list are attached, each as its own document, cited by its name until edited.
        table.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.isEditable()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        table.setOnDragDropped(event -> {
            boolean done = false;
            if (event.getDragboard().hasFiles() && model.isEditable()) {
                done = true;
                for (java.io.File dropped : event.getDragboard().getFiles()) {
                    if (!form.attempt(null, () -> model.attachEvidence(rowCode, -1,
                            new EvidenceDocument("", null, "", ""), dropped.toPath()))) {
                        break;
                    }
                }
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
            if (event.getClickCount() == 2 && model.isEditable()) {
                editSelected.run();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && model.isEditable()) {
                event.consume();
                editSelected.run();
            } else if (event.getCode() == KeyCode.DELETE && model.isEditable()) {
                event.consume();
                remove.fire();
            }
        });
        // Wraps in a narrow pane rather than cutting "Thêm…" to "Thê…".
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, edit, remove, open);
        for (Button button : List.of(add, edit, remove, open)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        var locked = model.editableProperty().not();
        edit.disableProperty().unbind();
        remove.disableProperty().unbind();
        edit.disableProperty().bind(none.or(locked));
        remove.disableProperty().bind(none.or(locked));
        add.disableProperty().bind(locked);
        VBox box = new VBox(6, table, buttons);
        // Opening a file is allowed on a locked workbook too, so this section is enabled separately.
        box.getProperties().put("keepEnabled", Boolean.TRUE);
        return box;
    }

    private static void saveEvidence(ScoringViewModel model, String rowCode, int index, EvidenceDialog.Result result) {
        if (result.newFile() != null) {
            model.attachEvidence(rowCode, index, result.citation(), result.newFile());
        } else if (index < 0) {
            model.addEvidence(rowCode, result.citation());
        } else {
            model.replaceEvidence(rowCode, index, result.citation());
        }
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
