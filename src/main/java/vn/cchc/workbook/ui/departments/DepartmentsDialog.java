package vn.cchc.workbook.ui.departments;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.ui.common.Icons;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/** "Đơn vị phụ trách": the department list of the open workbook. */
public final class DepartmentsDialog extends Dialog<Boolean> {

    public DepartmentsDialog(Window owner, DepartmentsViewModel model) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Messages.get("ui.departments.title"));
        setHeaderText(Messages.get("ui.departments.header"));

        ListView<Department> list = new ListView<>(model.departments());
        // The list takes the keyboard: arrows choose, Tab reaches Thêm…, Sửa tên…, Xóa, Lên, Xuống.
        WindowFocus.initialControl(getDialogPane(), list);
        list.setId("departmentsList");
        list.setPrefSize(420, 300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Department item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.shortName().isEmpty() ? item.name()
                        : item.name() + " — " + item.shortName());
            }
        });

        Button add = button("departmentAdd", "ui.departments.add", Icons.of(MaterialDesignP.PLUS));
        Button rename = button("departmentRename", "ui.departments.rename", Icons.of(MaterialDesignP.PENCIL_OUTLINE));
        Button remove = button("departmentRemove", "ui.departments.remove", Icons.of(MaterialDesignD.DELETE_OUTLINE));
        Button up = button("departmentUp", "ui.departments.up", Icons.of(MaterialDesignA.ARROW_UP));
        Button down = button("departmentDown", "ui.departments.down", Icons.of(MaterialDesignA.ARROW_DOWN));
        var noSelection = list.getSelectionModel().selectedItemProperty().isNull();
        rename.disableProperty().bind(noSelection);
        remove.disableProperty().bind(noSelection);
        up.disableProperty().bind(noSelection);
        down.disableProperty().bind(noSelection);

        add.setOnAction(e -> DepartmentForm.ask(getDialogPane().getScene().getWindow(),
                Messages.get("ui.departments.add"), new DepartmentForm.Names("", "")).ifPresent(names -> {
                    if (model.add(names.name(), names.shortName())) {
                        list.getSelectionModel().selectLast();
                    }
                }));
        rename.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            Department chosen = model.departments().get(index);
            DepartmentForm.ask(getDialogPane().getScene().getWindow(), Messages.get("ui.departments.rename"),
                    new DepartmentForm.Names(chosen.name(), chosen.shortName())).ifPresent(names -> {
                        model.edit(index, names.name(), names.shortName());
                        list.getSelectionModel().select(index);
                    });
        });
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedIndex()));
        up.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (model.moveUp(index)) {
                list.getSelectionModel().select(index - 1);
            }
        });
        down.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (model.moveDown(index)) {
                list.getSelectionModel().select(index + 1);
            }
        });

        VBox buttons = new VBox(8, add, rename, remove, up, down);
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        HBox body = new HBox(12, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("departmentsMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(560);
        // Never cut: the refusal says which criteria still use the department.
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(10, body, message);
        content.setPadding(new Insets(10, 0, 0, 0));
        getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(Messages.get("ui.button.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.apply()) {
                event.consume();
            }
        });
        setResultConverter(type -> type == ok);
    }

    private static Button button(String id, String key, javafx.scene.Node icon) {
        Button button = new Button(Messages.get(key), icon);
        button.setId(id);
        return button;
    }
}
