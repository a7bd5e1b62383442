package vn.cchc.workbook.ui.departments;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.FieldRules;
import vn.cchc.workbook.ui.common.FormValidation;

/** "Thêm…" / "Đổi tên…" in the department editor: the full name and, optionally, the short name the grid shows. */
final class DepartmentForm {

    /** What the form gives back. */
    record Names(String name, String shortName) {
    }

    private DepartmentForm() {
    }

    static Optional<Names> ask(Window owner, String title, Names initial) {
        Dialog<Names> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);

        TextField name = new TextField(initial.name());
        name.setId("departmentName");
        name.setPrefColumnCount(32);
        TextField shortName = new TextField(initial.shortName());
        shortName.setId("departmentShortName");
        shortName.setPrefColumnCount(12);
        shortName.setPromptText(Messages.get("forms.department.shortNamePrompt"));
        Label hint = new Label(Messages.get("forms.department.shortNameHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.setPadding(new Insets(10, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label(Messages.get("forms.department.name")), name);
        form.addRow(1, new Label(Messages.get("forms.department.shortName")), shortName);
        form.add(hint, 1, 2);

        FormValidation validation = new FormValidation()
                .require(name, text -> FieldRules.requiredText(text, Messages.get("forms.department.name"),
                        Limits.NAME_LENGTH))
                .check(shortName, text -> FieldRules.maxLength(text, Messages.get("forms.department.shortName"),
                        Limits.SHORT_NAME_LENGTH));
        form.add(validation.messageLine("departmentFormMessage", null), 1, 3);
        dialog.getDialogPane().setContent(validation.around(form));

        ButtonType ok = new ButtonType(Messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("departmentFormOk");
        validation.disableWhileInvalid(okButton);
        dialog.setResultConverter(button -> button == ok
                ? new Names(name.getText().strip(), shortName.getText().strip()) : null);
        WindowFocus.initialControl(dialog.getDialogPane(), name);
        return dialog.showAndWait();
    }
}
