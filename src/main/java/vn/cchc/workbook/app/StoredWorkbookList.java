package vn.cchc.workbook.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * The stored workbooks as a list shows them (the start screen), each read, checked and scored
 * ({@link StoredWorkbookCheck}) only when it changed since the list last read it. What the list computes from a
 * workbook (its figures: the index, the damage, the stage…) is kept under the workbook's
 * {@linkplain WorkbookStore.AssessmentSummary#revision() revision}, which every write to the workbook changes in the
 * same transaction; a later read uses the kept figures while the revision is the same. So opening, saving or
 * editing one workbook costs the next list one workbook read, not one per stored workbook.
 *
 * <p>Never stale:
 * <ul>
 *   <li>a workbook listed with another revision than the kept one (edited, replaced by a returned file, deleted and
 *       created again under its id) is read again;</li>
 *   <li>figures are kept for one store only: another store object (reopened after a recovery from a backup, which
 *       brings older revisions back) drops everything kept;</li>
 *   <li>a workbook no longer listed is forgotten;</li>
 *   <li>the store is listed before anything is read, so a write meanwhile can only make the kept figures newer than
 *       their revision, which the next read replaces;</li>
 *   <li>only a {@linkplain StoredWorkbookCheck.Outcome#lasting() lasting} outcome is kept: a workbook shown damaged
 *       because its check timed out or its read failed is checked again next time, one damaged by its own data stays
 *       damaged until it changes.</li>
 * </ul>
 *
 * <p>Right after start-up the workbooks the store's opening check read are used
 * ({@link WorkbookStore#takeCheckedAssessments()}), so that start-up reads each workbook once. Calls are serialised:
 * two lists never read the same workbook twice. The figures must not hold the workbook itself (200 workbooks of a
 * thousand criteria each would stay in memory).
 *
 * @param <T> what the list shows of one workbook
 */
public final class StoredWorkbookList<T> {

    /** One line: what the store says of the workbook, and the list's figures for it. */
    public record Line<T>(WorkbookStore.AssessmentSummary summary, T figures) {
    }

    private record Kept<T>(long revision, T figures) {
    }

    private final Function<StoredWorkbookCheck.Outcome, T> figuresOf;
    private final Map<String, Kept<T>> kept = new HashMap<>();
    private WorkbookStore keptFrom;
    private long checked;

    /** @param figuresOf what to keep of a checked workbook; runs once per workbook and revision */
    public StoredWorkbookList(Function<StoredWorkbookCheck.Outcome, T> figuresOf) {
        this.figuresOf = Objects.requireNonNull(figuresOf, "figuresOf");
    }

    /**
     * Every workbook of {@code store}, most recently edited first, with its figures: kept ones for a workbook
     * unchanged since the last read, else read and checked now ({@link StoredWorkbookCheck#check}; a damaged
     * workbook never stops the list). Slow only for the workbooks that changed; call it off the JavaFX thread.
     *
     * @throws StoreException when the store cannot be listed
     */
    public synchronized List<Line<T>> read(WorkbookStore store) {
        Objects.requireNonNull(store, "store");
        if (store != keptFrom) {
            kept.clear();
            keptFrom = store;
        }
        // Listed first: a write after this only makes what is read below newer than the revision it is kept under.
        List<WorkbookStore.AssessmentSummary> summaries = store.listAssessments();
        Map<String, Assessment> readAtOpening = store.takeCheckedAssessments();
        List<Line<T>> lines = new ArrayList<>(summaries.size());
        Set<String> listed = new HashSet<>();
        for (WorkbookStore.AssessmentSummary summary : summaries) {
            String id = summary.id();
            listed.add(id);
            Kept<T> known = kept.get(id);
            if (known != null && known.revision() == summary.revision()) {
                lines.add(new Line<>(summary, known.figures()));
                continue;
            }
            Assessment read = readAtOpening.get(id);
            StoredWorkbookCheck.Outcome outcome = read != null ? StoredWorkbookCheck.checkRead(id, read)
                    : StoredWorkbookCheck.check(store, id);
            checked++;
            T figures = figuresOf.apply(outcome);
            if (outcome.lasting()) {
                kept.put(id, new Kept<>(summary.revision(), figures));
            } else {
                kept.remove(id);
            }
            lines.add(new Line<>(summary, figures));
        }
        kept.keySet().retainAll(listed);
        return lines;
    }

    /**
     * How many workbooks this list has checked (read, or taken from the store's opening check, and scored) since it
     * was made: what a read costs, for the tests and the benchmark.
     */
    public synchronized long workbooksChecked() {
        return checked;
    }

    /** How many workbooks' figures are kept now. */
    public synchronized int keptCount() {
        return kept.size();
    }
}
