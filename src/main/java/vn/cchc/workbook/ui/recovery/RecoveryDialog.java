package vn.cchc.workbook.ui.recovery;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/**
 * "Khôi phục dữ liệu": the backups with their date and number of workbooks, to restore one; also "Xuất tất cả" (every
 * workbook as a .cchc file) when the store is open, and "Bắt đầu dữ liệu mới" when it is damaged. Reached from the
 * File menu and from the message shown when the store cannot be opened.
 */
public final class RecoveryDialog {

    /** What the user chose. */
    public enum Action { RESTORE, EXPORT_ALL, START_EMPTY, CLOSE }

    /**
     * The choice.
     *
     * @param action what to do
     * @param backup the backup to restore (RESTORE only)
     */
    public record Choice(Action action, RecoveryViewModel.Row backup) {
    }

    /** Wide enough for the table's three columns and a damage message on three or four lines. */
    private static final double PREFERRED_WIDTH = 760;

    private final Dialog<Choice> dialog = new Dialog<>();

    /**
     * @param problem   why the dialog is shown (the damage found), or blank when opened from the menu
     * @param storeOpen whether the store is open (then "Xuất tất cả" is offered, else "Bắt đầu dữ liệu mới")
     */
    public RecoveryDialog(Window owner, RecoveryViewModel model, String problem, boolean storeOpen) {
        ButtonType restore = new ButtonType(Messages.get("storesafety.ui.restore"), ButtonData.OK_DONE);
        String otherKey = storeOpen ? "storesafety.ui.exportAll" : "storesafety.ui.startEmpty";
        ButtonType other = new ButtonType(Messages.get(otherKey), ButtonData.OTHER);
        ButtonType close = new ButtonType(Messages.get("storesafety.ui.close"), ButtonData.CANCEL_CLOSE);
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.get("storesafety.ui.title"));
        dialog.setHeaderText(problem == null || problem.isBlank() ? Messages.get("storesafety.ui.header") : problem);

        TableView<RecoveryViewModel.Row> table = new TableView<>(model.backups());
        table.setId("recoveryBackups");
        table.setPlaceholder(new Label(Messages.get("storesafety.ui.noBackups")));
        table.setPrefSize(640, 260);
        TableColumn<RecoveryViewModel.Row, String> when = new TableColumn<>(Messages.get("storesafety.ui.column.when"));
        when.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().when()));
        when.setPrefWidth(170);
        TableColumn<RecoveryViewModel.Row, Long> count = new TableColumn<>(Messages.get("storesafety.ui.column.count"));
        count.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().assessments()));
        count.setPrefWidth(150);
        TableColumn<RecoveryViewModel.Row, String> name = new TableColumn<>(Messages.get("storesafety.ui.column.file"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        name.setPrefWidth(300);
        table.getColumns().setAll(List.of(when, count, name));
        if (!model.backups().isEmpty()) {
            table.getSelectionModel().selectFirst();
            WindowFocus.initialControl(dialog.getDialogPane(), table);
        }

        // A damage message is long; at its own width (1 150 px of one line) the dialog filled the screen with the
        // explanation wrapped at 640 px and the table's columns leaving half of it empty. The dialog keeps a width
        // to read; the header wraps, the explanation and the table fill it.
        Label explain = new Label(Messages.get("storesafety.ui.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(Double.MAX_VALUE);
        ColumnPolicy.fillOrScroll(table);
        dialog.getDialogPane().setPrefWidth(PREFERRED_WIDTH);
        dialog.getDialogPane().setContent(new VBox(8, explain, table));
        dialog.getDialogPane().setId("recoveryDialog");
        dialog.getDialogPane().getButtonTypes().setAll(restore, other, close);
        dialog.getDialogPane().lookupButton(restore).setId("recoveryRestore");
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().lookupButton(other).setId(storeOpen ? "recoveryExportAll" : "recoveryStartEmpty");
        dialog.setResultConverter(button -> {
            if (button == restore) {
                return new Choice(Action.RESTORE, table.getSelectionModel().getSelectedItem());
            }
            if (button == other) {
                return new Choice(storeOpen ? Action.EXPORT_ALL : Action.START_EMPTY, null);
            }
            return new Choice(Action.CLOSE, null);
        });
    }

    /** Shows the dialog and waits; closing it any other way counts as "Đóng". */
    public Choice showAndWait() {
        return dialog.showAndWait().orElse(new Choice(Action.CLOSE, null));
    }
}
