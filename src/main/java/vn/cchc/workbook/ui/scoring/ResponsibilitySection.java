package vn.cchc.workbook.ui.scoring;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;

import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The detail pane's "Đơn vị phụ trách": the departments answering for the row with their shares, and a searchable
 * picker to add one (type part of the name, Enter adds it).
 */
final class ResponsibilitySection {

    private ResponsibilitySection() {
    }

    static Node build(DetailForm form) {
        String rowCode = form.code();
        ScoringViewModel model = form.model();
        VBox lines = new VBox(4);
        Label inherited = new Label();
        inherited.getStyleClass().add("detail-muted");
        inherited.setWrapText(true);
        inherited.managedProperty().bind(inherited.textProperty().isNotEmpty());
        inherited.visibleProperty().bind(inherited.textProperty().isNotEmpty());
        SearchableComboBox<Department> choice = form.field("detail-department-choice", new SearchableComboBox<>());
        choice.setPromptText(Messages.get("scoring.detail.responsibility.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        // "Chọn đơn vị…" stays whole at the pane's least width (280 px).
        choice.setMinWidth(140);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Department department) {
                return department == null ? "" : department.name();
            }

            @Override
            public Department fromString(String text) {
                return null;
            }
        });
        Button add = form.field("detail-department-add",
                new Button(Messages.get("scoring.detail.responsibility.add")));
        add.disableProperty().bind(choice.valueProperty().isNull());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable addChosen = () -> {
            Department department = choice.getValue();
            if (department != null) {
                form.attempt(choice, () -> model.addResponsibility(rowCode, department.id()));
            }
        };
        add.setOnAction(event -> addChosen.run());
        // A department chosen in the list (Enter after typing part of its name, or a click) is added at once, so a
        // department is assigned without leaving the keyboard; arrowing through the open list adds nothing.
        choice.valueProperty().addListener((obs, old, value) -> {
            if (!form.refilling() && value != null && !choice.isShowing()) {
                addChosen.run();
                choice.requestFocus();
            }
        });
        choice.showingProperty().addListener((obs, was, showing) -> {
            if (!showing && !form.refilling() && choice.getValue() != null) {
                addChosen.run();
                choice.requestFocus();
            }
        });
        form.onRefill(() -> {
            EffectiveResponsibility effective = model.responsibility(rowCode);
            // The lines are built anew: the keyboard, when in one of them (a share just stored with Enter, "Bỏ"),
            // goes to the same department's share again, or to the picker when that department was taken off.
            // Left in a line no longer shown, it went nowhere and the next keys were lost.
            String focusedDepartment = focusedDepartment(lines);
            lines.getChildren().clear();
            inherited.setText(effective.inherited()
                    ? Messages.get("scoring.detail.responsibility.inherited",
                    model.shownCode(effective.fromCode())) : "");
            for (Responsibility r : effective.responsibilities()) {
                lines.getChildren().add(line(form, r));
            }
            List<String> assigned = effective.responsibilities().stream().map(Responsibility::departmentId).toList();
            choice.getItems().setAll(model.departments().stream().filter(d -> !assigned.contains(d.id())).toList());
            choice.setValue(null);
            if (focusedDepartment != null) {
                lines.getChildren().stream().filter(line -> focusedDepartment.equals(line.getUserData()))
                        .findFirst().map(line -> line.lookup(".detail-share"))
                        .ifPresentOrElse(Node::requestFocus, choice::requestFocus);
            }
        });
        HBox addRow = new HBox(6, choice, add);
        HBox.setHgrow(choice, Priority.ALWAYS);
        return new VBox(6, inherited, lines, addRow);
    }

    /** The department of the line holding the keyboard, or null when no line of {@code lines} has it. */
    private static String focusedDepartment(VBox lines) {
        Node focused = lines.getScene() == null ? null : lines.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node.getParent() == lines) {
                return (String) node.getUserData();
            }
        }
        return null;
    }

    private static Node line(DetailForm form, Responsibility responsibility) {
        String rowCode = form.code();
        ScoringViewModel model = form.model();
        Label name = new Label(model.departmentName(responsibility.departmentId()));
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        TextField share = new TextField(responsibility.points() == null ? ""
                : Points.formatShort(responsibility.points()));
        vn.cchc.workbook.ui.common.FittingPrompt.install(share, Messages.get("scoring.detail.share.prompt"),
                Messages.get("scoring.detail.share.shortPrompt"));
        share.setTooltip(new Tooltip(Messages.get("scoring.detail.share.hint")));
        share.setPrefColumnCount(6);
        share.getStyleClass().add("detail-share");
        String stored = share.getText();
        Runnable save = () -> {
            if (!share.getText().strip().equals(stored)) {
                form.attempt(share, () -> model.commitShare(rowCode, responsibility.departmentId(), share.getText()));
            }
        };
        share.setOnAction(event -> save.run());
        share.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !form.refilling() && share.getScene() != null) {
                save.run();
            }
        });
        Button remove = new Button(Messages.get("scoring.detail.responsibility.remove"));
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        share.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setOnAction(event -> form.attempt(remove,
                () -> model.removeResponsibility(rowCode, responsibility.departmentId())));
        HBox line = new HBox(6, name, share, remove);
        line.setUserData(responsibility.departmentId());
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        return line;
    }
}
