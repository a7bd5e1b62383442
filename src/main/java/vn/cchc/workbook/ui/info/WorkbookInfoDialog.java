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

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.rounds.RoundsPane;
import vn.cchc.workbook.ui.rounds.RoundsViewModel;
import vn.cchc.workbook.ui.common.FormValidation;

/**
 * "Thông tin sổ…": unit name, parent authority (and whether documents print it), place name, period and year of the
 * open workbook, and the result the province published; beside them the rounds (stage, history, whose copy,
 * deadlines).
 */
public final class WorkbookInfoDialog extends Dialog<Boolean> {

    public WorkbookInfoDialog(Window owner, WorkbookInfoViewModel model) {
        this(owner, model, null);
    }

    /** With the rounds section (stage, history, whose copy, deadlines) beside the form when {@code rounds} is given. */
    public WorkbookInfoDialog(Window owner, WorkbookInfoViewModel model, RoundsViewModel rounds) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Messages.get("ui.info.title"));
        setHeaderText(model.fixedFacts());

        TextField unit = field("infoUnitName", model.unitNameProperty());
        WindowFocus.initialControl(getDialogPane(), unit);
        ComboBox<UnitKind> unitKind = new ComboBox<>();
        unitKind.setId("infoKind");
        unitKind.getItems().setAll(model.kindsForLevel());
        unitKind.setConverter(FormFields.converter(value -> Messages.get(value.messageKey())));
        unitKind.valueProperty().bindBidirectional(model.unitKindProperty());
        TextField parent = field("infoParent", model.parentAuthorityProperty());
        parent.setPromptText(model.parentPrompt());
        TextField place = field("infoPlace", model.placeNameProperty());
        place.setPromptText(Messages.get("ui.new.place.prompt"));
        ComboBox<Period.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Period.Kind.values());
        kind.setConverter(FormFields.converter(value -> Messages.get("ui.period." + value.id())));
        kind.valueProperty().bindBidirectional(model.periodKindProperty());
        TextField periodText = field("infoPeriodText", model.periodTextProperty());
        periodText.disableProperty().bind(model.periodKindProperty().isNotEqualTo(Period.Kind.OTHER));
        TextField year = field("infoYear", model.yearProperty());
        ComboBox<ParentLine> parentLine = new ComboBox<>();
        parentLine.setId("infoParentLine");
        parentLine.getItems().setAll(ParentLine.values());
        parentLine.setConverter(FormFields.converter(value -> Messages.get(value.messageKey())));
        parentLine.valueProperty().bindBidirectional(model.parentLineProperty());
        TextField publishedTotal = field("infoPublishedTotal", model.publishedTotalProperty());
        publishedTotal.setPromptText(Messages.get("ui.info.published.total.prompt"));
        TextField publishedIndex = field("infoPublishedIndex", model.publishedIndexProperty());
        publishedIndex.setPromptText(Messages.get("ui.info.published.index.prompt"));
        TextField publishedDecision = field("infoPublishedDecision", model.publishedDecisionProperty());
        publishedDecision.setPromptText(Messages.get("ui.info.published.decision.prompt"));

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
        int row = 0;
        form.addRow(row++, new Label(Messages.get("ui.new.unitName")), unit);
        // Only communes have several kinds (xã, phường, đặc khu); a Sở or a province has one, not shown.
        if (model.kindsForLevel().size() > 1) {
            form.addRow(row++, new Label(Messages.get("ui.info.kind")), unitKind);
        }
        form.addRow(row++, new Label(Messages.get("ui.new.parent")), parent);
        form.addRow(row++, new Label(Messages.get("ui.new.place")), place);
        form.addRow(row++, new Label(Messages.get("ui.new.period")), kind);
        form.addRow(row++, new Label(Messages.get("ui.new.periodText.prompt")), periodText);
        form.addRow(row++, new Label(Messages.get("ui.new.year")), year);
        form.addRow(row++, new Label(Messages.get("ui.info.parentLine")), parentLine);
        form.addRow(row++, new Label(Messages.get("ui.info.published.total")), publishedTotal);
        form.addRow(row++, new Label(Messages.get("ui.info.published.index")), publishedIndex);
        form.addRow(row++, new Label(Messages.get("ui.info.published.decision")), publishedDecision);
        FormValidation validation = new FormValidation()
                .check(unit, model.unitNameErrorProperty())
                .check(unitKind, model.kindErrorProperty())
                .check(parent, model.parentErrorProperty())
                .check(place, model.placeErrorProperty())
                .check(periodText, model.periodTextErrorProperty())
                .check(year, model.yearErrorProperty())
                .check(publishedTotal, model.publishedTotalErrorProperty())
                .check(publishedIndex, model.publishedIndexErrorProperty())
                .check(publishedDecision, model.publishedDecisionErrorProperty());
        form.add(validation.messageLine("infoMessage", model.messageProperty()), 1, row);
        if (rounds == null) {
            getDialogPane().setContent(validation.around(form));
        } else {
            Label title = new Label(Messages.get("roundsui.rounds.title"));
            title.getStyleClass().add("title-4");
            javafx.scene.layout.VBox side = new javafx.scene.layout.VBox(4, title,
                    new RoundsPane(rounds, java.time.LocalDate.now(), true).node());
            side.setPrefWidth(560); // the "Bản này là" choice reads in full, and the dialog still fits 1280 pixels
            javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(16, form,
                    new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), side);
            getDialogPane().setContent(both);
        }

        ButtonType ok = new ButtonType(Messages.get("ui.button.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        validation.disableWhileInvalid(getDialogPane().lookupButton(ok));
        getDialogPane().lookupButton(ok).setId("infoApply");
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.apply() || rounds != null && !rounds.apply()) {
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
