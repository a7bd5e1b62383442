package vn.cchc.workbook.ui.help;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.Dialogs;

/**
 * "Trợ giúp → Giới thiệu": the program's name and version, where its data and its log are (in fields that can be
 * selected and copied, for support over the phone or by mail), a button to open the data folder, and the promise
 * that nothing goes over the network, and the licences of the program and of every library it ships.
 */
public final class AboutDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    /** @param openFolder shows a folder with the system's file manager */
    public AboutDialog(Window owner, ProgramInfo info, Consumer<Path> openFolder) {
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setTitle(Messages.get("help.about.title"));
        dialog.setHeaderText(Messages.get("help.about.name"));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(420);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        grid.addRow(row++, new Label(Messages.get("help.about.version")), value("aboutVersion", info.version()));
        grid.addRow(row++, new Label(Messages.get("help.about.dataFolder")),
                value("aboutDataFolder", info.dataDirectory().toString()));
        grid.addRow(row++, new Label(Messages.get("help.about.databaseFile")), value("aboutDatabaseFile",
                info.databaseFile() == null ? Messages.get("help.about.storeOpening") : info.databaseFile().toString()));
        grid.addRow(row++, new Label(Messages.get("help.about.logFile")), value("aboutLogFile", info.logFile().toString()));

        Button open = new Button(Messages.get("help.about.openDataFolder"));
        open.setId("aboutOpenDataFolder");
        open.setOnAction(e -> openFolder.accept(info.dataDirectory()));
        Label support = new Label(Messages.get("help.about.support"));
        support.setWrapText(true);
        Label offline = new Label(Messages.get("help.about.offline"));
        offline.setId("aboutOffline");
        offline.setWrapText(true);
        Label summary = new Label(Messages.get("help.about.summary"));
        summary.setWrapText(true);

        TextArea licences = new TextArea(ThirdPartyNotices.text());
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(10);
        TitledPane licencePane = new TitledPane(Messages.get("help.about.licence.title"), licences);
        licencePane.setId("aboutLicencePane");
        licencePane.setExpanded(false);
        licencePane.setAnimated(false);

        VBox content = new VBox(10, summary, grid, open, support, offline, licencePane);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(640);
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(Messages.get("help.about.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    private static TextField value(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        field.getStyleClass().add("about-value");
        return field;
    }
}
