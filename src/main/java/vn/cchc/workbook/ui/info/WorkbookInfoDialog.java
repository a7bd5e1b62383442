package vn.cchc.workbook.ui.info;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.stage.Window;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.Texts;

/** "Thông tin sổ…": unit name, parent authority, place name, period and year of the open workbook. */
public final class WorkbookInfoDialog extends Dialog<Boolean> {

    public WorkbookInfoDialog(Window owner, WorkbookInfoViewModel model) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Texts.t("ui.info.title"));
        setHeaderText(model.fixedFacts());

        TextField unit = field("infoUnitName", model.unitNameProperty());
        TextField parent = field("infoParent", model.parentAuthorityProperty());
        TextField place = field("infoPlace", model.placeNameProperty());
        ComboBox<Period.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Period.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period.Kind value) {
                return value == null ? "" : Texts.t("ui.period." + value.id());
            }

            @Override
            public Period.Kind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.periodKindProperty());
        TextField periodText = field("infoPeriodText", model.periodTextProperty());
        periodText.disableProperty().bind(model.periodKindProperty().isNotEqualTo(Period.Kind.OTHER));
        TextField year = field("infoYear", model.yearProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(380);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label(Texts.t("ui.new.unitName")), unit);
        form.addRow(1, new Label(Texts.t("ui.new.parent")), parent);
        form.addRow(2, new Label(Texts.t("ui.new.place")), place);
        form.addRow(3, new Label(Texts.t("ui.new.period")), kind);
        form.addRow(4, new Label(Texts.t("ui.new.periodText.prompt")), periodText);
        form.addRow(5, new Label(Texts.t("ui.new.year")), year);
        Label message = new Label();
        message.setId("infoMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        form.add(message, 1, 6);
        getDialogPane().setContent(form);

        ButtonType ok = new ButtonType(Texts.t("ui.button.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.t("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.apply()) {
                event.consume();
            }
        });
        setResultConverter(type -> type == ok);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
