package vn.cchc.workbook.ui.criteria;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.criteria.editing.VersionDetails;
import vn.cchc.workbook.domain.text.Messages;

/** "Lưu thành phiên bản mới…": the name, decision, year and version of the set about to be stored. */
final class SaveVersionDialog {

    private SaveVersionDialog() {
    }

    static Optional<VersionDetails> ask(Window owner, VersionDetails suggested, boolean newVersionOfStoredSet) {
        Dialog<VersionDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("criteriaui.save.title"));
        dialog.setHeaderText(Messages.get(newVersionOfStoredSet ? "criteriaui.save.headerNewVersion"
                : "criteriaui.save.headerNew"));
        ButtonType save = new ButtonType(Messages.get("criteriaui.save.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("criteriaui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        TextField name = new TextField(suggested.name());
        name.setId("saveName");
        name.setPrefColumnCount(36);
        TextField decision = new TextField(suggested.decisionNumber());
        decision.setId("saveDecision");
        decision.setPromptText(Messages.get("criteriaui.save.decisionPrompt"));
        DatePicker date = new DatePicker(suggested.decisionDate());
        date.setId("saveDecisionDate");
        date.setPromptText("dd/mm/yyyy");
        date.setConverter(new DayMonthYear());
        TextField year = new TextField(Integer.toString(suggested.year()));
        year.setId("saveYear");
        year.setPrefColumnCount(5);
        TextField version = new TextField(suggested.version());
        version.setId("saveVersion");
        ComboBox<UnitLevel> level = new ComboBox<>();
        level.setId("saveLevel");
        level.getItems().setAll(Arrays.asList(UnitLevel.values()));
        level.setValue(suggested.level());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitLevel value) {
                return value == null ? "" : Messages.get(value.messageKey());
            }

            @Override
            public UnitLevel fromString(String text) {
                return null;
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        ColumnConstraints first = new ColumnConstraints();
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(first, second);
        String[] labels = {"criteriaui.save.name", "criteriaui.save.level", "criteriaui.save.decision",
                "criteriaui.save.decisionDate", "criteriaui.save.year", "criteriaui.save.version"};
        javafx.scene.Node[] fields = {name, level, decision, date, year, version};
        for (int i = 0; i < labels.length; i++) {
            grid.add(new Label(Messages.get(labels[i])), 0, i);
            grid.add(fields[i], 1, i);
        }
        Label note = new Label(Messages.get("criteriaui.save.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("hint");
        grid.add(note, 0, labels.length, 2, 1);
        dialog.getDialogPane().setContent(grid);

        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || version.getText().isBlank() || parseYear(year.getText()) == null,
                name.textProperty(), version.textProperty(), year.textProperty());
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(invalid);
        dialog.setResultConverter(button -> button == save
                ? new VersionDetails(name.getText(), decision.getText(), date.getValue(), parseYear(year.getText()),
                        version.getText(), level.getValue())
                : null);
        return dialog.showAndWait();
    }

    private static Integer parseYear(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= 1990 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dates as Vietnamese officials write them: 16/11/2022. */
    private static final class DayMonthYear extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : VietnameseDates.DATE.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return VietnameseDates.parse(text).orElse(null);
        }
    }
}
