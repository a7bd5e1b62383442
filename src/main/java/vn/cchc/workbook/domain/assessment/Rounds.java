package vn.cchc.workbook.domain.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * The rounds of a workbook between the unit and its appraiser: whose copy this is, the steps recorded so far and the
 * deadlines of the province's plan. Immutable; {@link Assessment} applies it (the stage, the read-only rules).
 *
 * @param side      whose copy this is, or null while the workbook has not entered the rounds (kept at one desk:
 *                  every column may be typed, as before the rounds existed)
 * @param steps     the steps made, oldest first; each follows the one before by {@link Stage#next()}, with dates
 *                  that never go back (the first one follows the stage the workbook was at, see
 *                  {@link Assessment#stage()})
 * @param deadlines per step, the day it is due (typed from the province's plan)
 */
public record Rounds(Side side, List<RoundStep> steps, Map<Stage, LocalDate> deadlines) {

    /** A workbook outside the rounds: no side, no step, no deadline. */
    public static final Rounds NONE = new Rounds(null, List.of(), Map.of());

    /** Which part of an entry a side owns. */
    public enum Part {
        /** Self scores, explanations, evidence: the unit's. */
        SELF,
        /** Appraisal scores (both rounds) and opinions: the appraiser's. */
        APPRAISAL
    }

    public Rounds {
        steps = List.copyOf(steps == null ? List.of() : steps);
        Map<Stage, LocalDate> copy = new EnumMap<>(Stage.class);
        if (deadlines != null) {
            copy.putAll(deadlines);
        }
        deadlines = Collections.unmodifiableMap(copy);
        checkSteps(steps);
        for (Map.Entry<Stage, LocalDate> deadline : deadlines.entrySet()) {
            Objects.requireNonNull(deadline.getValue(), "deadline");
            if (deadline.getKey().actor() == null) {
                throw new InvalidInputException("rounds.deadline.noStep", Messages.get(deadline.getKey().messageKey()));
            }
            checkYear(deadline.getValue());
        }
    }

    private static void checkSteps(List<RoundStep> steps) {
        Stage at = null;
        LocalDate previous = null;
        for (RoundStep step : steps) {
            // The first step may follow a stage implied by a workbook from before the rounds (see Assessment#stage).
            if (at != null && !at.next().contains(step.stage())) {
                throw new InvalidInputException("rounds.step.notAllowed", Messages.get(step.stage().actionKey()),
                        Messages.get(at.messageKey()));
            }
            checkYear(step.date());
            if (previous != null && step.date().isBefore(previous)) {
                throw new InvalidInputException("rounds.step.dateBefore", VietnameseDates.format(step.date()),
                        VietnameseDates.format(previous));
            }
            at = step.stage();
            previous = step.date();
        }
    }

    private static void checkYear(LocalDate date) {
        if (date.getYear() < VietnameseDates.FIRST_YEAR || date.getYear() > VietnameseDates.LAST_YEAR) {
            throw new InvalidInputException("rounds.date.outOfRange", VietnameseDates.format(date),
                    VietnameseDates.FIRST_YEAR, VietnameseDates.LAST_YEAR);
        }
    }

    /** The stage the last recorded step reached, or empty when no step was recorded. */
    public Optional<Stage> recordedStage() {
        return last().map(RoundStep::stage);
    }

    /** The last recorded step. */
    public Optional<RoundStep> last() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The step that reached {@code stage}, if it was recorded. */
    public Optional<RoundStep> step(Stage stage) {
        return steps.stream().filter(s -> s.stage() == stage).findFirst();
    }

    public Optional<LocalDate> deadline(Stage stage) {
        return Optional.ofNullable(deadlines.get(stage));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public Rounds withSide(Side value) {
        return new Rounds(value, steps, deadlines);
    }

    /** With {@code deadline} for {@code stage}'s step; null removes it. */
    public Rounds withDeadline(Stage stage, LocalDate deadline) {
        Map<Stage, LocalDate> copy = new EnumMap<>(Stage.class);
        copy.putAll(deadlines);
        if (deadline == null) {
            copy.remove(stage);
        } else {
            copy.put(stage, deadline);
        }
        return new Rounds(side, steps, copy);
    }

    /**
     * These rounds as received by a copy whose side is {@code localSide} (null when this computer has no copy, or
     * one outside the rounds): a local side is kept; otherwise the receiver is the other side of whoever made the
     * last step (the appraiser receives what the unit sent), and a file with no step keeps the side it was saved with.
     */
    public Rounds receivedBy(Side localSide) {
        Side receiver = localSide != null ? localSide : last().map(step -> step.side().other()).orElse(side);
        return withSide(receiver);
    }

    /** With {@code step} appended (checked by the constructor); a copy outside the rounds becomes the actor's. */
    Rounds withStep(RoundStep step) {
        List<RoundStep> copy = new ArrayList<>(steps);
        copy.add(step);
        return new Rounds(side == null ? step.side() : side, copy, deadlines);
    }

    /** Whether a "chốt" step is recorded: the result is fixed, and nothing may change or unlock it. */
    public boolean closed() {
        return recordedStage().orElse(null) == Stage.CLOSED;
    }

    /**
     * Why this copy may not change {@code part}, as a message key, or empty when it may: the appraiser's copy keeps
     * the self part read-only, the unit's copy the appraisal part, and a result fixed by a recorded "chốt" step keeps
     * everything read-only.
     */
    public Optional<String> readOnly(Part part) {
        if (closed()) {
            return Optional.of("rounds.readOnly.closed");
        }
        if (side == Side.APPRAISER && part == Part.SELF) {
            return Optional.of("rounds.readOnly.self");
        }
        if (side == Side.UNIT && part == Part.APPRAISAL) {
            return Optional.of("rounds.readOnly.appraisal");
        }
        return Optional.empty();
    }

    /**
     * Refuses an edit from {@code before} to {@code after} that changes a part this copy may not change, naming the
     * criterion.
     *
     * @throws InvalidInputException when it does (nothing changes)
     */
    void checkEdit(Entry before, Entry after) {
        boolean selfChanged = !Objects.equals(before.self(), after.self())
                || !before.selfExplanation().equals(after.selfExplanation())
                || !before.evidence().equals(after.evidence());
        boolean appraisalChanged = !Objects.equals(before.firstAppraisal(), after.firstAppraisal())
                || !Objects.equals(before.secondAppraisal(), after.secondAppraisal())
                || !before.appraisalOpinion().equals(after.appraisalOpinion());
        Optional<String> closed = readOnly(Part.SELF).filter("rounds.readOnly.closed"::equals);
        if (closed.isPresent() && !before.equals(after)) {
            throw new InvalidInputException(closed.get() + ".entry", after.code());
        }
        if (selfChanged) {
            readOnly(Part.SELF).ifPresent(key -> {
                throw new InvalidInputException(key + ".entry", after.code());
            });
        }
        if (appraisalChanged) {
            readOnly(Part.APPRAISAL).ifPresent(key -> {
                throw new InvalidInputException(key + ".entry", after.code());
            });
        }
    }

    /** How near a step's deadline is, counted in whole days from {@code today}. */
    public record Due(Stage step, LocalDate deadline, long daysLeft) {

        public static Due of(Stage step, LocalDate deadline, LocalDate today) {
            return new Due(step, deadline, ChronoUnit.DAYS.between(today, deadline));
        }

        /** The same step and deadline counted from another day (a list kept from an earlier day). */
        public Due on(LocalDate today) {
            return of(step, deadline, today);
        }

        public boolean overdue() {
            return daysLeft < 0;
        }

        /** "còn 5 ngày", "hạn hôm nay", "quá hạn 2 ngày". */
        public String text() {
            if (daysLeft > 0) {
                return Messages.get("rounds.due.left", daysLeft);
            }
            return daysLeft == 0 ? Messages.get("rounds.due.today") : Messages.get("rounds.due.over", -daysLeft);
        }

        /** "Gửi thẩm định: hạn 10/12/2026, còn 4 ngày". */
        public String describe() {
            return Messages.get("rounds.due.line", Messages.get(step.actionKey()), VietnameseDates.format(deadline),
                    text());
        }
    }
}
