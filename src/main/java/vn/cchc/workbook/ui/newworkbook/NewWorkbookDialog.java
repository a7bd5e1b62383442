package vn.cchc.workbook.ui.newworkbook;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Icons;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.FormValidation;

/** "Tạo sổ chấm điểm mới": one form; a wrong field is marked while typing and "Tạo sổ" waits until all are right. */
public final class NewWorkbookDialog extends Dialog<Assessment> {

    /**
     * @param loadCriteriaFile reads a criteria-set JSON file off the UI thread and hands the set to the callback
     */
    public NewWorkbookDialog(Window owner, NewWorkbookViewModel model, DialogService dialogs,
                             BiConsumer<Path, Consumer<CriteriaSet>> loadCriteriaFile) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Messages.get("ui.new.title"));
        setHeaderText(Messages.get("ui.new.header"));
        setResizable(true);

        TextField unitName = textField("newUnitName", model.unitNameProperty(), "ui.new.unitName.prompt");
        ComboBox<UnitLevel> level = new ComboBox<>();
        level.setId("newLevel");
        level.getItems().setAll(UnitLevel.COMMUNE, UnitLevel.DEPARTMENT, UnitLevel.PROVINCE, UnitLevel.DISTRICT);
        level.setConverter(FormFields.converter(l -> Messages.get(l.messageKey())));
        level.valueProperty().bindBidirectional(model.levelProperty());
        ComboBox<UnitKind> kind = new ComboBox<>(model.kindsForLevel());
        kind.setId("newKind");
        kind.setConverter(FormFields.converter(k -> Messages.get(k.messageKey())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        // One level, the kind named: only communes have several (xã, phường, đặc khu).
        kind.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.kindsForLevel()).greaterThan(1));
        kind.managedProperty().bind(kind.visibleProperty());
        HBox levelRow = new HBox(8, level, kind);
        levelRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextField parent = textField("newParentAuthority", model.parentAuthorityProperty(), "ui.new.parent.prompt");
        model.parentPromptProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                parent.setPromptText(now);
            }
        });
        if (!model.parentPromptProperty().get().isEmpty()) {
            parent.setPromptText(model.parentPromptProperty().get());
        }
        TextField place = textField("newPlaceName", model.placeNameProperty(), "ui.new.place.prompt");

        ComboBox<Period.Kind> periodKind = new ComboBox<>();
        periodKind.setId("newPeriodKind");
        periodKind.getItems().setAll(Period.Kind.values());
        periodKind.setConverter(FormFields.converter(k -> Messages.get("ui.period." + k.id())));
        periodKind.valueProperty().bindBidirectional(model.periodKindProperty());
        TextField periodText = textField("newPeriodText", model.periodTextProperty(), "ui.new.periodText.prompt");
        periodText.visibleProperty().bind(model.periodKindProperty().isEqualTo(Period.Kind.OTHER));
        periodText.managedProperty().bind(periodText.visibleProperty());
        TextField year = textField("newYear", model.yearProperty(), "");
        year.setPrefColumnCount(5);
        HBox periodRow = new HBox(8, periodKind, periodText, new Label(Messages.get("ui.new.year")), year);
        periodRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(periodText, Priority.ALWAYS);

        ComboBox<CriteriaSet> criteria = new ComboBox<>(model.setsForLevel());
        criteria.setId("newCriteriaSet");
        criteria.setMaxWidth(Double.MAX_VALUE);
        criteria.setConverter(FormFields.converter(NewWorkbookDialog::describe));
        criteria.valueProperty().bindBidirectional(model.criteriaSetProperty());
        criteria.setPlaceholder(new Label(Messages.get("ui.new.criteria.none")));
        Button fromFile = new Button(Messages.get("ui.new.criteria.fromFile"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        fromFile.setOnAction(e -> dialogs.chooseFileToOpen(Messages.get("ui.new.criteria.fromFile"),
                DialogService.FileKind.CRITERIA_JSON).ifPresent(file -> loadCriteriaFile.accept(file, model::addCriteriaSet)));
        fromFile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox criteriaRow = new HBox(8, criteria, fromFile);
        HBox.setHgrow(criteria, Priority.ALWAYS);

        ListView<String> departments = new ListView<>(model.departments());
        departments.setId("newDepartments");
        departments.setEditable(true);
        departments.setPrefHeight(150);
        departments.setCellFactory(TextFieldListCell.forListView());
        departments.setOnEditCommit(e -> {
            model.markDepartmentsEdited();
            if (e.getNewValue().isBlank()) {
                model.departments().remove(e.getIndex());
            } else {
                model.departments().set(e.getIndex(), e.getNewValue().strip());
            }
        });
        Button addDepartment = new Button(Messages.get("ui.departments.add"), Icons.of(MaterialDesignP.PLUS));
        addDepartment.setOnAction(e -> dialogs.askText(Messages.get("ui.departments.add"), Messages.get("ui.departments.name"), "")
                .ifPresent(name -> {
                    model.markDepartmentsEdited();
                    model.departments().add(name);
                }));
        Button removeDepartment = new Button(Messages.get("ui.departments.remove"), Icons.of(MaterialDesignD.DELETE_OUTLINE));
        removeDepartment.disableProperty().bind(departments.getSelectionModel().selectedItemProperty().isNull());
        removeDepartment.setOnAction(e -> {
            model.markDepartmentsEdited();
            model.departments().remove(departments.getSelectionModel().getSelectedIndex());
        });
        addDepartment.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox departmentButtons = new VBox(8, addDepartment, removeDepartment);
        HBox departmentsRow = new HBox(8, departments, departmentButtons);
        HBox.setHgrow(departments, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(460);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = addRow(form, row, "ui.new.unitName", unitName);
        row = addRow(form, row, "ui.new.level", levelRow);
        row = addRow(form, row, "ui.new.parent", parent);
        row = addRow(form, row, "ui.new.place", place);
        row = addRow(form, row, "ui.new.period", periodRow);
        row = addRow(form, row, "ui.new.criteria", criteriaRow);
        row = addRow(form, row, "ui.new.departments", departmentsRow);

        FormValidation validation = new FormValidation()
                .check(unitName, model.unitNameErrorProperty())
                .check(parent, model.parentErrorProperty())
                .check(place, model.placeErrorProperty())
                .check(periodText, model.periodErrorProperty())
                .check(year, model.yearErrorProperty())
                .check(criteria, model.criteriaErrorProperty())
                .check(departments, model.departmentsErrorProperty());
        form.add(validation.messageLine("newMessage", model.messageProperty()), 1, row);
        getDialogPane().setContent(validation.around(form));
        getDialogPane().setPrefWidth(820);

        ButtonType create = new ButtonType(Messages.get("ui.new.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(create, cancel);
        Node createButton = getDialogPane().lookupButton(create);
        createButton.setId("newCreate");
        validation.disableWhileInvalid(createButton);
        Assessment[] built = new Assessment[1];
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            built[0] = model.build().orElse(null);
            if (built[0] == null) {
                event.consume();
            }
        });
        setResultConverter(type -> type == create ? built[0] : null);
        WindowFocus.initialControl(getDialogPane(), unitName);
    }

    static String describe(CriteriaSet set) {
        return set.name() + " (" + set.year() + ")";
    }

    private static int addRow(GridPane form, int row, String labelKey, Node field) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
        return row + 1;
    }

    private static TextField textField(String id, javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        if (!promptKey.isEmpty()) {
            field.setPromptText(Messages.get(promptKey));
        }
        return field;
    }
}
