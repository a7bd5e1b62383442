package vn.cchc.workbook.domain.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * A department's part of a workbook: the CCHC officer sends each department (or officer) only the criteria it is
 * responsible for, and merges what comes back. A node belongs to a department when the department is among its
 * responsibilities (a node without its own inherits its parent's).
 *
 * <p>Merging is three-way, per criterion and field: the part as it was sent (origin), the part as it came back, and
 * the workbook now. A field the department changed is taken when the workbook still has the value that was sent; when
 * the workbook changed it too (another part, or the officer) to something else, that is a conflict, never a silent
 * overwrite. A change to a criterion outside the part, or to the workbook as a whole, is refused.
 */
public final class DepartmentParts {

    private static final int MAX_ID = 200;

    private DepartmentParts() {
    }

    /** The department named {@code nameOrId} (its id, or its name ignoring case). */
    public static Department department(Assessment assessment, String nameOrId) {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        for (Department department : assessment.departments()) {
            if (department.id().equals(wanted)
                    || department.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                return department;
            }
        }
        throw new UserFacingException("evidence.part.unknownDepartment", wanted,
                String.join("; ", assessment.departments().stream().map(Department::name).toList()));
    }

    /** The codes of the nodes {@code departmentId} is responsible for, in printed order. */
    public static List<String> codesOf(Assessment assessment, String departmentId) {
        List<String> codes = new ArrayList<>();
        Map<String, List<String>> effective = new LinkedHashMap<>();
        for (CriterionNode node : assessment.criteria().nodes()) {
            Entry entry = assessment.entries().get(node.code());
            List<String> own = entry == null ? List.of()
                    : entry.responsibilities().stream().map(Responsibility::departmentId).toList();
            List<String> departments = !own.isEmpty() ? own : assessment.criteria().parentOf(node.code())
                    .map(parent -> effective.getOrDefault(parent.code(), List.of())).orElse(List.of());
            effective.put(node.code(), departments);
            if (departments.contains(departmentId)) {
                codes.add(node.code());
            }
        }
        return codes;
    }

    /** The id of a department's part: the workbook's id and the department's, so parts never replace the workbook. */
    public static String partId(String assessmentId, String departmentId) {
        String id = assessmentId + "~" + departmentId;
        return id.length() > MAX_ID ? id.substring(0, MAX_ID) : id;
    }

    /**
     * The part for {@code department}: the whole criteria tree and department list (so figures compute), the
     * entries of its criteria only, under its own id.
     *
     * @throws UserFacingException when the department is responsible for no criterion
     */
    public static Assessment split(Assessment assessment, Department department) {
        List<String> codes = codesOf(assessment, department.id());
        if (codes.isEmpty()) {
            throw new UserFacingException("evidence.part.noCriteria", department.name());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String code : codes) {
            Entry entry = assessment.entries().get(code);
            if (entry != null) {
                entries.put(code, entry);
            }
        }
        return new Assessment(partId(assessment.id(), department.id()), assessment.unit(), assessment.period(),
                assessment.year(), assessment.criteria(), assessment.departments(), entries, assessment.locked(),
                assessment.rankText(), assessment.earlierPeriod());
    }

    /** A field both sides changed to different values. */
    public record Conflict(String code, String title, Field field, String workbook, String part) {
    }

    /**
     * What merging gives.
     *
     * @param merged    the workbook with the part's changes (meaningful only when {@link #canMerge()})
     * @param applied   the part's changes taken into the workbook
     * @param conflicts fields both sides changed differently
     * @param outside   changes the part made outside its criteria (refused)
     */
    public record MergeResult(Assessment merged, List<Change> applied, List<Conflict> conflicts,
                              List<Change> outside) {
        public boolean canMerge() {
            return conflicts.isEmpty() && outside.isEmpty();
        }
    }

    /** How to settle conflicts: not at all (list them), or take one side for every conflict. */
    public enum Resolution { NONE, PART, WORKBOOK }

    private record FieldAccess(Field field, Function<Entry, Object> get, BiFunction<Entry, Object, Entry> set) {
    }

    private static final List<FieldAccess> FIELDS = List.of(
            new FieldAccess(Field.NOT_APPLICABLE, Entry::notApplicable, (e, v) -> e.withNotApplicable((Boolean) v)),
            new FieldAccess(Field.SELF, Entry::self, (e, v) -> e.withSelf((RuleInput) v)),
            new FieldAccess(Field.FIRST_APPRAISAL, Entry::firstAppraisal,
                    (e, v) -> e.withFirstAppraisal((RuleInput) v)),
            new FieldAccess(Field.SECOND_APPRAISAL, Entry::secondAppraisal,
                    (e, v) -> e.withSecondAppraisal((RuleInput) v)),
            new FieldAccess(Field.EXPLANATION, Entry::selfExplanation, (e, v) -> e.withSelfExplanation((String) v)),
            new FieldAccess(Field.OPINION, Entry::appraisalOpinion, (e, v) -> e.withAppraisalOpinion((String) v)),
            new FieldAccess(Field.EVIDENCE, Entry::evidence, (e, v) -> e.withEvidence(cast(v))),
            new FieldAccess(Field.RESPONSIBILITIES, Entry::responsibilities,
                    (e, v) -> e.withResponsibilities(cast(v))),
            new FieldAccess(Field.REMEDY, Entry::remedy, (e, v) -> e.withRemedy((Remedy) v)),
            new FieldAccess(Field.TARGET, Entry::target, (e, v) -> e.withTarget((java.math.BigDecimal) v)),
            new FieldAccess(Field.EXPECTED_GAIN, Entry::expectedGain,
                    (e, v) -> e.withExpectedGain((java.math.BigDecimal) v)));

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object value) {
        return (List<T>) value;
    }

    /**
     * Merges a returned part into the workbook.
     *
     * @param codes      the criteria the part may change (from the part file)
     * @param resolution how conflicts are settled
     * @throws UserFacingException when the part does not belong to this workbook, or the workbook is locked
     */
    public static MergeResult merge(Assessment workbook, Assessment origin, Assessment part, List<String> codes,
                                    Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution");
        return merge(workbook, origin, part, codes, conflict -> resolution);
    }

    /**
     * Merges a returned part into the workbook, settling each conflict as {@code resolve} says (the window asks per
     * conflict: {@link Resolution#NONE} leaves it listed, and then nothing may be merged).
     *
     * @throws UserFacingException when the part does not belong to this workbook, or the workbook is locked
     */
    public static MergeResult merge(Assessment workbook, Assessment origin, Assessment part, List<String> codes,
                                    Function<Conflict, Resolution> resolve) {
        Objects.requireNonNull(resolve, "resolve");
        if (!origin.id().equals(part.id())) {
            throw new UserFacingException("evidence.part.originMismatch");
        }
        Set<String> allowed = new LinkedHashSet<>(codes);
        List<Change> outside = new ArrayList<>();
        Assessment originAsWorkbook = origin.withId(workbook.id());
        Assessment partAsWorkbook = part.withId(workbook.id());
        for (Change change : AssessmentChanges.betweenExceptRounds(originAsWorkbook, partAsWorkbook)) {
            if (change.code().isEmpty() || !allowed.contains(change.code())) {
                outside.add(change);
            }
        }
        List<Change> applied = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        Assessment merged = workbook;
        for (String code : allowed) {
            Entry sent = origin.entry(code);
            Entry returned = part.entry(code);
            if (sent.equals(returned)) {
                continue;
            }
            Entry now = merged.entry(code);
            Entry result = now;
            String title = workbook.criteria().find(code).map(CriterionNode::title).orElse("");
            for (FieldAccess access : FIELDS) {
                Object o = access.get().apply(sent);
                Object p = access.get().apply(returned);
                if (Objects.equals(o, p)) {
                    continue;
                }
                Object b = access.get().apply(now);
                if (Objects.equals(b, o) || Objects.equals(b, p)) {
                    result = access.set().apply(result, p);
                    continue;
                }
                Conflict conflict = new Conflict(code, title, access.field(), shown(workbook, code, access, now),
                        shown(workbook, code, access, returned));
                switch (Objects.requireNonNull(resolve.apply(conflict), "resolution")) {
                    case PART -> result = access.set().apply(result, p);
                    case WORKBOOK -> { }
                    case NONE -> conflicts.add(conflict);
                }
            }
            if (!result.equals(now)) {
                applied.addAll(AssessmentChanges.between(merged, merged.withEntry(result)));
                merged = merged.withEntry(result);
            }
        }
        return new MergeResult(merged, applied, conflicts, outside);
    }

    private static String shown(Assessment workbook, String code, FieldAccess access, Entry entry) {
        Assessment alone = workbook.withEntry(Entry.empty(code));
        List<Change> changes = AssessmentChanges.between(alone,
                alone.withEntry(access.set().apply(Entry.empty(code), access.get().apply(entry))));
        return changes.isEmpty() ? "" : String.join("; ", changes.stream().map(Change::after)
                .filter(text -> !text.isEmpty()).toList());
    }
}
