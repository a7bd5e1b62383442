package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
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

/**
 * Opening a returned .cchc whose workbook is here: what the other side changed, per criterion, before anything is
 * taken; "Nhận tệp này" replaces the local copy (kept in "Các vòng trước"), "Giữ cả hai" adds the file as a new
 * workbook, "Hủy" changes nothing.
 */
public final class ReturnedFileDialog {

    /** What the user chose. */
    public enum Choice { ACCEPT, KEEP_BOTH, CANCEL }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType accept = new ButtonType(Messages.get("exchange.returned.accept"),
            ButtonBar.ButtonData.OK_DONE);
    private final ButtonType keepBoth = new ButtonType(Messages.get("exchange.returned.keepBoth"),
            ButtonBar.ButtonData.OTHER);
    private final ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
    private final ChangesView view;

    /**
     * @param fileName     the returned file's name
     * @param localUnsaved whether the local copy has changes not saved to a file (they are kept as an earlier round)
     * @param print        prints the shown changes
     */
    public ReturnedFileDialog(Window owner, String fileName, List<Change> changes, boolean localUnsaved,
                              Consumer<List<Change>> print) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.get("exchange.returned.title"));
        dialog.setResizable(true);
        view = new ChangesView(new ChangesViewModel(changes), print);
        Label heading = new Label(Messages.get(changes.isEmpty() ? "exchange.returned.same" : "exchange.returned.heading",
                fileName, changes.size()));
        heading.setId("returnedHeading");
        heading.setWrapText(true);
        VBox content = new VBox(8, heading);
        if (localUnsaved) {
            Label warning = new Label(Messages.get("exchange.returned.localUnsaved"));
            warning.setWrapText(true);
            warning.getStyleClass().add("warning");
            content.getChildren().add(warning);
        }
        content.getChildren().add(view);
        VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        content.setPrefSize(1120, 520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(accept, keepBoth, cancel);
        Dialogs.style(dialog.getDialogPane(), owner);
        // The list first: Enter then takes the default button, Tab reaches the filters.
        WindowFocus.initialControl(dialog.getDialogPane(), view.table());
    }

    public Choice showAndWait() {
        ButtonType chosen = dialog.showAndWait().orElse(cancel);
        return chosen == accept ? Choice.ACCEPT : chosen == keepBoth ? Choice.KEEP_BOTH : Choice.CANCEL;
    }

    public ChangesView view() {
        return view;
    }
}
