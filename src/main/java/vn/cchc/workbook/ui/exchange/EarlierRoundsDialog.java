package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.ReturnedFiles.Round;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/**
 * "Các vòng trước": the copies of the workbook kept each time a returned file was accepted, newest first; one can
 * be opened read-only, or compared with the workbook as it is now.
 */
public final class EarlierRoundsDialog {

    /** What to do with the chosen round. */
    public enum Action { VIEW, COMPARE }

    /** The round chosen and what to do with it. */
    public record Choice(Round round, Action action) {
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TableView<Round> table = new TableView<>();
    private final ButtonType view = new ButtonType(Messages.get("exchange.rounds.view"), ButtonBar.ButtonData.OK_DONE);
    private final ButtonType compare = new ButtonType(Messages.get("exchange.rounds.compare"),
            ButtonBar.ButtonData.OTHER);

    public EarlierRoundsDialog(Window owner, String workbookName, List<Round> rounds) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.get("exchange.rounds.title"));
        dialog.setResizable(true);
        table.setId("earlierRounds");
        TableColumn<Round, String> when = new TableColumn<>(Messages.get("exchange.rounds.when"));
        when.setPrefWidth(150);
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(VietnameseDates.format(c.getValue().keptAt())));
        TableColumn<Round, String> what = new TableColumn<>(Messages.get("exchange.rounds.what"));
        what.setPrefWidth(480);
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        table.getColumns().setAll(List.of(when, what));
        ColumnPolicy.fillOrScroll(table);
        table.getItems().setAll(rounds.reversed());
        table.setPlaceholder(new Label(Messages.get("exchange.rounds.none")));
        if (!rounds.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Label heading = new Label(Messages.get("exchange.rounds.heading", workbookName, rounds.size()));
        heading.setWrapText(true);
        VBox content = new VBox(8, heading, table);
        content.setPrefSize(680, 320);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(view, compare,
                new ButtonType(Messages.get("ui.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        for (ButtonType type : List.of(view, compare)) {
            dialog.getDialogPane().lookupButton(type).disableProperty()
                    .bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Dialogs.style(dialog.getDialogPane(), owner);
        WindowFocus.initialControl(dialog.getDialogPane(), table);
    }

    public Optional<Choice> showAndWait() {
        ButtonType chosen = dialog.showAndWait().orElse(null);
        Round round = table.getSelectionModel().getSelectedItem();
        if (round == null || (chosen != view && chosen != compare)) {
            return Optional.empty();
        }
        return Optional.of(new Choice(round, chosen == view ? Action.VIEW : Action.COMPARE));
    }
}
