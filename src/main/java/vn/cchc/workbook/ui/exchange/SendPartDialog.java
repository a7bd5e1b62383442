package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.DepartmentPartFiles;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.FormFields;

/**
 * "Gửi phần của phòng ban…": which department (or officer) gets its part, and whether the evidence files of its
 * criteria go with it.
 */
public final class SendPartDialog {

    /** The department chosen and whether its evidence goes with the part. */
    public record Choice(Department department, boolean withEvidence) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<DepartmentPartFiles.Choice> departments = new ComboBox<>();
    private final CheckBox evidence = new CheckBox();
    private final ButtonType send = new ButtonType(Messages.get("exchange.send.next"), ButtonBar.ButtonData.OK_DONE);

    /**
     * @param evidenceFiles how many evidence files a department's criteria cite (0 disables the box)
     */
    public SendPartDialog(Window owner, List<DepartmentPartFiles.Choice> choices,
                          ToIntFunction<Department> evidenceFiles, boolean lastWithEvidence) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.get("exchange.send.title"));
        departments.setId("sendDepartment");
        departments.getItems().setAll(choices);
        departments.setConverter(FormFields.converter(choice -> choice == null ? ""
                : Messages.get("exchange.send.choice", choice.department().name(), choice.criteria())));
        departments.setMaxWidth(Double.MAX_VALUE);
        evidence.setId("sendWithEvidence");
        departments.valueProperty().addListener((obs, old, now) -> {
            int files = now == null ? 0 : evidenceFiles.applyAsInt(now.department());
            evidence.setText(Messages.get("exchange.send.evidence", files));
            evidence.setDisable(files == 0);
            evidence.setSelected(files > 0 && lastWithEvidence);
        });
        if (!choices.isEmpty()) {
            departments.getSelectionModel().select(0);
        }
        Label explain = new Label(Messages.get("exchange.send.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(520);
        VBox content = new VBox(10, new Label(Messages.get("exchange.send.department")), departments, evidence, explain);
        content.setPadding(new Insets(4));
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(send,
                new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(send).disableProperty().bind(departments.valueProperty().isNull());
        Dialogs.style(dialog.getDialogPane(), owner);
        WindowFocus.initialControl(dialog.getDialogPane(), departments);
    }

    public Optional<Choice> showAndWait() {
        if (dialog.showAndWait().orElse(null) != send || departments.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new Choice(departments.getValue().department(), evidence.isSelected()));
    }
}
