package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.app.EvidenceService;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.CodeLookup;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Scorecard;
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
    private final ReadOnlyBooleanWrapper writeStopped = new ReadOnlyBooleanWrapper(this, "writeStopped");
    /** The stop state last handed to the JavaFX thread; the writer calls its listeners on its own thread. */
    private volatile boolean writeStoppedSeen;
    private final Runnable writeListener = this::followWriter;
    private final ScoringFilter filter;
    private final ScoringTotals totals = new ScoringTotals();

    private final StringProperty selectedCode = new SimpleStringProperty(this, "selectedCode");
    private final ReadOnlyObjectWrapper<ScoringRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final ReadOnlyObjectWrapper<Entry> selectedEntry = new ReadOnlyObjectWrapper<>(this, "selectedEntry");
    private final ReadOnlyObjectWrapper<NodeResult> selectedResult = new ReadOnlyObjectWrapper<>(this, "selectedResult");

    private final ObservableList<Department> departments = FXCollections.observableArrayList();
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
            ScoringRow row = new ScoringRow(result.node(), result.depth(), parent,
                    RowStates.of(session.assessment(), card, result, session.mayEdit(result.code())));
            rows.add(row);
            rowsByCode.put(row.code(), row);
        }
        rowList = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(rows));
        filter = new ScoringFilter(rows, rowsByCode, session::assessment);

        selectedCode.addListener((obs, old, code) -> updateSelection());
        session.addListener(sessionListener);
        writeStoppedSeen = session.writeState().isStopped();
        writeStopped.set(writeStoppedSeen);
        session.addWriteListener(writeListener);
        refresh();
    }

    /**
     * Marks the rows whose entries have changes the stopped writer holds (not on disk), and unmarks the others.
     */
    public void markUnwritten(java.util.Set<String> codes) {
        for (ScoringRow row : rows) {
            row.setUnwritten(codes.contains(row.code()));
        }
    }

    /** Stops following the session; the view model is not used afterwards. */
    public void dispose() {
        session.removeListener(sessionListener);
        session.removeWriteListener(writeListener);
    }

    /** On the writer's thread: hands a stop or a resume (not every write) to the JavaFX thread. */
    private void followWriter() {
        boolean stopped = session.writeState().isStopped();
        if (stopped != writeStoppedSeen) {
            writeStoppedSeen = stopped;
            javafx.application.Platform.runLater(() -> writeStopped.set(stopped));
        }
    }

    /**
     * Whether the session's edit writer is stopped on a refused write (every new change is then refused with its
     * message until the user's retry has written the held ones); follows the writer on the JavaFX thread.
     */
    public ReadOnlyBooleanProperty writeStoppedProperty() {
        return writeStopped.getReadOnlyProperty();
    }

    /** Rebuilds every figure from the session: after an edit, undo, redo, a lock or a new department list. */
    public void refresh() {
        Assessment assessment = session.assessment();
        Scorecard card = session.scorecard();
        editable.set(!assessment.locked());
        for (ScoringRow row : rows) {
            row.update(RowStates.of(assessment, card, card.node(row.code()), session.mayEdit(row.code())));
        }
        if (!departments.equals(assessment.departments())) {
            departments.setAll(assessment.departments());
        }
        filter.departmentsChanged(assessment);
        totals.update(card);
        updateSelection();
        filter.update();
        revision.set(revision.get() + 1);
    }

    /** Which rows are shown. */
    public ScoringFilter filter() {
        return filter;
    }

    /** The totals line and the summary's figures. */
    public ScoringTotals totals() {
        return totals;
    }

    // ---- rows and selection ------------------------------------------------------------------------------------

    /** Every node in printed order; the objects stay the same for the life of the view model. */
    public ObservableList<ScoringRow> rows() {
        return rowList;
    }

    public Optional<ScoringRow> row(String code) {
        return Optional.ofNullable(rowsByCode.get(code));
    }

    /**
     * The row of a code typed as printed ("3.13.2", "III.1", " 3.13.2. "), ignoring case, spaces and a trailing
     * dot: the key, or the province's printed code where only one criterion has it; empty otherwise (see
     * {@link #whyNoCode}).
     */
    public Optional<ScoringRow> findCode(String typed) {
        return lookUp(typed) instanceof CodeLookup.Found found ? row(found.node().code()) : Optional.empty();
    }

    /** Why {@link #findCode} found nothing for {@code typed}: nothing typed, no such code, or a shared printed code. */
    public String whyNoCode(String typed) {
        return switch (lookUp(typed)) {
            case CodeLookup.Ambiguous shared -> shared.refusal().getMessage();
            case CodeLookup.NotFound none -> none.typed().isEmpty() ? Messages.get("scoring.goto.empty")
                    : Messages.get("scoring.goto.unknown", none.typed());
            case CodeLookup.Found found -> "";
        };
    }

    private CodeLookup.Match lookUp(String typed) {
        return CodeLookup.find(rows.stream().map(ScoringRow::node).toList(), typed);
    }

    /** The code {@code code} (a key) is printed with; the key itself when no row has it. */
    public String shownCode(String code) {
        ScoringRow row = rowsByCode.get(code);
        return row == null ? code : row.shownCode();
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

    /** Whether {@code code}'s details may be edited: the workbook is, and the row is inside the department's part. */
    public boolean isEditable(String code) {
        return isEditable() && session.mayEdit(code);
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
        return RowStates.departmentName(session.assessment(), departmentId);
    }

    /** The departments answering for {@code code}: its own, or the nearest ancestor's. */
    public EffectiveResponsibility responsibility(String code) {
        return EffectiveResponsibility.of(session.assessment(), code);
    }

    /**
     * Why {@code code} cannot take a score in the table, or empty when it can: a group row (its score is the sum of
     * its children), a row marked không áp dụng, or a locked workbook.
     */
    public Optional<String> whyNotScorable(String code) {
        ScoringRow row = rowsByCode.get(code);
        if (row == null) {
            return Optional.empty();
        }
        if (session.assessment().locked()) {
            return Optional.of(Messages.get("scoring.input.locked"));
        }
        if (!session.mayEdit(code)) {
            return Optional.of(Messages.get("exchange.part.outside", row.shownCode(),
                    session.partLimit().map(limit -> limit.departmentName()).orElse("")));
        }
        if (!row.isLeaf()) {
            return Optional.of(Messages.get("scoring.grid.groupRow", row.shownCode()));
        }
        if (row.state().notApplicable()) {
            return Optional.of(Messages.get("scoring.grid.notApplicableRow", row.shownCode()));
        }
        return Optional.empty();
    }

    /**
     * Why {@code slot} of {@code code} cannot take a score: {@link #whyNotScorable(String)}, or the rounds keep that
     * column read-only in this copy (the unit's copy keeps the appraisal, the appraiser's the self score).
     */
    public Optional<String> whyNotScorable(String code, ScoreSlot slot) {
        Optional<String> row = whyNotScorable(code);
        if (row.isPresent()) {
            return row;
        }
        return session.assessment().rounds().readOnly(slot == ScoreSlot.SELF ? Rounds.Part.SELF
                : Rounds.Part.APPRAISAL).map(Messages::get);
    }

    /** Whether this copy may change {@code part} of an entry (texts and evidence of the detail pane). */
    public boolean mayChange(Rounds.Part part) {
        return isEditable() && session.assessment().rounds().readOnly(part).isEmpty();
    }

    // ---- score inputs ------------------------------------------------------------------------------------------

    /** The text a cell editor starts with: "0,5", "11/16" (b/a), a violation count, or a level's number. */
    public String inputText(String code, ScoreSlot slot) {
        return InputText.format(node(code).rule(), slot.input(entry(code)));
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
        edit(code, entry -> scored(entry, slot, text));
    }

    /**
     * The entry of {@code code} with {@code text} as {@code slot}'s score, checked by the same rules as a typed score
     * but not stored.
     *
     * @throws InvalidInputException when the text or the score is refused
     */
    Entry scored(Entry entry, ScoreSlot slot, String text) {
        return slot.with(entry, InputText.parse(leaf(entry.code()).rule(), text),
                session.assessment().secondRoundOpen());
    }

    private CriterionNode leaf(String code) {
        CriterionNode node = node(code);
        if (!node.isLeaf()) {
            throw new InvalidInputException("domain.input.parentNotScorable");
        }
        return node;
    }

    /** A score typed (or pasted) for one cell: the row's code, the score it fills, the text. */
    public record TypedScore(String code, ScoreSlot slot, String text) {
    }

    /** Why a typed score was not taken. */
    public record Refusal(String code, ScoreSlot slot, String message) {
    }

    /**
     * Stores several pasted scores as one edit (one undo step), after checking each by the same rules as a typed
     * score, but for a level, which only its points name. Nothing is stored when any is refused.
     *
     * @return the refusals in the order given, empty when everything was stored
     * @throws vn.cchc.workbook.domain.UserFacingException when the workbook is locked or the store fails
     */
    public List<Refusal> commitScores(List<TypedScore> scores) {
        if (session.assessment().locked()) {
            throw new InvalidInputException("domain.assessment.locked");
        }
        List<Refusal> refused = new ArrayList<>();
        Map<String, Entry> changed = new java.util.LinkedHashMap<>();
        Assessment assessment = session.assessment();
        boolean secondRound = assessment.secondRoundOpen();
        for (TypedScore typed : scores) {
            Entry current = changed.getOrDefault(typed.code(), assessment.entry(typed.code()));
            try {
                // Pasted from a spreadsheet: a level only by its points (InputText.parsePasted).
                Entry next = typed.slot().with(current,
                        InputText.parsePasted(leaf(typed.code()).rule(), typed.text()), secondRound);
                assessment.withEntry(next);
                changed.put(typed.code(), next);
            } catch (InvalidInputException refusal) {
                refused.add(new Refusal(typed.code(), typed.slot(), refusal.getMessage()));
            }
        }
        if (refused.isEmpty()) {
            session.applyAll(List.copyOf(changed.values()));
        }
        return refused;
    }

    /** Records a ratio's a (total) and b (achieved); both blank removes the score. */
    public void commitRatio(String code, ScoreSlot slot, String total, String achieved) {
        boolean blank = (total == null || total.isBlank()) && (achieved == null || achieved.isBlank());
        RuleInput input = blank ? null : InputText.ratio(total, achieved);
        edit(code, entry -> slot.with(entry, input, session.assessment().secondRoundOpen()));
    }

    /** Records the chosen level by position (0 = the first level printed); null removes the score. */
    public void commitLevel(String code, ScoreSlot slot, Integer levelIndex) {
        RuleInput input = levelIndex == null ? null : new RuleInput.LevelChoice(levelIndex);
        edit(code, entry -> slot.with(entry, input, session.assessment().secondRoundOpen()));
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
        citeStoredEvidence(code, index, List.of(storeEvidenceFile(session.assessment(), file, citation)));
    }

    /**
     * The part of attaching that takes time: copies {@code file} into the store (checked by content, size and the
     * limits of {@code workbook}, the assessment as it was when the user asked) and returns the document citing it.
     * Runs off the JavaFX thread; changes no entry.
     */
    public EvidenceDocument storeEvidenceFile(Assessment workbook, Path file, EvidenceDocument citation) {
        if (workbook.locked()) {
            throw new InvalidInputException("domain.assessment.locked");
        }
        return evidence().attach(workbook, file,
                new EvidenceDocument(citation.number(), citation.date(), citation.summary(), ""));
    }

    /**
     * Cites documents whose files {@link #storeEvidenceFile} stored: added to {@code code}'s list, or with
     * {@code index} ≥ 0 (one document) replacing the document at that index. On the JavaFX thread.
     */
    public void citeStoredEvidence(String code, int index, List<EvidenceDocument> attached) {
        if (session.assessment().locked()) {
            throw new InvalidInputException("domain.assessment.locked");
        }
        if (index >= 0 && attached.size() == 1) {
            replaceEvidence(code, index, attached.get(0));
            return;
        }
        edit(code, entry -> {
            List<EvidenceDocument> list = new ArrayList<>(entry.evidence());
            list.addAll(attached);
            return entry.withEvidence(list);
        });
    }

    /** The assessment as it is now (a snapshot for background work). */
    public Assessment assessment() {
        return session.assessment();
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

    private synchronized EvidenceService evidence() {
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

    private void updateSelection() {
        String code = selectedCode.get();
        ScoringRow row = code == null ? null : rowsByCode.get(code);
        selectedRow.set(row);
        selectedEntry.set(row == null ? null : entry(code));
        selectedResult.set(row == null ? null : result(code));
    }
}
