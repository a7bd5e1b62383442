package vn.cchc.workbook.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentBounds;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Loads and scores one stored workbook for a list (the start screen) with bounds and isolation: its values are
 * checked against {@link vn.cchc.workbook.domain.Limits} before anything is computed, the work runs on its own thread
 * with a time limit, and whatever goes wrong makes the workbook "damaged" with a reason, never stops the list.
 * A store written before the limits existed may hold a workbook that cannot be scored (an exponent of 100 million):
 * it is listed as damaged, and can be exported as JSON or deleted.
 */
public final class StoredWorkbookCheck {

    private static final Logger LOG = Logger.getLogger(StoredWorkbookCheck.class.getName());
    /** Scoring a real workbook takes milliseconds; this only stops one that never finishes. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * The scorecard of a sound workbook, or the reason it is damaged (exactly one of them is set).
     *
     * @param lasting whether the outcome follows from the workbook's stored data alone (it is sound, or a value is
     *                out of bounds), so that it holds until the workbook changes; false for a time-out, a failed
     *                read or a workbook gone meanwhile, which a later check may not meet
     */
    public record Outcome(Assessment assessment, Scorecard scorecard, String damage, boolean lasting) {
        public boolean isDamaged() {
            return damage != null;
        }
    }

    private StoredWorkbookCheck() {
    }

    /**
     * Scores {@code assessment}, already read (by the store's opening check), as {@link #check} scores a loaded one.
     */
    static Outcome checkRead(String id, Assessment assessment) {
        return check(id, () -> Optional.of(assessment), TIMEOUT);
    }

    /** Loads and scores workbook {@code id} of {@code store}; never throws for a damaged workbook. */
    public static Outcome check(WorkbookStore store, String id) {
        return check(store, id, TIMEOUT);
    }

    static Outcome check(WorkbookStore store, String id, Duration timeout) {
        return check(id, () -> store.loadAssessment(id), timeout);
    }

    private static Outcome check(String id, Supplier<Optional<Assessment>> load, Duration timeout) {
        IsolatedTask<Outcome> task = IsolatedTask.start("check-" + id, () -> {
            Optional<Assessment> loaded = load.get();
            if (loaded.isEmpty()) {
                return passing(Messages.get("limits.stored.missing"));
            }
            Assessment assessment = loaded.get();
            List<Problem> problems = AssessmentBounds.check(assessment);
            if (!problems.isEmpty()) {
                return new Outcome(null, null, problems.get(0).describe(), true);
            }
            return new Outcome(assessment, ScoreEngine.score(assessment), null, true);
        });
        try {
            return task.await(timeout);
        } catch (TimeoutException slow) {
            LOG.warning("Stored workbook " + id + " still scoring after " + timeout + "; shown as damaged");
            return passing(Messages.get("limits.stored.timeout", timeout.toSeconds()));
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof UserFacingException known) {
                return passing(known.getMessage());
            }
            LOG.log(Level.WARNING, "Stored workbook " + id + " cannot be read", failed.getCause());
            return passing(Messages.get("limits.stored.unreadable"));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return passing(Messages.get("limits.stored.unreadable"));
        }
    }

    /**
     * The problem that makes {@code assessment} unfit to open for editing, or empty: opening a workbook scores it,
     * which a value beyond the bounds would make endless.
     */
    public static Optional<String> damageOf(Assessment assessment) {
        List<Problem> problems = AssessmentBounds.check(assessment);
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0).describe());
    }

    /** Shown as damaged this time; checked again next time (see {@link Outcome#lasting()}). */
    private static Outcome passing(String reason) {
        return new Outcome(null, null, reason, false);
    }
}
