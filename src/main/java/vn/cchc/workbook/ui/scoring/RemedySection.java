package vn.cchc.workbook.ui.scoring;

import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.FormFields;

/** The detail pane's free-text sections: the explanation, the appraisal opinion and the remedy with its deadline. */
final class RemedySection {

    /** Stores a text of the row. */
    interface TextCommit {
        void commit(String code, String text);
    }

    private RemedySection() {
    }

    /** A text area committed on leaving it or on Ctrl+Enter; Tab moves on, Ctrl+Tab types a tab. */
    static Node text(DetailForm form, String id, Function<Entry, String> current, TextCommit commit) {
        String rowCode = form.code();
        TextArea area = form.field(id, new TextArea());
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setTooltip(new Tooltip(Messages.get("scoring.detail.commitHint")));
        Runnable save = () -> {
            if (!area.getText().strip().equals(current.apply(form.model().entry(rowCode)))) {
                form.attempt(area, () -> commit.commit(rowCode, area.getText()));
            }
        };
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !form.refilling()) {
                save.run();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save.run();
            }
        });
        FormFields.tabMovesOn(area);
        form.escapeRestores(area, () -> area.setText(current.apply(form.model().entry(rowCode))));
        form.onRefill(() -> {
            if (!area.isFocused() && !area.getPseudoClassStates().contains(DetailForm.DANGER)) {
                area.setText(current.apply(form.entry()));
            }
        });
        return area;
    }

    static Node remedy(DetailForm form) {
        String rowCode = form.code();
        TextArea measure = form.field("detail-remedy", new TextArea());
        measure.setWrapText(true);
        measure.setPrefRowCount(2);
        measure.setTooltip(new Tooltip(Messages.get("scoring.detail.commitHint")));
        DatePicker deadline = form.field("detail-deadline", DateFields.picker());
        // Room for its prompt "ngày/tháng/năm" beside the calendar button; narrower, the prompt is "dd/mm/yyyy".
        deadline.setPrefWidth(172);
        ChoiceBox<Remedy.Status> status = form.field("detail-remedy-status", new ChoiceBox<>());
        status.getItems().setAll(Remedy.Status.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Remedy.Status value) {
                return value == null ? "" : Messages.get(value.messageKey());
            }

            @Override
            public Remedy.Status fromString(String text) {
                return null;
            }
        });
        Runnable save = () -> {
            if (form.refilling()) {
                return;
            }
            Remedy current = form.model().entry(rowCode).remedy();
            Remedy next = new Remedy(measure.getText(), deadline.getValue(),
                    status.getValue() == null ? Remedy.Status.NOT_STARTED : status.getValue());
            if (!next.equals(current)) {
                form.attempt(measure, () -> form.model().commitRemedy(rowCode, next.measure(), next.deadline(),
                        next.status()));
            }
        };
        measure.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save.run();
            }
        });
        measure.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save.run();
            }
        });
        FormFields.tabMovesOn(measure);
        form.escapeRestores(measure, () -> measure.setText(form.model().entry(rowCode).remedy().measure()));
        deadline.valueProperty().addListener((obs, old, value) -> save.run());
        DateFields.commitTypedDate(deadline, form::showMessage);
        status.valueProperty().addListener((obs, old, value) -> save.run());
        form.onRefill(() -> {
            Remedy remedy = form.entry().remedy();
            if (!measure.isFocused() && !measure.getPseudoClassStates().contains(DetailForm.DANGER)) {
                measure.setText(remedy.measure());
            }
            deadline.setValue(remedy.deadline());
            status.setValue(remedy.status());
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(Messages.get("scoring.detail.remedy.measure")), measure);
        grid.addRow(1, new Label(Messages.get("scoring.detail.remedy.deadline")), deadline);
        grid.addRow(2, new Label(Messages.get("scoring.detail.remedy.status")), status);
        return grid;
    }
}
