package vn.cchc.workbook.ui.rounds;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/** "Gửi thẩm định…" and the other steps: who, which day, with or without evidence; the file is asked for next. */
public final class SendStepDialog extends Dialog<RoundStep> {

    public SendStepDialog(Window owner, SendStepViewModel model) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(model.title());
        setHeaderText(model.header());
        TextField name = field("sendName", model.nameProperty());
        TextField organisation = field("sendOrganisation", model.organisationProperty());
        TextField date = field("sendDate", model.dateProperty());
        date.setPrefColumnCount(10);
        CheckBox evidence = new CheckBox(Messages.get("roundsui.send.withEvidence"));
        evidence.setId("sendWithEvidence");
        evidence.selectedProperty().bindBidirectional(model.withEvidenceProperty());
        evidence.setDisable(!model.evidenceHere());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(400);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label(Messages.get("roundsui.send.name")), name);
        form.addRow(1, new Label(Messages.get("roundsui.send.organisation")), organisation);
        form.addRow(2, new Label(Messages.get("roundsui.send.date")), date);
        form.add(evidence, 1, 3);
        Label note = new Label(model.note());
        note.setId("sendNote");
        note.setWrapText(true);
        note.setMaxWidth(540);
        note.setManaged(!model.note().isEmpty());
        form.add(note, 0, 4, 2, 1);
        Label message = new Label();
        message.setId("sendMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(540);
        message.textProperty().bind(model.messageProperty());
        form.add(message, 0, 5, 2, 1);
        getDialogPane().setContent(form);

        ButtonType ok = new ButtonType(Messages.get("roundsui.send.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        RoundStep[] made = new RoundStep[1];
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            made[0] = model.step();
            if (made[0] == null) {
                event.consume();
            }
        });
        setResultConverter(type -> type == ok ? made[0] : null);
        WindowFocus.initialControl(getDialogPane(), name);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
