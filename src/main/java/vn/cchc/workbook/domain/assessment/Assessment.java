package vn.cchc.workbook.domain.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * One unit's scoring for one period against its own snapshot of a criteria set. Immutable: every edit returns a
 * new assessment and is checked first, so an invalid value is refused with a message and never stored.
 *
 * @param entries only the nodes something was recorded for, keyed by code; see {@link #entry(String)}
 * @param locked  chốt điểm: the appraisal is final and nothing may be edited until the lock is lifted on purpose
 * @param rankText      the rank the unit published for this period, as typed ("xếp thứ 4/18 xã, thị trấn"); may be
 *                      blank. Ranks are decided by the province after the appraisal, so it can be set when locked.
 * @param earlierPeriod the baseline this assessment is compared with (an earlier period of the same unit, kept inside
 *                      so it travels with the .cchc file), or null when none is linked
 * @param published     the total and index the province announced, beside the computed ones; like the rank, it can
 *                      be recorded when locked
 * @param documents     the user's edits to the drafted documents (letter, report, plan), kept for the next export;
 *                      allowed when locked, since wording changes no score
 * @param rounds        whose copy this is in the rounds with the appraiser, the steps made and their deadlines
 */
public record Assessment(
        String id,
        AssessedUnit unit,
        Period period,
        int year,
        CriteriaSet criteria,
        List<Department> departments,
        Map<String, Entry> entries,
        boolean locked,
        String rankText,
        EarlierPeriod earlierPeriod,
        PublishedResult published,
        DocumentEdits documents,
        Rounds rounds) {

    public Assessment {
        published = published == null ? PublishedResult.NONE : published;
        Objects.requireNonNull(id, "id");
        rankText = rankText == null ? "" : rankText.strip();
        documents = documents == null ? DocumentEdits.NONE : documents;
        rounds = rounds == null ? Rounds.NONE : rounds;
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(criteria, "criteria");
        departments = List.copyOf(departments);
        Map<String, Entry> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!e.getValue().isEmpty()) {
                copy.put(e.getKey(), e.getValue());
            }
        }
        entries = Collections.unmodifiableMap(copy);
    }

    /** An assessment outside the rounds (no side, step or deadline). */
    public Assessment(String id, AssessedUnit unit, Period period, int year, CriteriaSet criteria,
                      List<Department> departments, Map<String, Entry> entries, boolean locked, String rankText,
                      EarlierPeriod earlierPeriod, PublishedResult published, DocumentEdits documents) {
        this(id, unit, period, year, criteria, departments, entries, locked, rankText, earlierPeriod, published,
                documents, Rounds.NONE);
    }

    /** An assessment without a published total and index, and without edited documents. */
    public Assessment(String id, AssessedUnit unit, Period period, int year, CriteriaSet criteria,
                      List<Department> departments, Map<String, Entry> entries, boolean locked, String rankText,
                      EarlierPeriod earlierPeriod) {
        this(id, unit, period, year, criteria, departments, entries, locked, rankText, earlierPeriod,
                PublishedResult.NONE, DocumentEdits.NONE, Rounds.NONE);
    }

    /** An assessment without a published rank and without a linked earlier period. */
    public Assessment(String id, AssessedUnit unit, Period period, int year, CriteriaSet criteria,
                      List<Department> departments, Map<String, Entry> entries, boolean locked) {
        this(id, unit, period, year, criteria, departments, entries, locked, "", null);
    }

    /** Whether an earlier period is linked as the baseline of comparison. */
    public Optional<EarlierPeriod> earlier() {
        return Optional.ofNullable(earlierPeriod);
    }

    /** The assessment with its published rank ("xếp thứ 4/18 xã, thị trấn"); allowed when locked. */
    public Assessment withRankText(String value) {
        requireWithinLimits(AssessmentBounds.checkRankText(value));
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, value, earlierPeriod,
                published, documents, rounds);
    }

    /** The assessment with the user's document edits; allowed when locked (wording changes no score). */
    public Assessment withDocuments(DocumentEdits value) {
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, rankText, earlierPeriod,
                published, value, rounds);
    }

    /** The assessment with the total and index the province announced; allowed when locked. */
    public Assessment withPublished(PublishedResult value) {
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, rankText, earlierPeriod,
                value, documents, rounds);
    }

    /**
     * The assessment compared with {@code value} (null unlinks it). Allowed when locked: linking a baseline changes
     * no score. Use {@link EarlierPeriod#link} to check that the earlier period really is earlier and the same unit.
     */
    public Assessment withEarlierPeriod(EarlierPeriod value) {
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, rankText, value,
                published, documents, rounds);
    }

    /**
     * Starts an assessment of {@code unit} against {@code criteria}. The set must be free of errors. Each node's
     * default department (by name) becomes its responsible department, added to the list when not there yet.
     */
    public static Assessment start(AssessedUnit unit, Period period, int year, CriteriaSet criteria,
                                   List<Department> departments) {
        List<Problem> problems = CriteriaValidator.validate(criteria);
        problems.stream().filter(Problem::isError).findFirst().ifPresent(problem -> {
            throw new InvalidInputException("domain.assessment.criteriaInvalid", problem.describe());
        });
        if (unit.name().isEmpty()) {
            throw new InvalidInputException("domain.assessment.unitMissing");
        }
        requireWithinLimits(AssessmentBounds.checkDescription(unit, period, year));
        List<Department> list = new ArrayList<>(departments);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CriterionNode node : criteria.nodes()) {
            if (node.defaultDepartment().isEmpty()) {
                continue;
            }
            // "Công an xã" of a commune set is "Công an phường" in a ward (UnitKind.ownWording).
            String name = unit.kind().ownWording(node.defaultDepartment());
            Department department = findByName(list, name).orElseGet(() -> {
                Department added = Department.named(name);
                list.add(added);
                return added;
            });
            entries.put(node.code(), Entry.empty(node.code())
                    .withResponsibilities(List.of(Responsibility.whole(department.id()))));
        }
        Assessment assessment = new Assessment(UUID.randomUUID().toString(), unit, period, year, criteria, list,
                entries, false);
        requireWithinLimits(AssessmentBounds.checkDepartments(list));
        assessment.checkDepartments(list);
        return assessment;
    }

    /** What was recorded for {@code code}; an empty entry when nothing was. */
    public Entry entry(String code) {
        Entry entry = entries.get(code);
        return entry != null ? entry : Entry.empty(code);
    }

    public Optional<Department> department(String departmentId) {
        return departments.stream().filter(d -> d.id().equals(departmentId)).findFirst();
    }

    /**
     * The assessment with {@code entry} recorded.
     *
     * @throws InvalidInputException when the assessment is locked or the entry is invalid (nothing changes)
     */
    public Assessment withEntry(Entry entry) {
        requireUnlocked();
        rounds.checkEdit(entry(entry.code()), entry);
        List<Problem> problems = AssessmentValidator.checkEntry(this, entry);
        problems.stream().filter(Problem::isError).findFirst().ifPresent(problem -> {
            throw new InvalidInputException(problem.messageKey(), problem.args());
        });
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(entry.code(), entry);
        return new Assessment(id, unit, period, year, criteria, departments, copy, locked, rankText, earlierPeriod,
                published, documents, rounds);
    }

    /**
     * The assessment with a new department list (added, renamed, reordered or removed).
     *
     * @throws InvalidInputException for blank or repeated names, or when a removed department is still assigned
     */
    /** How many criteria a refused removal names before "…". */
    private static final int NAMED_CODES = 5;

    public Assessment withDepartments(List<Department> newDepartments) {
        requireUnlocked();
        requireWithinLimits(AssessmentBounds.checkDepartments(newDepartments));
        checkDepartments(newDepartments);
        Set<String> kept = new HashSet<>();
        newDepartments.forEach(d -> kept.add(d.id()));
        for (Department old : departments) {
            if (!kept.contains(old.id())) {
                // Every criterion it still has, counted, the first few named: "tiêu chí 1.1.1" alone left a clerk
                // reassigning thirty criteria to find them one refusal at a time.
                List<String> codes = new ArrayList<>();
                for (CriterionNode node : criteria.nodes()) {
                    Entry e = entries.get(node.code());
                    if (e != null && e.responsibilities().stream().anyMatch(r -> r.departmentId().equals(old.id()))) {
                        codes.add(node.code());
                    }
                }
                if (!codes.isEmpty()) {
                    String named = String.join(", ", codes.subList(0, Math.min(codes.size(), NAMED_CODES)))
                            + (codes.size() > NAMED_CODES ? ", …" : "");
                    throw new InvalidInputException("domain.department.inUse", old.name(), codes.size(), named);
                }
            }
        }
        return new Assessment(id, unit, period, year, criteria, newDepartments, entries, locked, rankText,
                earlierPeriod, published, documents, rounds);
    }

    /**
     * The assessment locked or unlocked (chốt điểm by hand).
     *
     * @throws InvalidInputException when unlocking a result fixed by a recorded "chốt" step
     */
    public Assessment withLocked(boolean value) {
        if (!value && rounds.closed()) {
            throw new InvalidInputException("rounds.unlock.closed");
        }
        return new Assessment(id, unit, period, year, criteria, departments, entries, value, rankText, earlierPeriod,
                published, documents, rounds);
    }

    /**
     * Where the workbook stands in the rounds: the stage of the last recorded step; without one (a workbook from
     * before the rounds, or not sent yet), the stage its filled fields imply: locked → chốt, any second appraisal →
     * thẩm định lần 2, any first appraisal → thẩm định lần 1, otherwise tự đánh giá.
     */
    public Stage stage() {
        return rounds.recordedStage().orElseGet(this::impliedStage);
    }

    /**
     * Whether an appraisal entered now belongs to the second round: the unit has sent its explanations (or the second
     * result is out), so the score typed in the grid's "Thẩm định" column answers them, and the first result, which
     * the unit has received, stays as it was sent.
     */
    public boolean secondRoundOpen() {
        Stage at = stage();
        return at == Stage.EXPLANATION || at == Stage.SECOND_APPRAISAL;
    }

    private Stage impliedStage() {
        if (locked) {
            return Stage.CLOSED;
        }
        if (entries.values().stream().anyMatch(e -> e.secondAppraisal() != null)) {
            return Stage.SECOND_APPRAISAL;
        }
        if (entries.values().stream().anyMatch(e -> e.firstAppraisal() != null)) {
            return Stage.FIRST_APPRAISAL;
        }
        return Stage.SELF_ASSESSMENT;
    }

    /**
     * The assessment with {@code step} recorded: it must be one {@link Stage#next()} allows from {@link #stage()} (or,
     * with no step recorded yet, the appraisal the fields imply, see {@link #allowedSteps()}),
     * made by this copy's side (a copy outside the rounds becomes the step's side), not dated before the last step.
     * "Chốt" also locks the workbook.
     *
     * @throws InvalidInputException when the step is not allowed here (nothing changes)
     */
    public Assessment withStep(RoundStep step) {
        Stage at = stage();
        if (!possibleSteps().contains(step.stage())) {
            throw new InvalidInputException("rounds.step.notAllowed",
                    vn.cchc.workbook.domain.text.Messages.get(step.stage().actionKey()),
                    vn.cchc.workbook.domain.text.Messages.get(at.messageKey()));
        }
        if (rounds.side() != null && rounds.side() != step.side()) {
            throw new InvalidInputException("rounds.step.otherSide",
                    vn.cchc.workbook.domain.text.Messages.get(step.stage().actionKey()),
                    vn.cchc.workbook.domain.text.Messages.get(rounds.side().messageKey()));
        }
        Rounds recorded = rounds.withStep(step);
        return new Assessment(id, unit, period, year, criteria, departments, entries,
                locked || step.stage() == Stage.CLOSED, rankText, earlierPeriod, published, documents, recorded);
    }

    /**
     * The steps this copy can make now: those {@link Stage#next()} allows from {@link #stage()} that are this side's
     * to make (either side's while the copy is outside the rounds). The usual next step comes first.
     */
    public List<Stage> allowedSteps() {
        return possibleSteps().stream()
                .filter(step -> rounds.side() == null || rounds.side() == step.actor())
                .toList();
    }

    /**
     * The steps that can follow {@link #stage()}. With no step recorded, an appraisal the fields imply has not been
     * sent yet: a Sở officer who typed appraised scores into a commune's file received by email must still be able to
     * send the result ("Gửi kết quả thẩm định"), the usual next step, before the explanations or the fixing.
     */
    private List<Stage> possibleSteps() {
        Stage at = stage();
        if (rounds.recordedStage().isEmpty()
                && (at == Stage.FIRST_APPRAISAL || at == Stage.SECOND_APPRAISAL)) {
            List<Stage> steps = new ArrayList<>();
            steps.add(at);
            steps.addAll(at.next());
            return List.copyOf(steps);
        }
        return at.next();
    }

    /** The assessment with other rounds data (side, deadlines); the steps are recorded with {@link #withStep}. */
    public Assessment withRounds(Rounds value) {
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, rankText, earlierPeriod,
                published, documents, value);
    }

    /** How near the deadline of the next step is, if the plan gives one: "còn 5 ngày". */
    public Optional<Rounds.Due> due(java.time.LocalDate today) {
        return possibleSteps().stream().findFirst().flatMap(next -> rounds.deadline(next)
                .map(deadline -> Rounds.Due.of(next, deadline, today)));
    }

    public Assessment withDescription(AssessedUnit newUnit, Period newPeriod, int newYear) {
        requireUnlocked();
        if (newUnit.name().isEmpty()) {
            throw new InvalidInputException("domain.assessment.unitMissing");
        }
        requireWithinLimits(AssessmentBounds.checkDescription(newUnit, newPeriod, newYear));
        return new Assessment(id, newUnit, newPeriod, newYear, criteria, departments, entries, locked,
                rankText, earlierPeriod, published, documents, rounds);
    }

    /** The same content under a new id: "keep both" when a file's assessment is already in the store. */
    public Assessment withId(String newId) {
        return new Assessment(newId, unit, period, year, criteria, departments, entries, locked, rankText,
                earlierPeriod, published, documents, rounds);
    }

    /** Refuses a value beyond {@link vn.cchc.workbook.domain.Limits} with the first problem's message. */
    private static void requireWithinLimits(List<Problem> problems) {
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            throw new InvalidInputException(first.messageKey(), first.args());
        }
    }

    private void requireUnlocked() {
        if (locked) {
            throw new InvalidInputException("domain.assessment.locked");
        }
    }

    private void checkDepartments(List<Department> list) {
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Department department : list) {
            if (department.name().isEmpty()) {
                throw new InvalidInputException("domain.department.nameMissing");
            }
            if (!names.add(department.name().toLowerCase(Locale.ROOT)) || !ids.add(department.id())) {
                throw new InvalidInputException("domain.department.duplicate", department.name());
            }
        }
    }

    private static Optional<Department> findByName(List<Department> list, String name) {
        return list.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
