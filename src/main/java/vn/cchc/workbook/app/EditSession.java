package vn.cchc.workbook.app;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.text.Messages;

/**
 * One assessment open for editing. Every edit is validated by the domain and shown at once (the assessment and its
 * scorecard change before this returns), and its store write is handed to the session's one background writer
 * ({@link EditWriter}), which commits the writes strictly in order; {@link #writeState()} says whether everything is
 * on disk ("Đã lưu"), still being written ("Đang lưu…"), or stopped on a refused write, with the entries concerned
 * (decision 13). Every edit is recorded for undo; the undo stack is seeded from the store's edit history, so Ctrl+Z
 * still works after the program was closed or killed. Undo and redo are written through the same writer.
 *
 * <p>Not thread-safe: the UI calls it from one thread; only the writer's own methods may be used from others.
 */
public final class EditSession {

    /** At least 50 steps are promised to users; keep a little more. */
    public static final int UNDO_DEPTH = 100;

    private final WorkbookStore store;
    private final EditWriter writer = new EditWriter("cchc-edit-writer");
    private Assessment assessment;
    private Scorecard scorecard;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long edits;
    private PartLimit partLimit;
    private java.util.Set<String> partCodes = java.util.Set.of();

    public EditSession(WorkbookStore store, Assessment assessment) {
        this.store = Objects.requireNonNull(store, "store");
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        // Opening scores the workbook: one stored before the bounds existed could make that endless.
        StoredWorkbookCheck.damageOf(assessment).ifPresent(damage -> {
            throw new UserFacingException("limits.stored.damaged", assessment.unit().name(), damage);
        });
        this.scorecard = ScoreEngine.score(assessment);
        List<WorkbookStore.EntryEdit> history = store.history(assessment.id(), UNDO_DEPTH);
        for (int i = history.size() - 1; i >= 0; i--) {
            WorkbookStore.EntryEdit edit = history.get(i);
            undo.push(new Edit(List.of(edit.before()), List.of(edit.after())));
        }
    }

