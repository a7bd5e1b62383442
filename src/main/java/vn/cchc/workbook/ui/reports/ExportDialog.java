package vn.cchc.workbook.ui.reports;


import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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

import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.reports.ReportKind;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.Texts;

/** "Xuất Excel…": the reports and what is printed around them; the file is chosen afterwards. */
public final class ExportDialog extends Dialog<ExportOptions> {


    private boolean documentsRequested;

    public ExportDialog(Window owner, ExportViewModel model) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Texts.t("ui.export.title"));
        setHeaderText(Texts.t("ui.export.header"));
        setResizable(true);

        VBox reportBoxes = new VBox(6);
        for (ReportKind kind : ReportKind.values()) {
            CheckBox box = new CheckBox(kind.label());
            box.setId("exportReport-" + kind.id());
            box.selectedProperty().bindBidirectional(model.reportProperty(kind));
            if (!model.available(kind)) {
                box.setDisable(true);
                box.setText(kind.label() + " " + Texts.t("comparison.export.notLinked"));
            }
            reportBoxes.getChildren().add(box);
        }
        CheckBox onlyDeductions = new CheckBox(Texts.t("ui.export.onlyDeductions"));
        onlyDeductions.selectedProperty().bindBidirectional(model.onlyDeductionsProperty());
        ComboBox<Track> track = new ComboBox<>();
        track.getItems().setAll(Track.APPRAISED, Track.SELF);
        track.setConverter(FormFields.converter(t -> Texts.t("ui.export.track." + t.name().toLowerCase())));
        track.valueProperty().bindBidirectional(model.trackProperty());

        DatePicker documentDate = FormFields.datePicker(model.documentDateProperty(), 140);
        TextField place = field(model.placeProperty(), "");
        TextField refKind = field(model.referenceKindProperty(), "");
        refKind.setPrefColumnCount(8);
        TextField refNumber = field(model.referenceNumberProperty(), "ui.export.reference.number.prompt");
        DatePicker refDate = FormFields.datePicker(model.referenceDateProperty(), 140);
        TextField refIssuer = field(model.referenceIssuerProperty(), "");
        HBox reference = new HBox(8, refKind, refNumber, new Label(Texts.t("ui.export.reference.date")), refDate);
        reference.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(refNumber, Priority.ALWAYS);
        TextField signerAuthority = field(model.signerAuthorityProperty(), "ui.export.signer.authority.prompt");
        TextField signerTitle = field(model.signerTitleProperty(), "ui.export.signer.title.prompt");
        TextField signerName = field(model.signerNameProperty(), "ui.export.signer.name.prompt");
        HBox signer = new HBox(8, signerAuthority, signerTitle, signerName);
        signer.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        TextArea recipients = new TextArea();
        recipients.textProperty().bindBidirectional(model.recipientsProperty());
        recipients.setPrefRowCount(3);
        recipients.setPromptText(Texts.t("ui.export.recipients.prompt"));

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
        HBox placeRow = new HBox(8, place, new Label(Texts.t("ui.export.date")), documentDate);
        placeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.addRow(row++, label("ui.export.place"), placeRow);
        form.addRow(row++, label("ui.export.reference"), reference);
        form.addRow(row++, label("ui.export.reference.issuer"), refIssuer);
        form.addRow(row++, label("ui.export.signer"), signer);
        form.addRow(row++, label("ui.export.recipients"), recipients);
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.messageProperty());
        form.add(message, 1, row);
        getDialogPane().setContent(form);
        getDialogPane().setPrefWidth(860);

        ButtonType export = new ButtonType(Texts.t("ui.export.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.t("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType documents = new ButtonType(Texts.t("documentsui.exportButton"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(export, cancel, documents);
        Node documentsButton = getDialogPane().lookupButton(documents);
        documentsButton.setId("exportDocuments");
        documentsButton.addEventFilter(ActionEvent.ACTION, event -> documentsRequested = true);
        Node exportButton = getDialogPane().lookupButton(export);
        exportButton.setId("exportGo");
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

    private static Label label(String key) {
        return new Label(Texts.t(key));
    }

    private static TextField field(javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        if (!promptKey.isEmpty()) {
            field.setPromptText(Texts.t(promptKey));
        }
        return field;
    }
}
