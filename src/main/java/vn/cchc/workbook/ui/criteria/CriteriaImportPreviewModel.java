package vn.cchc.workbook.ui.criteria;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.DraftNode;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.reports.criteria.CriteriaImport;
import vn.cchc.workbook.reports.criteria.ImportedRow;
import vn.cchc.workbook.reports.criteria.RuleGuess;

/**
 * What the import preview shows: the tree read from one sheet as a draft nobody has stored, each node's source row and
 * guessed rule (which the user may change), and every problem by sheet and row, each tied to its node where it has
 * one. Nothing here writes anywhere: the store sees the set only when the user saves it.
 */
public final class CriteriaImportPreviewModel {

    private final Path file;
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty asPublished =
            new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final LongProperty version = new SimpleLongProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private CriteriaImport reading;
    private String chosen;
    private CriteriaDraft draft;
    private final Map<Long, ImportedRow> rowOfNode = new HashMap<>();

    /** One problem of the import, with the node of the row it names (null for the sheet as a whole). */
    public record ProblemRow(Problem problem, Long nodeId) {
        public String text() {
            return problem.describe();
        }
    }

    public CriteriaImportPreviewModel(Path file, CriteriaImport reading) {
        this.file = file;
        asPublished.set(reading.set().asPublished());
        show(reading);
    }

    /** Whether the set is read as the province published it, sums that do not add up kept as warnings. */
    public javafx.beans.property.BooleanProperty asPublishedProperty() {
        return asPublished;
    }

    /** The one sheet or table the user picked, or null while every sheet holding the table is read. */
    public String chosenSheet() {
        return chosen;
    }

    /** Records the user's pick of one sheet or table (null: all of them) before it is read. */
    public void choose(String sheetOrNull) {
        chosen = sheetOrNull;
    }

    /** Replaces what is shown by the reading of another sheet of the same file. */
    public void show(CriteriaImport newReading) {
        reading = newReading;
        draft = CriteriaDraft.unsaved(newReading.set());
        rowOfNode.clear();
        List<DraftNode> nodes = draft.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            rowOfNode.put(nodes.get(i).id(), newReading.rowAt(i));
        }
        sheets.setAll(newReading.sheets());
        sheet.set(newReading.sheet());
        List<ProblemRow> rows = new ArrayList<>();
        for (Problem problem : newReading.problems()) {
            rows.add(new ProblemRow(problem, nodeAt(problem.where()).orElse(null)));
        }
        problems.setAll(rows);
        long errors = rows.stream().filter(row -> row.problem().isError()).count();
        summary.set(Messages.get("criteriaui.preview.summary", nodes.size(), newReading.sheet(), errors,
                rows.size() - errors));
        selected.set(nodes.isEmpty() ? null : nodes.get(0).id());
        version.set(version.get() + 1);
    }

    private Optional<Long> nodeAt(String where) {
        return rowOfNode.entrySet().stream().filter(entry -> entry.getValue().where().equals(where))
                .map(Map.Entry::getKey).min(Long::compare);
    }

    public Path file() {
        return file;
    }

    public CriteriaDraft draft() {
        return draft;
    }

    public CriteriaImport reading() {
        return reading;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The sheet shown; the view reads another sheet when the user picks one. */
    public ReadOnlyStringProperty sheetProperty() {
        return sheet;
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    /** Moves whenever a new reading is shown or a rule changes: the view redraws its tree. */
    public ReadOnlyLongProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public Optional<ImportedRow> rowOf(long nodeId) {
        return Optional.ofNullable(rowOfNode.get(nodeId));
    }

    public List<Problem> problemsOf(long nodeId) {
        return problems.stream().filter(row -> Long.valueOf(nodeId).equals(row.nodeId())).map(ProblemRow::problem)
                .toList();
    }

    /** "tỷ lệ b/a, dưới 70% không điểm" plus, when it was read from the text, where from. */
    public String ruleText(long nodeId) {
        DraftNode node = draft.node(nodeId);
        String rule = RuleTexts.describe(node.rule());
        ImportedRow row = rowOfNode.get(nodeId);
        boolean asGuessed = row != null && row.guess().isGuessed() && row.guess().rule().equals(node.rule());
        return asGuessed ? Messages.get("criteriaui.preview.guessed", rule) : rule;
    }

    /** Why the rule was chosen: the words it was read from, or that nothing plain was found. */
    public String guessReason(long nodeId) {
        ImportedRow row = rowOfNode.get(nodeId);
        if (row == null || draft.node(nodeId).rule() instanceof ScoringRule.Sum) {
            return "";
        }
        RuleGuess guess = row.guess();
        if (!guess.isGuessed()) {
            return Messages.get("criteriaui.preview.reasonDefault");
        }
        return Messages.get(guess.source() == RuleGuess.Source.RULE_COLUMN ? "criteriaui.preview.reasonColumn"
                : "criteriaui.preview.reasonGuidance", guess.quote());
    }

    /**
     * Gives a leaf another kind of rule, with plain parameters (levels "Đạt"/"Không đạt", 0,5 per violation) that the
     * editor can refine. Going back to the guessed kind restores the guessed rule.
     */
    public void changeRule(long nodeId, RuleKind kind) {
        DraftNode node = draft.node(nodeId);
        if (!node.isLeaf() || kind == null || kind == RuleKind.of(node.rule())) {
            return;
        }
        ImportedRow row = rowOfNode.get(nodeId);
        ScoringRule rule;
        if (row != null && RuleKind.of(row.guess().rule()) == kind) {
            rule = row.guess().rule();
        } else {
            rule = switch (kind) {
                case MANUAL -> ScoringRule.Manual.FREE;
                case GIVEN -> new ScoringRule.Given();
                case LEVELS -> new ScoringRule.Levels(List.of(
                        new Level(Messages.get("criteriaui.level.met"), node.maxPoints()),
                        new Level(Messages.get("criteriaui.level.notMet"), BigDecimal.ZERO)));
                case RATIO -> ScoringRule.Ratio.PLAIN;
                case DEDUCTIONS -> new ScoringRule.Deductions(new BigDecimal("0.5"));
                case PER_ITEM -> new ScoringRule.PerItem(node.maxPoints().min(new BigDecimal("0.5")));
                case SUM -> throw new IllegalArgumentException("A leaf is not a sum");
            };
        }
        draft.setRule(nodeId, rule);
        version.set(version.get() + 1);
    }

    /** Whether the set can go into the library as it is; otherwise the user fixes it in the editor first. */
    public boolean canSave() {
        return !draft.validate().hasErrors();
    }

    /** Points as shown in the tree: blank when the row had none. */
    public String points(long nodeId) {
        return Points.formatShort(draft.node(nodeId).maxPoints());
    }
}