    public Assessment assessment() {
        return assessment;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    public WorkbookStore store() {
        return store;
    }

    /**
     * Records {@code updated} (an entry of this assessment, edited from {@code assessment().entry(code)}): shown at
     * once, written in the background.
     *
     * @throws InvalidInputException when the domain refuses the value; nothing is changed then
     * @throws StoreException        when the writer is stopped on an earlier refused write; nothing is changed then
     */
    public void apply(Entry updated) {
        requireInPart(updated.code());
        Entry before = assessment.entry(updated.code());
        if (before.equals(updated)) {
            return;
        }
        Assessment next = assessment.withEntry(updated);
        writeEntries(List.of(before), List.of(updated));
        replaceQuietly(next);
        push(undo, new Edit(List.of(before), List.of(updated)));
        redo.clear();
        changed();
    }

    /**
     * Records several edited entries as one step (one undo restores them all), e.g. a pasted column. Each is
     * validated first; when any is refused nothing is changed. They are written as one write of several steps: a
     * refused step stops the writer there, and a retry resumes at that step.
     *
     * @throws InvalidInputException when the domain refuses one of the values
     */
    public void applyAll(List<Entry> updated) {
        for (Entry entry : updated) {
            requireInPart(entry.code());
        }
        List<Entry> befores = new ArrayList<>();
        List<Entry> afters = new ArrayList<>();
        Assessment next = assessment;
        for (Entry entry : updated) {
            Entry before = next.entry(entry.code());
            if (!before.equals(entry)) {
                next = next.withEntry(entry);
                befores.add(before);
                afters.add(entry);
            }
        }
        if (afters.isEmpty()) {
            return;
        }
        writeEntries(befores, afters);
        replaceQuietly(next);
        push(undo, new Edit(befores, afters));
        redo.clear();
        changed();
    }

    /**
     * Whether {@link #undo()} would undo a step: there is one, the workbook is not locked, and the writer is not
     * stopped on a refused write (an undo is a write too, and would only be refused).
     */
    public boolean canUndo() {
        return !undo.isEmpty() && !assessment.locked() && !writer.isStopped();
    }

    /** Whether {@link #redo()} would redo a step (the same conditions as {@link #canUndo()}). */
    public boolean canRedo() {
        return !redo.isEmpty() && !assessment.locked() && !writer.isStopped();
    }

    /** The criteria the next {@link #undo()} would restore, in the order edited; empty when there is nothing to undo. */
    public List<String> undoCodes() {
        return undo.isEmpty() ? List.of() : undo.peek().before().stream().map(Entry::code).toList();
    }

    /** The criteria the next {@link #redo()} would change again; empty when there is nothing to redo. */
    public List<String> redoCodes() {
        return redo.isEmpty() ? List.of() : redo.peek().after().stream().map(Entry::code).toList();
    }

    /** Undoes the newest edit; returns the code of the entry it restored, or null when there was nothing to undo. */
    public String undo() {
        if (!canUndo()) {
            return null;
        }
        Edit edit = undo.peek();
        List<Entry> befores = new ArrayList<>();
        List<Entry> afters = new ArrayList<>();
        Assessment next = assessment;
        for (int i = edit.after().size() - 1; i >= 0; i--) {
            Entry restored = edit.before().get(i);
            befores.add(next.entry(restored.code()));
            afters.add(restored);
            next = next.withEntry(restored);
        }
        writeEntries(befores, afters);
        undo.pop();
        push(redo, edit);
        replace(next);
        return edit.before().get(0).code();
    }

    /** Redoes the newest undone edit; returns the code of the entry it changed, or null. */
    public String redo() {
        if (!canRedo()) {
            return null;
        }
        Edit edit = redo.peek();
        List<Entry> befores = new ArrayList<>();
        Assessment next = assessment;
        for (Entry after : edit.after()) {
            befores.add(next.entry(after.code()));
            next = next.withEntry(after);
        }
        writeEntries(befores, edit.after());
        redo.pop();
        push(undo, edit);
        replace(next);
        return edit.after().get(0).code();
    }

    public void setDepartments(List<Department> departments) {
        requireWholeWorkbook();
        Assessment next = assessment.withDepartments(departments);
        String id = assessment.id();
        write(() -> store.saveDepartments(id, next.departments()));
        replace(next);
    }

    public void setDescription(AssessedUnit unit, Period period, int year) {
        requireWholeWorkbook();
        Assessment next = assessment.withDescription(unit, period, year);
        String id = assessment.id();
        write(() -> store.saveDescription(id, unit, period, year));
        replace(next);
    }

    /** Chốt điểm (true) or lifting the lock on purpose (false). */
    public void setLocked(boolean locked) {
        requireWholeWorkbook();
        if (assessment.locked() == locked) {
            return;
        }
        Assessment next = assessment.withLocked(locked);
        String id = assessment.id();
        write(() -> store.saveLocked(id, locked));
        replace(next);
    }

    /**
     * Records a step of the rounds ("Gửi thẩm định", …, "Chốt kết quả", which also locks the workbook).
     *
     * @return the assessment as it was before, for {@link #takeBackStep} when the step's file cannot be written
     * @throws InvalidInputException when the step is not allowed at this stage or in this side's copy
     */
    public Assessment recordStep(RoundStep step) {
        Assessment before = assessment;
        Assessment next = assessment.withStep(step);
        String id = assessment.id();
        write(() -> store.saveRounds(id, next.rounds(), next.locked()));
        replace(next);
        return before;
    }

    /** Takes back the step recorded after {@code before}: its file could not be written, so it was not sent. */
    public void takeBackStep(Assessment before) {
        Assessment next = assessment.withRounds(before.rounds()).withLocked(before.locked());
        String id = assessment.id();
        write(() -> store.saveRounds(id, next.rounds(), next.locked()));
        replace(next);
    }

    /** Whose copy this is (null: not in the rounds, every column may be typed). */
    public void setSide(Side side) {
        if (side == assessment.rounds().side()) {
            return;
        }
        saveRounds(assessment.rounds().withSide(side));
    }

    /** The deadline of {@code step} from the province's plan; null removes it. */
    public void setDeadline(Stage step, java.time.LocalDate deadline) {
        if (java.util.Objects.equals(deadline, assessment.rounds().deadlines().get(step))) {
            return;
        }
        saveRounds(assessment.rounds().withDeadline(step, deadline));
    }

    private void saveRounds(Rounds rounds) {
        Assessment next = assessment.withRounds(rounds);
        String id = assessment.id();
        write(() -> store.saveRounds(id, next.rounds(), next.locked()));
        replace(next);
    }

    /**
     * The rank published for this assessment ("xếp thứ 4/18"), as typed. Allowed while locked: ranks are published
     * after chốt điểm. Not an undoable score edit.
     */
    public void setRankText(String rankText) {
        String value = rankText == null ? "" : rankText.strip();
        if (value.equals(assessment.rankText())) {
            return;
        }
        Assessment next = assessment.withRankText(value);
        String id = assessment.id();
        write(() -> store.saveRankText(id, value));
        replace(next);
    }

    /** Records the total and index the province announced; allowed when locked, like the rank. */
    public void setPublished(PublishedResult published) {
        if (published.equals(assessment.published())) {
            return;
        }
        Assessment next = assessment.withPublished(published);
        String id = assessment.id();
        write(() -> store.savePublished(id, published));
        replace(next);
    }

    /** Links (or, with null, unlinks) the earlier period this assessment is compared with; changes no score. */
    public void setEarlierPeriod(EarlierPeriod earlier) {
        requireWholeWorkbook();
        Assessment next = assessment.withEarlierPeriod(earlier);
        String id = assessment.id();
        write(() -> store.saveEarlierPeriod(id, earlier));
        replace(next);
    }

    /**
     * Limits editing to a department's part (a part .cchc opened by itself): entries outside its criteria and
     * changes to the workbook as a whole are refused with a message naming the department.
     */
    public void limitTo(PartLimit limit) {
        this.partLimit = Objects.requireNonNull(limit, "limit");
        this.partCodes = java.util.Set.copyOf(limit.codes());
        changed();
    }

    /** The department's part this session is limited to, if it is one. */
    public Optional<PartLimit> partLimit() {
        return Optional.ofNullable(partLimit);
    }

    /** Whether the entry of {@code code} may be edited here (always, unless this is a department's part). */
    public boolean mayEdit(String code) {
        return partLimit == null || partCodes.contains(code);
    }

    private void requireInPart(String code) {
        if (!mayEdit(code)) {
            throw new UserFacingException("exchange.part.outside", code, partLimit.departmentName());
        }
    }

    private void requireWholeWorkbook() {
        if (partLimit != null) {
            throw new UserFacingException("exchange.part.wholeWorkbook", partLimit.departmentName());
        }
    }

    /** Keeps the user's edits to the drafted documents with the workbook; allowed when locked. */
    public void setDocuments(DocumentEdits documents) {
        if (documents.equals(assessment.documents())) {
            return;
        }
        Assessment next = assessment.withDocuments(documents);
        String id = assessment.id();
        write(() -> store.saveDocuments(id, documents));
        replace(next);
    }

    /**
     * Why the writer stopped (a full or read-only disk), as a Vietnamese message, until the user has retried: the
     * status line then says the changes are NOT saved.
     */
    public Optional<String> writeFailure() {
        return writer.state().failure();
    }

    /** What is on disk, pending or refused (see {@link EditWriter.State}); any thread. */
    public EditWriter.State writeState() {
        return writer.state();
    }

    /** Resumes writing after a refused write (the user's "Thử lại"); any thread. */
    public void retryWrites() {
        writer.retry();
    }

    /**
     * Forgets the writes the store refused and every later one (the user's explicit "Bỏ các thay đổi này" when
     * closing); the session is not to be used afterwards. Returns how many were forgotten.
     */
    public int discardUnwritten() {
        return writer.discardPending();
    }

    /**
     * Waits until every accepted change is on disk, the writer stops on a refused write, or {@code timeout} passes;
     * call off the JavaFX thread (closing, opening another workbook, saving a file, exporting).
     */
    public EditWriter.Outcome awaitWritten(Duration timeout) throws InterruptedException {
        return writer.awaitWritten(timeout);
    }

    /**
     * Waits (off the JavaFX thread) until every accepted change is on disk, for work that reads the workbook back
     * from the store (saving the .cchc file, exporting).
     *
     * @throws StoreException when the writer is stopped on a refused write, saying how many changes are not stored
     */
    public void requireWritten() {
        try {
            while (writer.awaitWritten(Duration.ofSeconds(1)) == EditWriter.Outcome.STILL_WRITING) {
                // The disk is slow; keep waiting: what follows must see every change.
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreException("writer.notWritten", writer.state().pending(), Messages.get("writer.failed"));
        }
        EditWriter.State state = writer.state();
        if (state.isStopped()) {
            throw new StoreException("writer.notWritten", state.pending(), state.failure().orElseThrow());
        }
    }

    /** Called after every change of {@link #writeState()}, on the writer's thread (or the caller's). */
    public void addWriteListener(Runnable listener) {
        writer.addListener(listener);
    }

    public void removeWriteListener(Runnable listener) {
        writer.removeListener(listener);
    }

    /** How many changes this session has accepted (edits, undo, redo, settings); grows by one per change. */
    public long changeCount() {
        return edits;
    }

    /** Called after every change (edit, undo, redo, departments, lock), on the caller's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Queues the store writes of entries changed from {@code befores} to {@code afters}, in that order. */
    private void writeEntries(List<Entry> befores, List<Entry> afters) {
        String id = assessment.id();
        Set<String> codes = new LinkedHashSet<>();
        List<Runnable> steps = new ArrayList<>();
        for (int i = 0; i < afters.size(); i++) {
            Entry before = befores.get(i);
            Entry after = afters.get(i);
            codes.add(after.code());
            steps.add(() -> store.saveEntry(id, before, after));
        }
        writer.submit(codes, steps);
    }

    private void write(Runnable change) {
        writer.submit(Set.of(), List.of(change));
    }

    private void replaceQuietly(Assessment next) {
        assessment = next;
        scorecard = ScoreEngine.score(next);
        edits++;
    }

    private void replace(Assessment next) {
        replaceQuietly(next);
        changed();
    }

    private void changed() {
        for (Runnable listener : new ArrayList<>(listeners)) {
            listener.run();
        }
    }

    private static void push(Deque<Edit> stack, Edit edit) {
        stack.push(edit);
        while (stack.size() > UNDO_DEPTH) {
            stack.removeLast();
        }
    }

    /** One undo step: the entries before and after, in the order they were changed. */
    private record Edit(List<Entry> before, List<Entry> after) {
    }
}
