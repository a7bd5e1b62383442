package vn.cchc.workbook.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.store.StoreException;
import vn.cchc.workbook.store.WorkbookStore;

/**
 * One assessment open for editing. Every edit is validated by the domain, committed to the store before this
 * returns (so a crash loses nothing), and recorded for undo. The undo stack is seeded from the store's edit
 * history, so Ctrl+Z still works after the program was closed or killed.
 *
 * <p>Not thread-safe: the UI calls it from one thread (store work is quick single-row commits).
 */
public final class EditSession {

    /** At least 50 steps are promised to users; keep a little more. */
    public static final int UNDO_DEPTH = 100;

    private final WorkbookStore store;
    private Assessment assessment;
    private Scorecard scorecard;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String writeFailure;
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
     * Records {@code updated} (an entry of this assessment, edited from {@code assessment().entry(code)}).
     *
     * @throws InvalidInputException when the domain refuses the value; nothing is stored or changed then
     */
    public void apply(Entry updated) {
        requireInPart(updated.code());
        Entry before = assessment.entry(updated.code());
        if (before.equals(updated)) {
            return;
        }
        write(before, updated);
        push(undo, new Edit(List.of(before), List.of(updated)));
        redo.clear();
        changed();
    }

    /**
     * Records several edited entries as one step (one undo restores them all), e.g. a pasted column. Each is
     * validated first; when any is refused nothing is stored. When the store fails part-way, the entries already
     * written are written back to what they were, so the store and the session never disagree.
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
        int written = 0;
        try {
            for (; written < afters.size(); written++) {
                store.saveEntry(assessment.id(), befores.get(written), afters.get(written));
            }
        } catch (RuntimeException failed) {
            for (int i = written - 1; i >= 0; i--) {
                try {
                    store.saveEntry(assessment.id(), afters.get(i), befores.get(i));
                } catch (RuntimeException alsoFailed) {
                    failed.addSuppressed(alsoFailed);
                }
            }
            throw failed;
        }
        assessment = next;
        scorecard = ScoreEngine.score(next);
        push(undo, new Edit(befores, afters));
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty() && !assessment.locked();
    }

    public boolean canRedo() {
        return !redo.isEmpty() && !assessment.locked();
    }

    /** Undoes the newest edit; returns the code of the entry it restored, or null when there was nothing to undo. */
    public String undo() {
        if (!canUndo()) {
            return null;
        }
        Edit edit = undo.pop();
        for (int i = edit.after().size() - 1; i >= 0; i--) {
            write(assessment.entry(edit.after().get(i).code()), edit.before().get(i));
        }
        push(redo, edit);
        changed();
        return edit.before().get(0).code();
    }

    /** Redoes the newest undone edit; returns the code of the entry it changed, or null. */
    public String redo() {
        if (!canRedo()) {
            return null;
        }
        Edit edit = redo.pop();
        for (Entry after : edit.after()) {
            write(assessment.entry(after.code()), after);
        }
        push(undo, edit);
        changed();
        return edit.after().get(0).code();
    }

    public void setDepartments(List<Department> departments) {
        requireWholeWorkbook();
        Assessment next = assessment.withDepartments(departments);
        stored(() -> store.saveDepartments(assessment.id(), next.departments()));
        replace(next);
    }

    public void setDescription(AssessedUnit unit, Period period, int year) {
        requireWholeWorkbook();
        Assessment next = assessment.withDescription(unit, period, year);
        stored(() -> store.saveDescription(assessment.id(), unit, period, year));
        replace(next);
    }

    /** Chốt điểm (true) or lifting the lock on purpose (false). */
    public void setLocked(boolean locked) {
        requireWholeWorkbook();
        if (assessment.locked() == locked) {
            return;
        }
        stored(() -> store.saveLocked(assessment.id(), locked));
        replace(assessment.withLocked(locked));
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
        stored(() -> store.saveRankText(assessment.id(), value));
        replace(assessment.withRankText(value));
    }

    /** Records the total and index the province announced; allowed when locked, like the rank. */
    public void setPublished(PublishedResult published) {
        if (published.equals(assessment.published())) {
            return;
        }
        store.savePublished(assessment.id(), published);
        replace(assessment.withPublished(published));
    }

    /** Links (or, with null, unlinks) the earlier period this assessment is compared with; changes no score. */
    public void setEarlierPeriod(EarlierPeriod earlier) {
        requireWholeWorkbook();
        stored(() -> store.saveEarlierPeriod(assessment.id(), earlier));
        replace(assessment.withEarlierPeriod(earlier));
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

    /**
     * The message of the last change the store refused (a full or read-only disk), until a change is stored again:
     * the status line then says the change is NOT saved.
     */
    public Optional<String> writeFailure() {
        return Optional.ofNullable(writeFailure);
    }

    /** Runs one store write; a refusal is remembered (and listeners told) before it is passed on. */
    private void stored(Runnable write) {
        try {
            write.run();
            writeFailure = null;
        } catch (StoreException refused) {
            writeFailure = refused.getMessage();
            changed();
            throw refused;
        }
    }

    /** Keeps the user's edits to the drafted documents with the workbook; allowed when locked. */
    public void setDocuments(DocumentEdits documents) {
        if (documents.equals(assessment.documents())) {
            return;
        }
        store.saveDocuments(assessment.id(), documents);
        replace(assessment.withDocuments(documents));
    }

    /** Called after every change (edit, undo, redo, departments, lock), on the caller's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void write(Entry before, Entry after) {
        Assessment next = assessment.withEntry(after);
        stored(() -> store.saveEntry(assessment.id(), before, after));
        assessment = next;
        scorecard = ScoreEngine.score(next);
    }

    private void replace(Assessment next) {
        assessment = next;
        scorecard = ScoreEngine.score(next);
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
