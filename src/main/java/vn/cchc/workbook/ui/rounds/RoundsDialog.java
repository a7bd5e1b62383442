package vn.cchc.workbook.ui.rounds;

import java.time.LocalDate;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/** "Vòng thẩm định và hạn nộp…": the rounds section on its own, also when the result is fixed (then read only). */
public final class RoundsDialog extends Dialog<Boolean> {

    public RoundsDialog(Window owner, RoundsViewModel model, LocalDate today, boolean editable) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Messages.get("roundsui.rounds.title"));
        getDialogPane().setContent(new RoundsPane(model, today, editable).node());
        // The form's first question ("Bản này là"); read-only, the dialog keeps its Đóng button.
        WindowFocus.initialControl(getDialogPane(), getDialogPane().getContent().lookup("#roundsSide"));
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (editable) {
            ButtonType ok = new ButtonType(Messages.get("ui.button.apply"), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().setAll(ok, cancel);
            getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, event -> {
                if (!model.apply()) {
                    event.consume();
                }
            });
            setResultConverter(type -> type == ok);
        } else {
            getDialogPane().getButtonTypes().setAll(cancel);
            setResultConverter(type -> false);
        }
    }
}
