package vn.cchc.workbook.ui.rounds;

import java.util.List;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.RoundChecks;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/**
 * "Còn thiếu…": what the next step of the rounds still misses, one line per criterion and item. Enter or a double
 * click on a line closes the list with that criterion's code, for the window to go to it.
 */
public final class MissingDialog extends Dialog<String> {

    public MissingDialog(Window owner, Assessment assessment) {
        initOwner(owner);
        Dialogs.style(getDialogPane(), owner);
        setTitle(Messages.get("roundsui.missing.title"));
        List<RoundChecks.Missing> missing = RoundChecks.forNextStep(assessment);
        String next = assessment.stage().usualNext().map(s -> Messages.get(s.actionKey())).orElse("");
        setHeaderText(next.isEmpty() ? Messages.get("roundsui.missing.closed")
                : missing.isEmpty() ? Messages.get("roundsui.missing.none", next)
                : Messages.get("roundsui.missing.header", next, missing.size()));
        ListView<RoundChecks.Missing> list = new ListView<>();
        list.setId("missingList");
        list.getItems().setAll(missing);
        list.setPrefSize(720, Math.min(420, 40 + 26 * Math.max(1, missing.size())));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RoundChecks.Missing item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.get("roundsui.missing.line", item.shownCode(), item.title(),
                        Messages.get(item.kind().messageKey())));
            }
        });
        ButtonType go = new ButtonType(Messages.get("roundsui.missing.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (missing.isEmpty()) {
            getDialogPane().getButtonTypes().setAll(close);
        } else {
            getDialogPane().getButtonTypes().setAll(go, close);
        }
        javafx.scene.Node goButton = getDialogPane().lookupButton(go);
        if (goButton != null) {
            goButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty()
                    .isNull());
        }
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                choose(list);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                choose(list);
            }
        });
        getDialogPane().setContent(missing.isEmpty() ? null : list);
        setResultConverter(type -> type == go && list.getSelectionModel().getSelectedItem() != null
                ? list.getSelectionModel().getSelectedItem().code() : null);
        if (!missing.isEmpty()) {
            list.getSelectionModel().selectFirst();
            WindowFocus.initialControl(getDialogPane(), list);
        }
    }

    private void choose(ListView<RoundChecks.Missing> list) {
        setResult(list.getSelectionModel().getSelectedItem().code());
        close();
    }
}
