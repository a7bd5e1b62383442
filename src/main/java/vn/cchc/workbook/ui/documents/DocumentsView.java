package vn.cchc.workbook.ui.documents;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.ui.common.FittingPrompt;
import vn.cchc.workbook.ui.common.FieldRules;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.FormValidation;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DraftDocument;
import vn.cchc.workbook.reports.documents.DocumentFiles;
import vn.cchc.workbook.reports.documents.WordDocumentWriter;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * The document window's content: which document and the values typed for it on the left with its sections (move,
 * drop, put back), the selected section's paragraphs on the right, each in its own text box; "Ghi tệp Word…" below.
 * A paragraph is kept when its box loses the focus.
 */
public final class DocumentsView {


    private final DocumentsViewModel model;
    private final DialogService dialogs;
    private final Supplier<Path> lastFolder;
    private final Consumer<Path> openWithSystem;
    private final BorderPane root = new BorderPane();
    private final VBox paragraphBox = new VBox(10);
    private final FormValidation validation = new FormValidation();

    public DocumentsView(DocumentsViewModel model, DialogService dialogs, Supplier<Path> lastFolder,
                         Consumer<Path> openWithSystem) {
        this.model = model;
        this.dialogs = dialogs;
        this.lastFolder = lastFolder;
        this.openWithSystem = openWithSystem;
        root.setPadding(new Insets(10));
        root.setLeft(leftColumn());
        ScrollPane scroll = new ScrollPane(paragraphBox);
        scroll.setFitToWidth(true);
        scroll.setId("docParagraphs");
        paragraphBox.setPadding(new Insets(4, 12, 4, 12));
        BorderPane.setMargin(scroll, new Insets(0, 0, 0, 10));
        root.setCenter(scroll);
        root.setBottom(bottomBar());
        model.paragraphs().addListener((ListChangeListener<DocumentsViewModel.ParagraphItem>) c -> showParagraphs());
        showParagraphs();
    }

    public BorderPane getRoot() {
        return root;
    }

    private Node leftColumn() {
        ComboBox<DocumentKind> kind = new ComboBox<>();
        kind.setId("docKind");
        kind.getItems().setAll(DocumentKind.values());
        kind.setConverter(FormFields.converter(DocumentKind::label));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, label("documentsui.field.number"), field("docNumber", model.numberProperty(),
                "documentsui.field.number.prompt"));
        form.addRow(row++, label("documentsui.field.subject"), field("docSubject", model.subjectProperty(),
                "documentsui.field.subject.prompt"));
        TextField date = FormFields.dateField(model.dateProperty(), "docDate");
        form.addRow(row++, label("documentsui.field.date"), date);
        form.addRow(row++, label("documentsui.field.place"), field("docPlace", model.placeProperty(), ""));
        form.addRow(row++, label("documentsui.field.basis"), new HBox(6,
                field("docBasisKind", model.basisKindProperty(), ""),
                field("docBasisNumber", model.basisNumberProperty(), "documentsui.field.basisNumber.prompt")));
        TextField basisDate = FormFields.dateField(model.basisDateProperty(), "docBasisDate");
        form.addRow(row++, label("documentsui.field.basisDate"), basisDate);
        form.addRow(row++, label("documentsui.field.basisIssuer"), field("docBasisIssuer",
                model.basisIssuerProperty(), "documentsui.field.basisIssuer.prompt"));
        String signedBy = model.signedForACommittee() ? "" : ".agency";
        form.addRow(row++, label("documentsui.field.signer"), field("docSignerLine",
                model.signerAuthorityProperty(), "documentsui.field.signerLine.prompt" + signedBy));
        form.addRow(row++, new Label(), field("docSignerTitle", model.signerTitleProperty(),
                "documentsui.field.signerTitle.prompt" + signedBy));
        form.addRow(row++, new Label(), field("docSignerName", model.signerNameProperty(),
                "documentsui.field.signerName.prompt"));
        CheckBox appendix = new CheckBox(Messages.get("documentsui.field.appendix"));
        appendix.setId("docAppendix");
        // Two lines in a narrow column rather than "… (trang khổ ngang sau ch…".
        appendix.setWrapText(true);
        appendix.setMinHeight(Region.USE_PREF_SIZE);
        appendix.selectedProperty().bindBidirectional(model.appendixProperty());
        // The report always carries its score table and the plan its tables in the text: only the letter chooses.
        appendix.disableProperty().bind(model.kindProperty().isNotEqualTo(DocumentKind.LETTER));
        form.add(appendix, 0, row, 2, 1);
        FormFields.checkDate(validation, date, Messages.get("documentsui.field.date"), false);
        FormFields.checkDate(validation, basisDate, Messages.get("forms.field.basisDate"), false);
        // Each field is named in its message by the label of its row, or of the row above for the signer's lines.
        java.util.TreeMap<Integer, String> rowLabels = new java.util.TreeMap<>();
        for (Node node : form.getChildren()) {
            if (node instanceof Label label && !label.getText().isBlank() && GridPane.getColumnIndex(node) == 0) {
                rowLabels.put(GridPane.getRowIndex(node), label.getText());
            }
        }
        for (Node node : form.getChildren()) {
            var above = rowLabels.floorEntry(GridPane.getRowIndex(node) == null ? 0 : GridPane.getRowIndex(node));
            String name = above == null ? Messages.get("documentsui.details") : above.getValue();
            if (node instanceof TextField field && field != date && field != basisDate) {
                limit(field, name);
            } else if (node instanceof HBox box) {
                box.getChildren().forEach(inner -> limit((TextField) inner, name));
            }
        }
        form.add(validation.messageLine("docFieldMessage", null), 0, row + 1, 2, 1);
        TitledPane details = new TitledPane(Messages.get("documentsui.details"), validation.around(form));
        details.setId("docDetails");
        details.setExpanded(true);

