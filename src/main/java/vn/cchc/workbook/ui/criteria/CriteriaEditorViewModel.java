package vn.cchc.workbook.ui.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.DraftNode;
import vn.cchc.workbook.domain.criteria.editing.DraftValidation;
import vn.cchc.workbook.domain.criteria.editing.VersionDetails;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The criteria editor without its controls: the draft being edited, the selected node, a form bound to that node
 * (every change goes straight into the draft, so validation is live), the problems, and the toolbar commands with
 * whether each is possible. The view rebuilds its tree when {@link #structureVersionProperty()} moves and redraws its
 * cells when {@link #contentVersionProperty()} moves.
 */
public final class CriteriaEditorViewModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CriteriaDraft draft;
    private DraftValidation validation;

    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final LongProperty structureVersion = new SimpleLongProperty();
    private final LongProperty contentVersion = new SimpleLongProperty();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty changed = new SimpleBooleanProperty();

    private final BooleanProperty hasSelection = new SimpleBooleanProperty();
    private final BooleanProperty canMoveUp = new SimpleBooleanProperty();
    private final BooleanProperty canMoveDown = new SimpleBooleanProperty();
    private final BooleanProperty canIndent = new SimpleBooleanProperty();
    private final BooleanProperty canOutdent = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty selectedIsParent = new SimpleBooleanProperty();
    private final BooleanProperty selectedIsTop = new SimpleBooleanProperty();

    // The form of the selected node: what the user types.
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty printedCode = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty points = new SimpleStringProperty("");
    private final ObjectProperty<RuleKind> ruleKind = new SimpleObjectProperty<>(RuleKind.MANUAL);
    private final StringProperty step = new SimpleStringProperty("");
    private final ObservableList<LevelRow> levels =
            FXCollections.observableArrayList(row -> new Observable[] {row.label(), row.points()});
    private final StringProperty thresholdPercent = new SimpleStringProperty("");
    private final StringProperty fullAtPercent = new SimpleStringProperty("");
    private final StringProperty perViolation = new SimpleStringProperty("");
    private final StringProperty perItem = new SimpleStringProperty("");
    private final StringProperty ruleWording = new SimpleStringProperty("");
    private final StringProperty guidance = new SimpleStringProperty("");
    private final StringProperty evidence = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty pointsError = new SimpleStringProperty("");
    private final StringProperty ruleError = new SimpleStringProperty("");
    private final StringProperty childrenSum = new SimpleStringProperty("");
    private final StringProperty nodeProblems = new SimpleStringProperty("");

    /** True while the form is being filled from the draft, so that filling it is not taken for typing. */
    private boolean loading;
    /** True while typing is being written into the draft, so that the draft's echo does not refill the form. */
    private boolean pushing;

    /** One editable level of a {@link ScoringRule.Levels} rule. */
    public record LevelRow(StringProperty label, StringProperty points) {
        public LevelRow(String label, String points) {
            this(new SimpleStringProperty(label), new SimpleStringProperty(points));
        }
    }

    /** One line of the problems list; {@code nodeId} is null for a problem of the whole set. */
    public record ProblemRow(Problem problem, Long nodeId) {
        public String text() {
            return problem.describe();
        }
    }

    public CriteriaEditorViewModel(CriteriaDraft draft) {
        this.draft = draft;
        draft.addListener(this::draftChanged);
        selected.addListener((obs, old, now) -> {
            loadForm();
            updateCommands();
        });
        code.addListener((obs, old, now) -> push(() -> draft.setCode(selectedId(), now)));
        printedCode.addListener((obs, old, now) -> push(() -> draft.setPrintedCode(selectedId(), now)));
        title.addListener((obs, old, now) -> push(() -> draft.setTitle(selectedId(), now)));
        guidance.addListener((obs, old, now) -> push(() -> draft.setGuidance(selectedId(), now)));
        evidence.addListener((obs, old, now) -> push(() -> draft.setEvidence(selectedId(), now)));
        department.addListener((obs, old, now) -> push(() -> draft.setDefaultDepartment(selectedId(), now)));
        points.addListener((obs, old, now) -> pushPoints());
        ruleKind.addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            if (!loading && now == RuleKind.LEVELS && levels.isEmpty()) {
                prefillLevels();
            }
            pushRule();
        });
        step.addListener((obs, old, now) -> pushRule());
        thresholdPercent.addListener((obs, old, now) -> pushRule());
        fullAtPercent.addListener((obs, old, now) -> pushRule());
        perViolation.addListener((obs, old, now) -> pushRule());
        perItem.addListener((obs, old, now) -> pushRule());
        levels.addListener((javafx.collections.ListChangeListener<LevelRow>) change -> pushRule());
        refresh();
        if (!draft.roots().isEmpty()) {
            selected.set(draft.roots().get(0).id());
        }
    }

    // ---- what the view reads ----

    public CriteriaDraft draft() {
        return draft;
    }

    public Optional<DraftNode> node(Long nodeId) {
        return nodeId == null ? Optional.empty() : draft.find(nodeId);
    }

    public List<Problem> problemsOf(long nodeId) {
        return validation.of(nodeId);
    }

    public boolean hasErrors() {
        return validation.hasErrors();
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public ReadOnlyLongProperty structureVersionProperty() {
        return structureVersion;
    }

    public ReadOnlyLongProperty contentVersionProperty() {
        return contentVersion;
    }

    public ObservableList<ProblemRow> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /** "128 tiêu chí · tổng 100 điểm · 2 lỗi, 1 cảnh báo". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed;
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection;
    }

    public ReadOnlyBooleanProperty canMoveUpProperty() {
        return canMoveUp;
    }

    public ReadOnlyBooleanProperty canMoveDownProperty() {
        return canMoveDown;
    }

    public ReadOnlyBooleanProperty canIndentProperty() {
        return canIndent;
    }

    public ReadOnlyBooleanProperty canOutdentProperty() {
        return canOutdent;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** The selected node has children: its rule is the sum and cannot be chosen. */
    public ReadOnlyBooleanProperty selectedIsParentProperty() {
        return selectedIsParent;
    }

    public ReadOnlyBooleanProperty selectedIsTopProperty() {
        return selectedIsTop;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** The code the province prints for the node where it differs from the code ("1.1" for "I.1.1"), or blank. */
    public StringProperty printedCodeProperty() {
        return printedCode;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public ObjectProperty<RuleKind> ruleKindProperty() {
        return ruleKind;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public ObservableList<LevelRow> levels() {
        return levels;
    }

    public StringProperty thresholdPercentProperty() {
        return thresholdPercent;
    }

    public StringProperty fullAtPercentProperty() {
        return fullAtPercent;
    }

    public StringProperty perViolationProperty() {
        return perViolation;
    }

    /** Points per counted item, for a per-item rule. */
    public StringProperty perItemProperty() {
        return perItem;
    }

    /** The province's words the selected node's rule was read from ("Mỗi nội quy … đạt: 0,5 điểm"), or blank. */
    public ReadOnlyStringProperty ruleWordingProperty() {
        return ruleWording;
    }

    public StringProperty guidanceProperty() {
        return guidance;
    }

    public StringProperty evidenceProperty() {
        return evidence;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public ReadOnlyStringProperty pointsErrorProperty() {
        return pointsError;
    }

    public ReadOnlyStringProperty ruleErrorProperty() {
        return ruleError;
    }

    /** For a parent: "Tổng điểm các mục con: 18". */
    public ReadOnlyStringProperty childrenSumProperty() {
        return childrenSum;
    }

    /** The selected node's problems, one per line. */
    public ReadOnlyStringProperty nodeProblemsProperty() {
        return nodeProblems;
    }

    // ---- commands ----

    public void addSibling() {
        Long id = selectedId();
        selected.set(id == null ? draft.addRoot() : draft.addSibling(id));
    }

    public void addChild() {
        Long id = selectedId();
        selected.set(id == null ? draft.addRoot() : draft.addChild(id));
    }

    public void addRoot() {
        selected.set(draft.addRoot());
    }

    /** Deletes the selected node and selects its neighbour (the next sibling, else the previous, else the parent). */
    public void delete() {
        Long id = selectedId();
        if (id == null) {
            return;
        }
        DraftNode node = draft.node(id);
        List<DraftNode> siblings = node.parent().map(DraftNode::children).orElse(draft.roots());
        int at = siblings.indexOf(node);
        Long next = at + 1 < siblings.size() ? Long.valueOf(siblings.get(at + 1).id())
                : at > 0 ? Long.valueOf(siblings.get(at - 1).id())
                : node.parent().map(DraftNode::id).orElse(null);
        draft.delete(id);
        selected.set(next);
    }

    public void moveUp() {
        whenSelected(draft::moveUp);
    }

    public void moveDown() {
        whenSelected(draft::moveDown);
    }

    public void indent() {
        whenSelected(draft::indent);
    }

    public void outdent() {
        whenSelected(draft::outdent);
    }

    public void renumber() {
        draft.renumber();
    }

    /** Makes the selected parent's maximum the sum of its children's. */
    public void takeChildrenSum() {
        Long id = selectedId();
        if (id != null) {
            draft.setMaxPointsFromChildren(id);
        }
    }

    public void undo() {
        draft.undo();
    }

    public void redo() {
        draft.redo();
    }

    public VersionDetails suggestedVersion() {
        return draft.suggestedVersion();
    }

    /**
     * The set to store for "Lưu thành phiên bản mới", with a fresh id.
     *
     * @throws InvalidInputException when the set still has errors (nothing is saved then)
     */
    public CriteriaSet newVersion(VersionDetails details, Collection<String> takenIds) {
        CriteriaSet set = draft.toNewVersion(details, takenIds);
        List<Problem> found = vn.cchc.workbook.domain.criteria.CriteriaValidator.validate(set);
        if (vn.cchc.workbook.domain.criteria.CriteriaValidator.hasErrors(found)) {
            Problem first = found.stream().filter(Problem::isError).findFirst().orElseThrow();
            throw new InvalidInputException("criteriaui.save.hasErrors", first.describe());
        }
        return set;
    }

    /** After the store took {@code saved}. */
    public void saved(CriteriaSet saved) {
        draft.markSaved(saved);
    }

    // ---- internals ----

    private Long selectedId() {
        Long id = selected.get();
        return id != null && draft.find(id).isPresent() ? id : null;
    }

    private void whenSelected(java.util.function.LongPredicate action) {
        Long id = selectedId();
        if (id != null) {
            action.test(id);
        }
    }

    private void push(Runnable write) {
        if (loading || selectedId() == null) {
            return;
        }
        pushing = true;
        try {
            write.run();
        } finally {
            pushing = false;
        }
    }

    private void pushPoints() {
        if (loading || selectedId() == null) {
            return;
        }
        try {
            BigDecimal value = Points.parse(points.get());
            pointsError.set("");
            push(() -> draft.setMaxPoints(selectedId(), value));
        } catch (InvalidInputException e) {
            pointsError.set(e.getMessage());
        }
    }

    private void pushRule() {
        Long id = selectedId();
        if (loading || id == null || !draft.node(id).isLeaf() || ruleKind.get() == null) {
            return;
        }
        try {
            ScoringRule rule = buildRule();
            ruleError.set("");
            push(() -> draft.setRule(id, rule));
        } catch (InvalidInputException e) {
            ruleError.set(e.getMessage());
        }
    }

    private ScoringRule buildRule() {
        RuleKind kind = ruleKind.get();
        return switch (kind) {
            case MANUAL -> step.get().isBlank() ? ScoringRule.Manual.FREE : new ScoringRule.Manual(Points.parse(step.get()));
            case GIVEN -> new ScoringRule.Given();
            case LEVELS -> {
                List<Level> list = new ArrayList<>();
                for (LevelRow row : levels) {
                    list.add(new Level(row.label().get() == null ? "" : row.label().get(), Points.parse(row.points().get())));
                }
                yield new ScoringRule.Levels(list);
            }
            case RATIO -> new ScoringRule.Ratio(fraction(thresholdPercent.get()), fraction(fullAtPercent.get()));
            case DEDUCTIONS -> new ScoringRule.Deductions(Points.parse(perViolation.get()));
            case PER_ITEM -> new ScoringRule.PerItem(Points.parse(perItem.get()));
            case SUM -> new ScoringRule.Sum();
        };
    }

    private static BigDecimal fraction(String percent) {
        if (percent == null || percent.isBlank()) {
            return null;
        }
        return Points.parse(percent.replace("%", "")).divide(HUNDRED).stripTrailingZeros();
    }

    private void prefillLevels() {
        String max = points.get().isBlank() ? "1" : points.get();
        levels.setAll(new LevelRow(Messages.get("criteriaui.level.met"), max),
                new LevelRow(Messages.get("criteriaui.level.notMet"), "0"));
    }

    private void loadForm() {
        loading = true;
        try {
            Optional<DraftNode> found = node(selected.get());
            pointsError.set("");
            ruleError.set("");
            if (found.isEmpty()) {
                code.set("");
                printedCode.set("");
                title.set("");
                points.set("");
                ruleKind.set(RuleKind.MANUAL);
                step.set("");
                levels.clear();
                thresholdPercent.set("");
                fullAtPercent.set("");
                perViolation.set("");
                perItem.set("");
                ruleWording.set("");
                guidance.set("");
                evidence.set("");
                department.set("");
                return;
            }
            DraftNode node = found.get();
            code.set(node.code());
            printedCode.set(node.printedCode());
            title.set(node.title());
            points.set(Points.formatShort(node.maxPoints()));
            guidance.set(node.guidance());
            evidence.set(node.evidence());
            department.set(node.defaultDepartment());
            ScoringRule rule = node.rule();
            ruleKind.set(RuleKind.of(rule));
            step.set(rule instanceof ScoringRule.Manual manual && manual.step() != null
                    ? Points.formatShort(manual.step()) : "");
            if (rule instanceof ScoringRule.Levels list) {
                levels.setAll(list.levels().stream()
                        .map(level -> new LevelRow(level.label(), Points.formatShort(level.points()))).toList());
            } else {
                levels.clear();
            }
            if (rule instanceof ScoringRule.Ratio ratio) {
                thresholdPercent.set(RuleTexts.percent(ratio.threshold()));
                fullAtPercent.set(RuleTexts.percent(ratio.fullAt()));
            } else {
                thresholdPercent.set("");
                fullAtPercent.set("");
            }
            perViolation.set(rule instanceof ScoringRule.Deductions deductions
                    ? Points.formatShort(deductions.perViolation()) : "");
            perItem.set(rule instanceof ScoringRule.PerItem items ? Points.formatShort(items.perItem()) : "");
            ruleWording.set(node.ruleWording());
        } finally {
            loading = false;
        }
        updateNodeDetails();
    }

    private void draftChanged() {
        if (selected.get() != null && draft.find(selected.get()).isEmpty()) {
            selected.set(null);
        }
        refresh();
        if (!pushing) {
            loadForm();
        }
    }

    private void refresh() {
        validation = draft.validate();
        List<ProblemRow> rows = new ArrayList<>();
        for (DraftValidation.Item item : validation.items()) {
            rows.add(new ProblemRow(item.problem(), item.nodeId().orElse(null)));
        }
        problems.setAll(rows);
        long errors = rows.stream().filter(row -> row.problem().isError()).count();
        CriteriaSet set = draft.toCriteriaSet();
        summary.set(Messages.get("criteriaui.editor.summary", set.nodes().size(), Points.formatShort(set.mainMaximum()),
                errors, rows.size() - errors));
        changed.set(draft.isChanged());
        canUndo.set(draft.canUndo());
        canRedo.set(draft.canRedo());
        structureVersion.set(draft.structureVersion());
        updateCommands();
        updateNodeDetails();
        contentVersion.set(contentVersion.get() + 1);
    }

    private void updateCommands() {
        Long id = selectedId();
        hasSelection.set(id != null);
        canMoveUp.set(id != null && draft.canMoveUp(id));
        canMoveDown.set(id != null && draft.canMoveDown(id));
        canIndent.set(id != null && draft.canIndent(id));
        canOutdent.set(id != null && draft.canOutdent(id));
        selectedIsParent.set(id != null && !draft.node(id).isLeaf());
        selectedIsTop.set(id != null && draft.node(id).parent().isEmpty());
    }

    private void updateNodeDetails() {
        Long id = selectedId();
        if (id == null) {
            childrenSum.set("");
            nodeProblems.set("");
            return;
        }
        DraftNode node = draft.node(id);
        if (node.isLeaf()) {
            childrenSum.set("");
        } else {
            BigDecimal sum = node.children().stream().map(DraftNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            childrenSum.set(Messages.get("criteriaui.editor.childrenSum", Points.formatShort(sum)));
        }
        nodeProblems.set(String.join("\n", validation.of(id).stream().map(Problem::describe).toList()));
    }
}
