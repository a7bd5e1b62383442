package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.app.EvidenceService;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Everything the scoring view shows and does, without controls: the rows of the assessment with their formatted
 * figures, the filter, the selected row's entry, the totals and the summary. Every command builds the edited entry
 * and hands it to {@link EditSession#apply(Entry)}, which validates it through the domain and stores it at once;
 * a refused value surfaces as the domain's {@link InvalidInputException} and changes nothing.
 *
 * <p>The view model listens to the session, so figures follow every change, including undo, redo and lock made by
 * the shell. Call {@link #dispose()} when the view is thrown away.
 */
public final class ScoringViewModel {

    private final EditSession session;
    private EvidenceService evidenceService;
    private final List<ScoringRow> rows = new ArrayList<>();
    private final Map<String, ScoringRow> rowsByCode = new HashMap<>();
    private final ObservableList<ScoringRow> rowList;
    private final Runnable sessionListener = this::refresh;

    private final StringProperty selectedCode = new SimpleStringProperty(this, "selectedCode");
    private final ReadOnlyObjectWrapper<ScoringRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<Entry> selectedEntry = new ReadOnlyObjectWrapper<>(this, "selectedEntry");
    private final ReadOnlyObjectWrapper<NodeResult> selectedResult = new ReadOnlyObjectWrapper<>(this, "selectedResult");

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty onlyDeductions = new SimpleBooleanProperty(this, "onlyDeductions");
    private final BooleanProperty onlyUnscored = new SimpleBooleanProperty(this, "onlyUnscored");
    private final BooleanProperty onlyNotApplicable = new SimpleBooleanProperty(this, "onlyNotApplicable");
    private final ObjectProperty<Department> departmentFilter = new SimpleObjectProperty<>(this, "departmentFilter");
    private final ReadOnlyObjectWrapper<Set<String>> visibleCodes = new ReadOnlyObjectWrapper<>(this, "visibleCodes");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyBooleanWrapper filterActive = new ReadOnlyBooleanWrapper(this, "filterActive");

    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<FieldSummary> fieldSummaries = FXCollections.observableArrayList();
    private final ObservableList<DepartmentSummary> departmentSummaries = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Totals> selfTotals = new ReadOnlyObjectWrapper<>(this, "selfTotals");
    private final ReadOnlyObjectWrapper<Totals> appraisedTotals = new ReadOnlyObjectWrapper<>(this, "appraisedTotals");
    private final ReadOnlyStringWrapper selfTotalText = new ReadOnlyStringWrapper(this, "selfTotalText");
    private final ReadOnlyStringWrapper appraisedTotalText = new ReadOnlyStringWrapper(this, "appraisedTotalText");
    private final ReadOnlyStringWrapper deductionText = new ReadOnlyStringWrapper(this, "deductionText");
    private final ReadOnlyStringWrapper indexText = new ReadOnlyStringWrapper(this, "indexText");
    private final ReadOnlyStringWrapper maximumText = new ReadOnlyStringWrapper(this, "maximumText");
    private final ReadOnlyIntegerWrapper unscoredCount = new ReadOnlyIntegerWrapper(this, "unscoredCount");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public ScoringViewModel(EditSession session) {
        this.session = Objects.requireNonNull(session, "session");
        Scorecard card = session.scorecard();
        for (NodeResult result : card.nodes()) {
            if (rowsByCode.containsKey(result.code())) {
                continue;
            }
            String parent = session.assessment().criteria().parentOf(result.code()).map(CriterionNode::code)
                    .orElse(null);
            ScoringRow row = new ScoringRow(result.node(), result.depth(), parent, stateOf(result));
            rows.add(row);
            rowsByCode.put(row.code(), row);
        }
        rowList = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(rows));

        selectedCode.addListener((obs, old, code) -> updateSelection());
        searchText.addListener((obs, old, text) -> updateFilter());
        onlyDeductions.addListener((obs, old, on) -> updateFilter());
        onlyUnscored.addListener((obs, old, on) -> updateFilter());
        onlyNotApplicable.addListener((obs, old, on) -> updateFilter());
        departmentFilter.addListener((obs, old, d) -> updateFilter());
        session.addListener(sessionListener);
        refresh();
    }

    /** Stops following the session; the view model is not used afterwards. */
    public void dispose() {
        session.removeListener(sessionListener);
    }

    /** Rebuilds every figure from the session: after an edit, undo, redo, a lock or a new department list. */
    public void refresh() {
        Assessment assessment = session.assessment();
        Scorecard card = session.scorecard();
        editable.set(!assessment.locked());
        for (ScoringRow row : rows) {
            row.update(stateOf(card.node(row.code())));
        }
        if (!departments.equals(assessment.departments())) {
            departments.setAll(assessment.departments());
        }
        Department filtered = departmentFilter.get();
        if (filtered != null) {
            departmentFilter.set(assessment.department(filtered.id()).orElse(null));
        }
        Totals self = card.totals(Track.SELF);
        Totals appraised = card.totals(Track.APPRAISED);
        selfTotals.set(self);
        appraisedTotals.set(appraised);
        selfTotalText.set(Points.format(self.total()));
        appraisedTotalText.set(Points.format(appraised.total()));
        deductionText.set(Points.format(workingTotals(card).deduction()));
        maximumText.set(Points.format(appraised.applicableMaximum()));
        BigDecimal index = workingTotals(card).index();
        indexText.set(index == null ? "—" : Points.format(index));
        unscoredCount.set(workingTotals(card).unscoredLeaves());
        refreshSummaries(card, assessment);
        updateSelection();
        updateFilter();
        revision.set(revision.get() + 1);
    }

    // ---- rows and selection ------------------------------------------------------------------------------------

    /** Every node in printed order; the objects stay the same for the life of the view model. */
    public ObservableList<ScoringRow> rows() {
        return rowList;
    }

    public Optional<ScoringRow> row(String code) {
        return Optional.ofNullable(rowsByCode.get(code));
    }

    /** The code of the selected node, or null; written by the view when the selection moves, and by the shell. */
    public StringProperty selectedCodeProperty() {
        return selectedCode;
    }

    public String getSelectedCode() {
        return selectedCode.get();
    }

    public void setSelectedCode(String code) {
        selectedCode.set(code);
    }

    public ReadOnlyObjectProperty<ScoringRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The selected node's entry as stored now (updated after every change). */
    public ReadOnlyObjectProperty<Entry> selectedEntryProperty() {
        return selectedEntry.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NodeResult> selectedResultProperty() {
        return selectedResult.getReadOnlyProperty();
    }

    /** Increases after every refresh, so that views showing derived text can follow with one listener. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** False while the assessment is locked (chốt điểm). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public boolean isEditable() {
        return editable.get();
    }

    public Entry entry(String code) {
        return session.assessment().entry(code);
    }

    public NodeResult result(String code) {
        return session.scorecard().node(code);
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public String departmentName(String departmentId) {
        return session.assessment().department(departmentId).map(Department::name).orElse(departmentId);
    }

    /** The departments answering for {@code code}: its own, or the nearest ancestor's. */
    public EffectiveResponsibility responsibility(String code) {
        Assessment assessment = session.assessment();
        Entry own = assessment.entry(code);
        if (!own.responsibilities().isEmpty()) {
            return new EffectiveResponsibility(own.responsibilities(), code, false);
        }
        Optional<CriterionNode> parent = assessment.criteria().parentOf(code);
        while (parent.isPresent()) {
            Entry entry = assessment.entry(parent.get().code());
            if (!entry.responsibilities().isEmpty()) {
                return new EffectiveResponsibility(entry.responsibilities(), parent.get().code(), true);
            }
            parent = assessment.criteria().parentOf(parent.get().code());
        }
        return new EffectiveResponsibility(List.of(), null, false);
    }

    // ---- score inputs ------------------------------------------------------------------------------------------

    /** The text a cell editor starts with: "0,5", "11/16" (b/a), a violation count, or a level's number. */
    public String inputText(String code, ScoreSlot slot) {
        return InputText.format(slot.input(entry(code)));
    }

    public RuleInput input(String code, ScoreSlot slot) {
        return slot.input(entry(code));
    }

    /** The points {@code slot}'s input gives, if it has one. */
    public Optional<BigDecimal> points(String code, ScoreSlot slot) {
        RuleInput input = input(code, slot);
        if (input == null) {
            return Optional.empty();
        }
        CriterionNode node = node(code);
        try {
            return Optional.of(node.rule().points(node.maxPoints(), input));
        } catch (InvalidInputException stale) {
            return Optional.empty();
        }
    }

    /**
     * Records a score typed as text (see {@link InputText}); blank text removes the score.
     *
     * @throws InvalidInputException with the domain's Vietnamese message; nothing is stored then
     */
    public void commitScore(String code, ScoreSlot slot, String text) {
        CriterionNode node = node(code);
        if (!node.isLeaf()) {
            throw new InvalidInputException("domain.input.parentNotScorable");
        }
        RuleInput input = InputText.parse(node.rule(), text);
        edit(code, entry -> slot.with(entry, input));
    }

    /** Records a ratio's a (total) and b (achieved); both blank removes the score. */
    public void commitRatio(String code, ScoreSlot slot, String total, String achieved) {
        boolean blank = (total == null || total.isBlank()) && (achieved == null || achieved.isBlank());
        RuleInput input = blank ? null : InputText.ratio(total, achieved);
        edit(code, entry -> slot.with(entry, input));
    }

    /** Records the chosen level by position (0 = the first level printed); null removes the score. */
    public void commitLevel(String code, ScoreSlot slot, Integer levelIndex) {
        RuleInput input = levelIndex == null ? null : new RuleInput.LevelChoice(levelIndex);
        edit(code, entry -> slot.with(entry, input));
    }

    /** The levels of a levels rule, for choice boxes; empty for other rules. */
    public List<Level> levels(String code) {
        return node(code).rule() instanceof ScoringRule.Levels levels ? levels.levels() : List.of();
    }

    // ---- the rest of an entry ----------------------------------------------------------------------------------

    public void setNotApplicable(String code, boolean notApplicable) {
        edit(code, entry -> entry.withNotApplicable(notApplicable));
    }

    public void commitSelfExplanation(String code, String text) {
        edit(code, entry -> entry.withSelfExplanation(text));
    }

    public void commitAppraisalOpinion(String code, String text) {
        edit(code, entry -> entry.withAppraisalOpinion(text));
    }

    public void commitRemedy(String code, String measure, LocalDate deadline, Remedy.Status status) {
        edit(code, entry -> entry.withRemedy(new Remedy(measure, deadline,
                status == null ? Remedy.Status.NOT_STARTED : status)));
    }

    /** Điểm mục tiêu typed as text; blank removes the target. */
    public void commitTarget(String code, String text) {
        BigDecimal target = text == null || text.isBlank() ? null : Points.parse(text);
        edit(code, entry -> entry.withTarget(target));
    }

    /** Điểm dự kiến đạt thêm typed as text; blank removes it. */
    public void commitExpectedGain(String code, String text) {
        BigDecimal gain = text == null || text.isBlank() ? null : Points.parse(text);
        edit(code, entry -> entry.withExpectedGain(gain));
    }

    public void addEvidence(String code, EvidenceDocument document) {
        edit(code, entry -> {
            List<EvidenceDocument> list = new ArrayList<>(entry.evidence());
            list.add(document);
            return entry.withEvidence(list);
        });
    }

    /**
     * Copies {@code file} into the workbook (checked by content, size and the workbook's limits) and cites it with
     * {@code citation} on {@code code}; with {@code index} ≥ 0 the document at that index is replaced instead.
     */
    public void attachEvidence(String code, int index, EvidenceDocument citation, Path file) {
        if (session.assessment().locked()) {
            throw new InvalidInputException("domain.assessment.locked");
        }
        EvidenceDocument attached = evidence().attach(session.assessment(), file,
                new EvidenceDocument(citation.number(), citation.date(), citation.summary(), ""));
        if (index < 0) {
            addEvidence(code, attached);
        } else {
            replaceEvidence(code, index, attached);
        }
    }

    /** Whether the document's file can be opened here: kept in the store, or a path from an older workbook. */
    public boolean canOpen(EvidenceDocument document) {
        return document != null && (document.file() != null ? evidence().isAvailable(document)
                : !document.filePath().isBlank());
    }

    /** A checked, read-only copy of the document's file for the system viewer (see {@link EvidenceService}). */
    public Path viewableCopy(EvidenceDocument document) {
        return document.file() != null ? evidence().viewableCopy(document.file())
                : evidence().viewableCopyOfPath(document.filePath());
    }

    private EvidenceService evidence() {
        if (evidenceService == null) {
            evidenceService = new EvidenceService(session.store());
        }
        return evidenceService;
    }

    public void replaceEvidence(String code, int index, EvidenceDocument document) {
        edit(code, entry -> {
            List<EvidenceDocument> list = new ArrayList<>(entry.evidence());
            list.set(index, document);
            return entry.withEvidence(list);
        });
    }

    public void removeEvidence(String code, int index) {
        edit(code, entry -> {
            List<EvidenceDocument> list = new ArrayList<>(entry.evidence());
            list.remove(index);
            return entry.withEvidence(list);
        });
    }

    /**
     * Makes {@code departmentId} responsible for {@code code} with "the rest" of its points. A node that inherited
     * its departments first takes over the inherited list, so adding one never silently drops the others.
     */
    public void addResponsibility(String code, String departmentId) {
        EffectiveResponsibility current = responsibility(code);
        edit(code, entry -> {
            List<Responsibility> list = new ArrayList<>(current.responsibilities());
            if (list.stream().noneMatch(r -> r.departmentId().equals(departmentId))) {
                list.add(Responsibility.whole(departmentId));
            }
            return entry.withResponsibilities(list);
        });
    }

    public void removeResponsibility(String code, String departmentId) {
        EffectiveResponsibility current = responsibility(code);
        edit(code, entry -> entry.withResponsibilities(current.responsibilities().stream()
                .filter(r -> !r.departmentId().equals(departmentId)).toList()));
    }

    /** A department's share of {@code code} in points; blank means "the rest". */
    public void commitShare(String code, String departmentId, String text) {
        BigDecimal points = text == null || text.isBlank() ? null : Points.parse(text);
        EffectiveResponsibility current = responsibility(code);
        edit(code, entry -> entry.withResponsibilities(current.responsibilities().stream()
                .map(r -> r.departmentId().equals(departmentId) ? new Responsibility(departmentId, points) : r)
                .toList()));
    }

    private void edit(String code, UnaryOperator<Entry> change) {
        if (session.assessment().locked()) {
            throw new InvalidInputException("domain.assessment.locked");
        }
        session.apply(change.apply(session.assessment().entry(code)));
    }

    private CriterionNode node(String code) {
        return session.assessment().criteria().node(code);
    }

    // ---- filter ------------------------------------------------------------------------------------------------

    /** Free text searched in codes, titles and opinions, ignoring case and diacritics. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty onlyDeductionsProperty() {
        return onlyDeductions;
    }

    public BooleanProperty onlyUnscoredProperty() {
        return onlyUnscored;
    }

    public BooleanProperty onlyNotApplicableProperty() {
        return onlyNotApplicable;
    }

    /** Only the rows of this department (null: every row). */
    public ObjectProperty<Department> departmentFilterProperty() {
        return departmentFilter;
    }

    /**
     * The codes of the rows to show: the rows matching every active filter and their ancestors, in printed order;
     * null when no filter is active (everything is shown).
     */
    public ReadOnlyObjectProperty<Set<String>> visibleCodesProperty() {
        return visibleCodes.getReadOnlyProperty();
    }

    /** How many rows match the filter themselves (not counting ancestors kept for context). */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty filterActiveProperty() {
        return filterActive.getReadOnlyProperty();
    }

    public boolean isVisible(String code) {
        Set<String> visible = visibleCodes.get();
        return visible == null || visible.contains(code);
    }

    public void clearFilter() {
        searchText.set("");
        onlyDeductions.set(false);
        onlyUnscored.set(false);
        onlyNotApplicable.set(false);
        departmentFilter.set(null);
    }

    private void updateFilter() {
        String query = SearchText.fold(searchText.get());
        Department department = departmentFilter.get();
        boolean active = !query.isEmpty() || onlyDeductions.get() || onlyUnscored.get() || onlyNotApplicable.get()
                || department != null;
        filterActive.set(active);
        if (!active) {
            matchCount.set(rows.size());
            if (visibleCodes.get() != null) {
                visibleCodes.set(null);
            }
            return;
        }
        Set<String> visible = new LinkedHashSet<>();
        int matches = 0;
        for (ScoringRow row : rows) {
            if (matches(row, query, department)) {
                matches++;
                visible.add(row.code());
                String parent = row.parentCode();
                while (parent != null && visible.add(parent)) {
                    parent = rowsByCode.get(parent).parentCode();
                }
            }
        }
        // Ancestors were added after their descendants; restore printed order.
        Set<String> ordered = new LinkedHashSet<>();
        for (ScoringRow row : rows) {
            if (visible.contains(row.code())) {
                ordered.add(row.code());
            }
        }
        matchCount.set(matches);
        Set<String> result = Collections.unmodifiableSet(ordered);
        if (!result.equals(visibleCodes.get())) {
            visibleCodes.set(result);
        }
    }

    private boolean matches(ScoringRow row, String query, Department department) {
        RowState state = row.state();
        if (onlyDeductions.get() && !state.hasDeduction()) {
            return false;
        }
        if (onlyUnscored.get() && !(row.isLeaf() && state.unscored())) {
            return false;
        }
        if (onlyNotApplicable.get() && !state.notApplicable()) {
            return false;
        }
        if (department != null && (!row.isLeaf() || responsibility(row.code()).responsibilities().stream()
                .noneMatch(r -> r.departmentId().equals(department.id())))) {
            return false;
        }
        if (!query.isEmpty()) {
            String haystack = SearchText.fold(row.code() + " " + row.title() + " "
                    + entry(row.code()).appraisalOpinion());
            return haystack.contains(query);
        }
        return true;
    }

    // ---- totals and summary ------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Totals> selfTotalsProperty() {
        return selfTotals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Totals> appraisedTotalsProperty() {
        return appraisedTotals.getReadOnlyProperty();
    }

    /** Tổng điểm tự đánh giá, e.g. "77,00". */
    public ReadOnlyStringProperty selfTotalTextProperty() {
        return selfTotalText.getReadOnlyProperty();
    }

    /** Tổng điểm thẩm định, e.g. "69,82". */
    public ReadOnlyStringProperty appraisedTotalTextProperty() {
        return appraisedTotalText.getReadOnlyProperty();
    }

    /** Points lost on what has been scored, by the appraisal once it has started, else by the self score. */
    public ReadOnlyStringProperty deductionTextProperty() {
        return deductionText.getReadOnlyProperty();
    }

    /** The index (by the appraisal once it has started, else by the self score), or "—". */
    public ReadOnlyStringProperty indexTextProperty() {
        return indexText.getReadOnlyProperty();
    }

    /** The maximum of the applicable criteria (100 unless some are marked không áp dụng). */
    public ReadOnlyStringProperty maximumTextProperty() {
        return maximumText.getReadOnlyProperty();
    }

    /** Applicable leaves without a score on the track being worked on. */
    public ReadOnlyIntegerProperty unscoredCountProperty() {
        return unscoredCount.getReadOnlyProperty();
    }

    /** Whether the appraisal has started: then "unscored", deductions and the index refer to it. */
    public boolean isAppraising() {
        return session.scorecard().totals(Track.APPRAISED).scoredLeaves() > 0;
    }

    public ObservableList<FieldSummary> fieldSummaries() {
        return fieldSummaries;
    }

    /** One line per department (the unassigned remainder last, if any), then a "Tổng" line. */
    public ObservableList<DepartmentSummary> departmentSummaries() {
        return departmentSummaries;
    }

    private void refreshSummaries(Scorecard card, Assessment assessment) {
        List<FieldSummary> fields = new ArrayList<>();
        for (NodeResult field : card.fields()) {
            fields.add(new FieldSummary(field.code(), field.node().title(), field.node().maxPoints(),
                    field.self().achieved(), field.appraised().achieved()));
        }
        fieldSummaries.setAll(fields);

        Map<String, DepartmentResult> selfByDepartment = new HashMap<>();
        for (DepartmentResult result : card.departments(Track.SELF)) {
            selfByDepartment.put(result.isUnassigned() ? null : result.department().id(), result);
        }
        List<DepartmentSummary> lines = new ArrayList<>();
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        for (DepartmentResult result : card.departments(Track.APPRAISED)) {
            String id = result.isUnassigned() ? null : result.department().id();
            DepartmentResult selfResult = selfByDepartment.get(id);
            BigDecimal selfAchieved = selfResult == null ? BigDecimal.ZERO : selfResult.achieved();
            String name = result.isUnassigned() ? Messages.get("scoring.summary.department.unassigned")
                    : result.department().name();
            lines.add(new DepartmentSummary(name, result.responsibleMaximum(), selfAchieved, result.achieved(),
                    result.deduction(), false));
            responsible = responsible.add(result.responsibleMaximum());
            self = self.add(selfAchieved);
            achieved = achieved.add(result.achieved());
            deducted = deducted.add(result.deduction());
        }
        lines.add(new DepartmentSummary(Messages.get("scoring.summary.department.total"), responsible, self,
                achieved, deducted, true));
        departmentSummaries.setAll(lines);
    }

    private Totals workingTotals(Scorecard card) {
        Totals appraised = card.totals(Track.APPRAISED);
        return appraised.scoredLeaves() > 0 ? appraised : card.totals(Track.SELF);
    }

    private void updateSelection() {
        String code = selectedCode.get();
        ScoringRow row = code == null ? null : rowsByCode.get(code);
        selectedRow.set(row);
        selectedEntry.set(row == null ? null : entry(code));
        selectedResult.set(row == null ? null : result(code));
    }

    // ---- row state ---------------------------------------------------------------------------------------------

    private RowState stateOf(NodeResult result) {
        Assessment assessment = session.assessment();
        Entry entry = assessment.entry(result.code());
        CriterionNode node = result.node();
        Figures self = result.self();
        Figures appraised = result.appraised();
        boolean notApplicable = self.notApplicable();
        boolean appraising = session.scorecard().totals(Track.APPRAISED).scoredLeaves() > 0;
        Figures working = appraised.isScored() ? appraised : self;

        String selfText = notApplicable || !self.isScored() ? "" : Points.format(self.achieved());
        String appraisedText = notApplicable || !appraised.isScored() ? "" : Points.format(appraised.achieved());
        String selfHint = node.isLeaf() && !notApplicable ? hint(node, entry.self()) : "";
        String appraisedHint = node.isLeaf() && !notApplicable ? hint(node, entry.appraisal()) : "";
        String deduction = !notApplicable && working.hasDeduction()
                ? "-" + Points.format(working.deduction()) : "";

        EffectiveResponsibility responsibility = responsibility(result.code());
        List<String> names = new ArrayList<>();
        for (Responsibility r : responsibility.responsibilities()) {
            String name = departmentName(r.departmentId());
            names.add(r.points() == null ? name : name + " (" + Points.formatShort(r.points()) + ")");
        }
        boolean unscored = !notApplicable && (appraising ? appraised : self).unscoredLeaves() > 0;
        return new RowState(selfText, selfHint, appraisedText, appraisedHint, deduction, String.join("; ", names),
                responsibility.inherited(), entry.appraisalOpinion(), notApplicable, !notApplicable
                && working.hasDeduction(), unscored, node.isLeaf() && !assessment.locked());
    }

    private static String hint(CriterionNode node, RuleInput input) {
        if (input == null) {
            return "";
        }
        BigDecimal points;
        try {
            points = node.rule().points(node.maxPoints(), input);
        } catch (InvalidInputException stale) {
            return "";
        }
        return switch (input) {
            case RuleInput.RatioInput r -> Messages.get("scoring.cell.ratioHint", InputText.plain(r.achieved()),
                    InputText.plain(r.total()), points);
            case RuleInput.LevelChoice l when node.rule() instanceof ScoringRule.Levels levels ->
                    Messages.get("scoring.cell.levelHint", levels.levels().get(l.index()).label());
            case RuleInput.ViolationCount c -> Messages.get("scoring.cell.violationsHint", c.count(), points);
            default -> "";
        };
    }
}