        ListView<DocumentsViewModel.SectionItem> sections = new ListView<>(model.sections());
        sections.setId("docSections");
        sections.setPrefHeight(260);
        sections.setMinHeight(180);
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedSectionProperty().set(now);
            }
        });
        model.selectedSectionProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(sections.getSelectionModel().getSelectedItem())) {
                sections.getSelectionModel().select(now);
            }
        });
        if (model.selectedSectionProperty().get() != null) {
            sections.getSelectionModel().select(model.selectedSectionProperty().get());
        }
        Button up = button("docUp", "documentsui.section.up", () -> moveSelected(-1));
        Button down = button("docDown", "documentsui.section.down", () -> moveSelected(1));
        Button drop = button("docDrop", "documentsui.section.drop", () -> {
            DocumentsViewModel.SectionItem item = model.selectedSectionProperty().get();
            if (item != null) {
                model.drop(item.id(), true);
            }
        });
        ComboBox<DocumentsViewModel.SectionItem> dropped = new ComboBox<>(model.droppedSections());
        dropped.setId("docDropped");
        dropped.setPromptText(Messages.get("documentsui.section.dropped"));
        dropped.setMaxWidth(Double.MAX_VALUE);
        Button restore = button("docRestore", "documentsui.section.restore", () -> {
            if (dropped.getValue() != null) {
                model.drop(dropped.getValue().id(), false);
            }
        });
        restore.disableProperty().bind(dropped.valueProperty().isNull());
        HBox sectionButtons = new HBox(6, up, down, drop);
        HBox restoreRow = new HBox(6, dropped, restore);
        HBox.setHgrow(dropped, Priority.ALWAYS);
        HBox kindRow = new HBox(8, label("documentsui.kind"), kind);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(kind, Priority.ALWAYS);
        VBox left = new VBox(8, kindRow, label("documentsui.sections"), sections, sectionButtons, restoreRow,
                details);
        VBox.setVgrow(sections, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 0, 0));
        // On a small screen the form and the list do not fit one above the other: the column scrolls.
        ScrollPane column = new ScrollPane(left);
        column.setFitToWidth(true);
        column.setFitToHeight(true);
        // A third or more of the window (its fields' prompts read whole from 1280 px on), 400 to 560 px.
        column.prefWidthProperty().bind(root.widthProperty().map(w -> Math.max(400, Math.min(560, w.doubleValue() * 0.42))));
        column.setMinWidth(400);
        column.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return column;
    }

    /** Every text of the form fits the document's bounds; {@code name} (the label beside the field) names it. */
    private void limit(TextField field, String name) {
        validation.check(field, text -> FieldRules.maxLength(text, name, Limits.NAME_LENGTH));
    }

    private void moveSelected(int step) {
        DocumentsViewModel.SectionItem item = model.selectedSectionProperty().get();
        if (item != null) {
            model.move(item.id(), step);
        }
    }

    private void showParagraphs() {
        paragraphBox.getChildren().clear();
        int index = 0;
        for (DocumentsViewModel.ParagraphItem item : model.paragraphs()) {
            Label caption = new Label(item.edited() ? Messages.get("documentsui.edited", item.label()) : item.label());
            caption.getStyleClass().add("text-muted");
            if (item.table()) {
                paragraphBox.getChildren().add(caption);
                continue;
            }
            TextArea text = new TextArea(item.text());
            text.setId("docParagraph-" + index++);
            text.setWrapText(true);
            FormFields.tabMovesOn(text);
            text.setPrefRowCount(Math.max(2, Math.min(10, item.text().length() / 90 + 1
                    + (int) item.text().chars().filter(c -> c == '\n').count())));
            text.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    model.edit(item.id(), text.getText());
                }
            });
            VBox box = new VBox(4, caption, text);
            if (item.outdated()) {
                Label warning = new Label(Messages.get("documentsui.outdated"));
                warning.getStyleClass().add("field-error");
                warning.setWrapText(true);
                Button revert = button("docRevert-" + (index - 1), "documentsui.revert", () -> model.revert(item.id()));
                box.getChildren().add(new HBox(8, warning, revert));
            } else if (item.edited()) {
                box.getChildren().add(button("docRevert-" + (index - 1), "documentsui.revert",
                        () -> model.revert(item.id())));
            }
            paragraphBox.getChildren().add(box);
        }
    }

    private Node bottomBar() {
        Label message = new Label();
        message.setId("docMessage");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.messageProperty());
        Label outdated = new Label();
        outdated.setId("docOutdated");
        outdated.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.outdatedProperty().get() == 0 ? ""
                        : Messages.get("documentsui.outdatedCount", model.outdatedProperty().get()),
                model.outdatedProperty()));
        outdated.getStyleClass().add("field-error");
        Button write = button("docWrite", "documentsui.write", this::write);
        write.setDefaultButton(true);
        validation.disableWhileInvalid(write);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, message, outdated, spacer, write);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 0, 0, 0));
        return bar;
    }

    /** "Ghi tệp Word…": the file is chosen, then written off the JavaFX thread. */
    private void write() {
        root.requestFocus();
        DraftDocument document = model.document().orElse(null);
        if (document == null) {
            return;
        }
        String name = DocumentFiles.suggestedName(document.kind(), model.session().assessment());
        dialogs.chooseFileToSave(Messages.get("documentsui.saveTitle"), DialogService.FileKind.WORD, lastFolder.get(),
                name).ifPresent(file -> Tasks.create(() -> new WordDocumentWriter().write(document, file))
                .onSuccess(done -> {
                    dialogs.offerToOpen(file, openWithSystem);
                }).onError(dialogs::showError).start());
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TextField field(String id, StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        if (!promptKey.isEmpty() && Messages.has(promptKey + ".short")) {
            // The full prompt where it fits, the short one in a narrower field.
            FittingPrompt.install(field, Messages.get(promptKey), Messages.get(promptKey + ".short"));
        } else if (!promptKey.isEmpty()) {
            field.setPromptText(Messages.get(promptKey));
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
