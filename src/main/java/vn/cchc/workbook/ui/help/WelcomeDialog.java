package vn.cchc.workbook.ui.help;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.Dialogs;

/**
 * The short welcome of the very first start: what the program does, and the two ways to begin. The caller decides
 * when it is due (a new, empty store) and remembers that it was shown.
 */
public final class WelcomeDialog {

    /** What the user chose. */
    public enum Choice { OPEN_SAMPLE, NEW_WORKBOOK, CLOSE }

    private final Dialog<Choice> dialog = new Dialog<>();

    public WelcomeDialog(Window owner) {
        ButtonType sample = new ButtonType(Messages.get("help.welcome.sample"), ButtonData.OK_DONE);
        ButtonType create = new ButtonType(Messages.get("help.welcome.new"), ButtonData.OTHER);
        ButtonType close = new ButtonType(Messages.get("help.welcome.close"), ButtonData.CANCEL_CLOSE);
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setTitle(Messages.get("help.welcome.title"));
        dialog.setHeaderText(Messages.get("help.welcome.header"));
        Label text = new Label(Messages.get("help.welcome.text"));
        text.setId("welcomeText");
        text.setWrapText(true);
        text.setPrefWidth(520);
        // A wrapped label reports one line's height unless told otherwise; the dialog would then cut the text.
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(text);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("welcomeDialog");
        dialog.getDialogPane().getButtonTypes().setAll(sample, create, close);
        dialog.getDialogPane().lookupButton(sample).setId("welcomeSample");
        dialog.getDialogPane().lookupButton(create).setId("welcomeNew");
        dialog.getDialogPane().lookupButton(close).setId("welcomeClose");
        dialog.setResultConverter(button -> button == sample ? Choice.OPEN_SAMPLE
                : button == create ? Choice.NEW_WORKBOOK : Choice.CLOSE);
    }

    /** Shows the welcome and waits; closing it any other way counts as "Đóng". */
    public Choice showAndWait() {
        return dialog.showAndWait().orElse(Choice.CLOSE);
    }
}
