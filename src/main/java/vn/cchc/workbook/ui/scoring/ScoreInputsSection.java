package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The detail pane's "Điểm" section: the score of each round (self, first and second appraisal) as the rule wants
 * it typed, không áp dụng, the target and the expected gain.
 */
final class ScoreInputsSection {

    private static final double LEVEL_BOX_MIN_WIDTH = 110;

    private ScoreInputsSection() {
    }

    static Node build(DetailForm form, ScoringRow row) {
        VBox box = new VBox(8);
        String rowCode = row.code();
        ScoringViewModel model = form.model();
        if (row.isLeaf()) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(6);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints editors = new ColumnConstraints();
            editors.setHgrow(Priority.ALWAYS);
            editors.setFillWidth(true);
            grid.getColumnConstraints().addAll(labels, editors);
            int line = 0;
            for (ScoreSlot slot : List.of(ScoreSlot.SELF, ScoreSlot.FIRST_APPRAISAL, ScoreSlot.SECOND_APPRAISAL)) {
                Label name = new Label(Messages.get(switch (slot) {
                    case SELF -> "scoring.detail.slot.self";
                    case FIRST_APPRAISAL -> "scoring.detail.slot.first";
                    default -> "scoring.detail.slot.second";
                }));
                name.setMinWidth(Region.USE_PREF_SIZE);
                Node editor = scoreEditor(form, row, slot, name);
                // In the rounds the other side's scores are shown but not editable (the domain refuses them too).
                editor.setDisable(!model.mayChange(slot == ScoreSlot.SELF
                        ? vn.cchc.workbook.domain.assessment.Rounds.Part.SELF
                        : vn.cchc.workbook.domain.assessment.Rounds.Part.APPRAISAL));
                grid.addRow(line++, name, editor);
                // Under the editor, whole and wrapped: the points it gives, and for a level its wording.
                Label points = new Label();
                points.setId("detail-" + slot.name().toLowerCase(Locale.ROOT) + "-points");
                points.getStyleClass().add("detail-points");
                points.setWrapText(true);
                List<Level> levels = row.node().rule() instanceof ScoringRule.Levels l ? l.levels() : List.of();
                form.onRefill(() -> {
                    String result = model.points(rowCode, slot).map(p -> Messages.get("scoring.detail.points", p))
                            .orElse(Messages.get("scoring.detail.noScore"));
                    if (model.input(rowCode, slot) instanceof RuleInput.LevelChoice c && c.index() >= 0
                            && c.index() < levels.size()) {
                        result = result + " · " + levelText(levels, c.index());
                    }
                    points.setText(result);
                });
                grid.add(points, 1, line++);
            }
            box.getChildren().add(grid);
        } else {
            Label parent = new Label(Messages.get("scoring.detail.parent"));
            parent.setWrapText(true);
            parent.getStyleClass().add("detail-muted");
            box.getChildren().add(parent);
        }
        CheckBox notApplicable = form.field("detail-not-applicable",
                new CheckBox(Messages.get("scoring.detail.notApplicable")));
        notApplicable.setWrapText(true);
        notApplicable.selectedProperty().addListener((obs, old, on) -> {
            if (!form.refilling()) {
                form.attempt(notApplicable, () -> model.setNotApplicable(rowCode, on));
            }
        });
        form.onRefill(() -> notApplicable.setSelected(form.entry().notApplicable()));

