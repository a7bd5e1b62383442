package vn.cchc.workbook.ui.rounds;

import java.time.LocalDate;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.ui.common.FormFields;

/**
 * The rounds section: stage, history, whose copy, deadlines. Shown in "Vòng thẩm định và hạn nộp…" and in
 * "Thông tin sổ…". With {@code editable} false (a fixed result) it only shows.
 */
public final class RoundsPane {

    private final VBox root = new VBox(8);

    public RoundsPane(RoundsViewModel model, LocalDate today, boolean editable) {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        // Wide enough for "Gửi kết quả thẩm định lần 2" whole.
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        Label stage = new Label(model.stageText());
        stage.setId("roundsStage");
        stage.getStyleClass().add("rounds-stage");
        form.addRow(row++, new Label(Messages.get("roundsui.rounds.stage")), stage);
        String due = model.dueText(today);
        if (!due.isEmpty()) {
            Label dueLabel = new Label(due);
            dueLabel.setId("roundsDue");
            form.add(dueLabel, 1, row++);
        }
        ComboBox<RoundsViewModel.Copy> copy = new ComboBox<>();
        copy.setId("roundsSide");
        copy.getItems().setAll(RoundsViewModel.Copy.values());
        copy.setConverter(FormFields.converter(RoundsViewModel.Copy::text));
        copy.valueProperty().bindBidirectional(model.copyProperty());
        copy.setDisable(!editable);
        form.addRow(row++, new Label(Messages.get("roundsui.rounds.side")), copy);
        VBox history = new VBox(2);
        history.setId("roundsHistory");
        for (String line : model.history()) {
            Label label = new Label(line);
            label.setWrapText(true);
            history.getChildren().add(label);
        }
        Label historyTitle = new Label(Messages.get("roundsui.rounds.history"));
        GridPane.setValignment(historyTitle, javafx.geometry.VPos.TOP);
        form.addRow(row++, historyTitle, history);
        Label deadlinesTitle = new Label(Messages.get("roundsui.rounds.deadlines"));
        deadlinesTitle.getStyleClass().add("section-title");
        form.add(deadlinesTitle, 0, row++, 2, 1);
        for (Stage step : Stage.steps()) {
            TextField field = new TextField();
            field.setId("roundsDeadline-" + step.id());
            field.setPrefColumnCount(10);
            field.setMaxWidth(140);
            field.setPromptText(Messages.get("forms.datePrompt"));
            field.textProperty().bindBidirectional(model.deadlineProperty(step));
            field.setEditable(editable);
            form.addRow(row++, new Label(Messages.get(step.actionKey())), field);
        }
        Label message = new Label();
        message.setId("roundsMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        form.add(message, 0, row, 2, 1);
        root.getChildren().add(form);
        root.setPadding(new Insets(4, 0, 0, 0));
    }

    public Node node() {
        return root;
    }
}
