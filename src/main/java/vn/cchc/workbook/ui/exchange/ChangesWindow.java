package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/** The what-changed view on its own (an earlier round against now, a merged part): filters, table, printing. */
public final class ChangesWindow {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ChangesWindow(Window owner, String title, String heading, List<Change> changes,
                         Consumer<List<Change>> print) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setResizable(true);
        Label label = new Label(heading);
        label.setWrapText(true);
        ChangesView view = new ChangesView(new ChangesViewModel(changes), print);
        VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        VBox content = new VBox(8, label, view);
        content.setPrefSize(1120, 520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get("ui.button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.style(dialog.getDialogPane(), owner);
        WindowFocus.initialControl(dialog.getDialogPane(), view.table());
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