        TextField target = form.field("detail-target", new TextField());
        target.setPromptText(Messages.get("scoring.detail.target.prompt"));
        target.setPrefColumnCount(6);
        form.commitOnEnterOrLeave(target, () -> Points.formatShort(form.entry().target()),
                text -> model.commitTarget(rowCode, text));
        TextField gain = form.field("detail-expected-gain", new TextField());
        gain.setPromptText(Messages.get("scoring.detail.target.prompt"));
        gain.setPrefColumnCount(6);
        form.commitOnEnterOrLeave(gain, () -> Points.formatShort(form.entry().expectedGain()),
                text -> model.commitExpectedGain(rowCode, text));
        // One line each: side by side, both labels were cut short in the pane's width at 1366×768.
        GridPane targetRows = new GridPane();
        targetRows.setHgap(8);
        targetRows.setVgap(6);
        Label targetLabel = new Label(Messages.get("scoring.detail.target"));
        Label gainLabel = new Label(Messages.get("scoring.detail.expectedGain"));
        targetLabel.setMinWidth(Region.USE_PREF_SIZE);
        gainLabel.setMinWidth(Region.USE_PREF_SIZE);
        targetRows.addRow(0, targetLabel, target);
        targetRows.addRow(1, gainLabel, gain);
        box.getChildren().addAll(notApplicable, targetRows);
        return box;
    }

    private static Node scoreEditor(DetailForm form, ScoringRow row, ScoreSlot slot, Label name) {
        ScoringViewModel model = form.model();
        String rowCode = row.code();
        ScoringRule rule = row.node().rule();
        String idPrefix = "detail-" + slot.name().toLowerCase(Locale.ROOT);
        if (rule instanceof ScoringRule.Levels levels) {
            ComboBox<Integer> box = form.field(idPrefix, levelBox(levels.levels()));
            // Room for what the box shows ("Mức 2", "—"), not for the longest wording in its list: the pane keeps
            // this row whole at its least width (280 px, the window's 960-px minimum).
            box.setMinWidth(LEVEL_BOX_MIN_WIDTH);
            box.setAccessibleText(name.getText());
            Tooltip full = new Tooltip();
            full.textProperty().bind(box.valueProperty().map(value -> levelText(levels.levels(), value)));
            box.setTooltip(full);
            box.valueProperty().addListener((obs, old, value) -> {
                if (!form.refilling()) {
                    form.attempt(box, () -> model.commitLevel(rowCode, slot,
                            value == null || value < 0 ? null : value));
                }
            });
            form.onRefill(() -> box.setValue(model.input(rowCode, slot) instanceof RuleInput.LevelChoice choice
                    ? choice.index() : -1));
            return box;
        }
        if (rule instanceof ScoringRule.Ratio) {
            TextField b = form.field(idPrefix + "-b", new TextField());
            TextField a = form.field(idPrefix + "-a", new TextField());
            a.setPromptText("a");
            b.setPromptText("b");
            a.setTooltip(new Tooltip(Messages.get("scoring.detail.ratio.a")));
            b.setTooltip(new Tooltip(Messages.get("scoring.detail.ratio.b")));
            a.setPrefColumnCount(4);
            b.setPrefColumnCount(4);
            Runnable commit = () -> {
                RuleInput.RatioInput stored = model.input(rowCode, slot) instanceof RuleInput.RatioInput r ? r : null;
                String storedA = stored == null ? "" : InputText.plain(stored.total());
                String storedB = stored == null ? "" : InputText.plain(stored.achieved());
                boolean changed = !a.getText().strip().equals(storedA) || !b.getText().strip().equals(storedB);
                boolean complete = a.getText().isBlank() == b.getText().isBlank();
                if (changed && complete) {
                    form.attempt(a, () -> model.commitRatio(rowCode, slot, a.getText(), b.getText()));
                }
            };
            for (TextField field : List.of(a, b)) {
                field.setOnAction(event -> commit.run());
                field.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && !form.refilling()) {
                        commit.run();
                    }
                });
            }
            Runnable restore = () -> {
                RuleInput.RatioInput r = model.input(rowCode, slot) instanceof RuleInput.RatioInput in ? in : null;
                a.setText(r == null ? "" : InputText.plain(r.total()));
                b.setText(r == null ? "" : InputText.plain(r.achieved()));
            };
            for (TextField field : List.of(a, b)) {
                form.escapeRestores(field, () -> {
                    restore.run();
                    a.pseudoClassStateChanged(DetailForm.DANGER, false);
                });
            }
            form.onRefill(() -> {
                if (!a.getPseudoClassStates().contains(DetailForm.DANGER)) {
                    restore.run();
                }
            });
            HBox pair = new HBox(4, b, new Label("/"), a);
            pair.setAlignment(Pos.CENTER_LEFT);
            return pair;
        }
        TextField field = form.field(idPrefix, new TextField());
        field.setPromptText(Messages.get(rule instanceof ScoringRule.Deductions ? "scoring.detail.violations"
                : rule instanceof ScoringRule.PerItem ? "criteriasets.scoring.items" : "scoring.detail.points.prompt"));
        field.setPrefColumnCount(6);
        form.commitOnEnterOrLeave(field, () -> model.inputText(rowCode, slot),
                text -> model.commitScore(rowCode, slot, text));
        return field;
    }

    private static ComboBox<Integer> levelBox(List<Level> levels) {
        ComboBox<Integer> box = new ComboBox<>();
        box.getItems().add(-1);
        for (int i = 0; i < levels.size(); i++) {
            box.getItems().add(i);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                setText(empty || index == null ? null : levelText(levels, index));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                setText(empty || index == null ? null : shortLevel(index));
            }
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : levelText(levels, index);
            }

            @Override
            public Integer fromString(String text) {
                return -1;
            }
        });
        box.setPromptText(Messages.get("scoring.detail.level.prompt"));
        return box;
    }

    /** "Mức 2", or "—" for none: what fits in the list's own box. */
    static String shortLevel(int index) {
        return index < 0 ? "—" : Messages.get("scoring.detail.level.short", index + 1);
    }

    static String levelText(List<Level> levels, int index) {
        if (index < 0) {
            return Messages.get("scoring.detail.level.none");
        }
        Level level = levels.get(index);
        return Messages.get("scoring.detail.level.option", level.label(), Points.formatShort(level.points()));
    }

    static String ruleText(CriterionNode node) {
        return switch (node.rule()) {
            case ScoringRule.Manual manual when manual.step() != null ->
                    Messages.get("scoring.detail.rule.step", Points.formatShort(manual.step()));
            case ScoringRule.Deductions d ->
                    Messages.get("scoring.detail.rule.deductions", Points.formatShort(d.perViolation()));
            case ScoringRule.PerItem perItem ->
                    Messages.get("criteriasets.scoring.rulePerItem", Points.formatShort(perItem.perItem()),
                            Points.formatShort(node.maxPoints()));
            case ScoringRule.Ratio ratio when ratio.threshold() != null || ratio.fullAt() != null -> {
                String text = Messages.get("domain.rule.ratio");
                if (ratio.threshold() != null) {
                    text = Messages.get("scoring.detail.rule.ratioThreshold", percent(ratio.threshold()));
                }
                if (ratio.fullAt() != null) {
                    text += Messages.get("scoring.detail.rule.ratioFullAt", percent(ratio.fullAt()));
                }
                yield text;
            }
            default -> Messages.get("domain.rule." + node.rule().kind());
        };
    }

    private static String percent(BigDecimal fraction) {
        return Points.formatShort(fraction.multiply(BigDecimal.valueOf(100)));
    }
}
