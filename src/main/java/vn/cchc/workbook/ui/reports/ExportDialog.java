package vn.cchc.workbook.ui.reports;


import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.ui.common.FieldRules;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.FormValidation;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.reports.ReportKind;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/** "Xuất Excel…": the reports and what is printed around them; the file is chosen afterwards. */
public final class ExportDialog extends Dialog<ExportOptions> {


    private boolean documentsRequested;

    public ExportDialog(Window owner, ExportViewModel model) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Messages.get("ui.export.title"));
        setHeaderText(Messages.get("ui.export.header"));
        setResizable(true);

        VBox reportBoxes = new VBox(6);
        for (ReportKind kind : ReportKind.values()) {
            CheckBox box = new CheckBox(kind.label());
            box.setId("exportReport-" + kind.id());
            box.selectedProperty().bindBidirectional(model.reportProperty(kind));
            if (!model.available(kind)) {
                box.setDisable(true);
                box.setText(kind.label() + " " + Messages.get("comparison.export.notLinked"));
            }
            reportBoxes.getChildren().add(box);
            if (WindowFocus.initialControl(getDialogPane()) == null && !box.isDisabled()) {
                // The form's first question takes the keyboard; Enter anywhere still exports.
                WindowFocus.initialControl(getDialogPane(), box);
            }
        }
        CheckBox onlyDeductions = new CheckBox(Messages.get("ui.export.onlyDeductions"));
        onlyDeductions.selectedProperty().bindBidirectional(model.onlyDeductionsProperty());
        ComboBox<Track> track = new ComboBox<>();
        track.getItems().setAll(Track.APPRAISED, Track.SELF);
        track.setConverter(FormFields.converter(t -> Messages.get("ui.export.track." + t.name().toLowerCase())));
        track.valueProperty().bindBidirectional(model.trackProperty());

        TextField documentDate = FormFields.dateField(model.documentDateProperty(), "exportDate");
        TextField place = field(model.placeProperty(), "");
        place.setId("exportPlace");
        TextField refKind = field(model.referenceKindProperty(), "");
        refKind.setPrefColumnCount(8);
        TextField refNumber = field(model.referenceNumberProperty(), "ui.export.reference.number.prompt");
        refNumber.setId("exportReferenceNumber");
        TextField refDate = FormFields.dateField(model.referenceDateProperty(), "exportReferenceDate");
        TextField refIssuer = field(model.referenceIssuerProperty(), "");
        HBox reference = new HBox(8, refKind, refNumber, new Label(Messages.get("ui.export.reference.date")), refDate);
        reference.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(refNumber, Priority.ALWAYS);
        String signedBy = model.signedForACommittee() ? "" : ".agency";
        TextField signerAuthority = field(model.signerAuthorityProperty(), "ui.export.signer.authority.prompt" + signedBy);
        TextField signerTitle = field(model.signerTitleProperty(), "ui.export.signer.title.prompt" + signedBy);
        TextField signerName = field(model.signerNameProperty(), "ui.export.signer.name.prompt");
        HBox signer = new HBox(8, signerAuthority, signerTitle, signerName);
        signer.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        TextArea recipients = new TextArea();
        recipients.textProperty().bindBidirectional(model.recipientsProperty());
        recipients.setPrefRowCount(3);
        recipients.setPromptText(Messages.get("ui.export.recipients.prompt"));
        recipients.setId("exportRecipients");
        FormFields.tabMovesOn(recipients);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(520);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, label("ui.export.reports"), reportBoxes);
        form.addRow(row++, label("ui.export.rows"), new VBox(6, onlyDeductions, track));
        HBox placeRow = new HBox(8, place, new Label(Messages.get("ui.export.date")), documentDate);
        placeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.addRow(row++, label("ui.export.place"), placeRow);
        form.addRow(row++, label("ui.export.reference"), reference);
        form.addRow(row++, label("ui.export.reference.issuer"), refIssuer);
        form.addRow(row++, label("ui.export.signer"), signer);
        form.addRow(row++, label("ui.export.recipients"), recipients);
        FormValidation validation = new FormValidation()
                .check((CheckBox) reportBoxes.getChildren().get(0), model.reportsErrorProperty());
        FormFields.checkDate(validation, documentDate, Messages.get("forms.field.documentDate"), false);
        FormFields.checkDate(validation, refDate, Messages.get("forms.field.referenceDate"), false);
        shortText(validation, place, "ui.export.place", Limits.SHORT_LENGTH);
        shortText(validation, refKind, "ui.export.reference", Limits.SHORT_LENGTH);
        shortText(validation, refNumber, "forms.field.referenceNumber", Limits.SHORT_LENGTH);
        shortText(validation, refIssuer, "ui.export.reference.issuer", Limits.NAME_LENGTH);
        shortText(validation, signerAuthority, "ui.export.signer", Limits.NAME_LENGTH);
        shortText(validation, signerTitle, "ui.export.signer", Limits.NAME_LENGTH);
        shortText(validation, signerName, "ui.export.signer", Limits.NAME_LENGTH);
        shortText(validation, recipients, "ui.export.recipients", Limits.LONG_TEXT_LENGTH);
        form.add(validation.messageLine("exportMessage", model.messageProperty()), 1, row);
        getDialogPane().setContent(validation.around(form));
        getDialogPane().setPrefWidth(860);

        ButtonType export = new ButtonType(Messages.get("ui.export.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType documents = new ButtonType(Messages.get("documentsui.exportButton"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(export, cancel, documents);
        Node documentsButton = getDialogPane().lookupButton(documents);
        documentsButton.setId("exportDocuments");
        documentsButton.addEventFilter(ActionEvent.ACTION, event -> documentsRequested = true);
        Node exportButton = getDialogPane().lookupButton(export);
        exportButton.setId("exportGo");
        validation.disableWhileInvalid(exportButton);
        ExportOptions[] built = new ExportOptions[1];
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            built[0] = model.build().orElse(null);
            if (built[0] == null) {
                event.consume();
            }
        });
        setResultConverter(type -> type == export ? built[0] : null);
    }

    /** Whether the dialog was closed with "Soạn văn bản Word…": the caller opens the document window instead. */
    public boolean documentsRequested() {
        return documentsRequested;
    }

    private static void shortText(FormValidation validation, javafx.scene.control.TextInputControl field,
                                  String nameKey, int max) {
        validation.check(field, text -> FieldRules.maxLength(text, Messages.get(nameKey), max));
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }

    private static TextField field(javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        if (!promptKey.isEmpty()) {
            field.setPromptText(Messages.get(promptKey));
        }
        return field;
    }
}
