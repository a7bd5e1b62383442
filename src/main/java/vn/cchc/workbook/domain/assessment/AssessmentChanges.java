package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * What changed between two copies of the same workbook, per criterion and field: what the other side changed since
 * the copy this program sent (the rounds), or what a department's part changed (merging). Evidence is compared as
 * documents (number, date, summary and the file's hash), so a document added and one removed are told apart. The
 * rounds are compared step by step (a step recorded, dropped, or recorded with another date or person) and deadline
 * by deadline, so a returned file that only records "Gửi kết quả thẩm định" is not "no change"; whose copy it is
 * ({@link Rounds#side()}) is not compared, since each side's file carries its own and opening a file keeps the local
 * side.
 */
public final class AssessmentChanges {

    /** The fields a change can be in, in the order a criterion's changes are listed. */
    public enum Field {
        NOT_APPLICABLE, SELF, FIRST_APPRAISAL, SECOND_APPRAISAL, EXPLANATION, OPINION, EVIDENCE_ADDED,
        EVIDENCE_REMOVED, EVIDENCE, RESPONSIBILITIES, REMEDY, TARGET, EXPECTED_GAIN, LOCKED, ROUND_STEP,
        ROUND_DEADLINE, UNIT, DEPARTMENTS, CRITERIA;

        /** The message key of the field's name ("Điểm tự đánh giá", …). */
        public String messageKey() {
            return "evidence.diff.field." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    /** The kind of a change: a value where there was none, a value cleared, or one value for another. */
    public enum Kind {
        ADDED, REMOVED, CHANGED;

        /** The message key of the kind's name ("Thêm", "Bỏ", "Sửa"). */
        public String messageKey() {
            return "exchange.kind." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One change.
     *
     * @param code      the criterion's code; "" for the workbook as a whole
     * @param before    the old value as the user reads it ("" when empty)
     * @param after     the new value
     * @param shownCode the criterion's code as printed ({@code CriterionNode#shownCode}); "" for the workbook
     */
    public record Change(String code, String title, Field field, String before, String after, String shownCode) {

        /** A change of a criterion whose code is printed as it is, or of the workbook as a whole. */
        public Change(String code, String title, Field field, String before, String after) {
            this(code, title, field, before, after, code);
        }

        public Change {
            Objects.requireNonNull(code, "code");
            shownCode = shownCode == null || shownCode.isEmpty() ? code : shownCode;
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(field, "field");
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }

        /** Whether something was filled in, cleared, or changed from one value to another. */
        public Kind kind() {
            return before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
        }

        /** The criterion's code, or "Toàn sổ" for a change to the workbook as a whole (the rounds, the lock…). */
        public String where() {
            return code.isEmpty() ? Messages.get("evidence.diff.workbook") : shownCode;
        }

        /** "1.1 Tiêu chí …: Điểm thẩm định lần 1: – → 3" (one line, as the command line prints it). */
        public String describe() {
            String where = code.isEmpty() ? where() : shownCode + " " + title;
            return Messages.get("evidence.diff.line", where, Messages.get(field.messageKey()), shown(before),
                    shown(after));
        }

        private static String shown(String value) {
            return value.isEmpty() ? "–" : value.replace('\n', ' ');
        }
    }

    private AssessmentChanges() {
    }

    /**
     * Every change from {@code before} to {@code after}: the workbook as a whole first (criteria set, unit,
     * departments, lock, then the rounds' steps and deadlines in the order of the stages), then the criteria in
     * printed order.
     *
     * @throws UserFacingException when the two are not copies of the same workbook
     */
    public static List<Change> between(Assessment before, Assessment after) {
        List<Change> changes = new ArrayList<>();
        workbookChanges(before, after, changes);
        changes.addAll(roundsBetween(before.rounds(), after.rounds()));
        entriesChanges(before, after, changes);
        return changes;
    }

    /**
     * Every change from {@code before} to {@code after} except the rounds': what a department's part changed. A
     * part never takes the workbook's steps or deadlines (its merge takes its criteria only), so a step its copy
     * recorded is neither taken nor a reason to refuse the part.
     *
     * @throws UserFacingException when the two are not copies of the same workbook
     */
    public static List<Change> betweenExceptRounds(Assessment before, Assessment after) {
        List<Change> changes = new ArrayList<>();
        workbookChanges(before, after, changes);
        entriesChanges(before, after, changes);
        return changes;
    }

    /**
     * The rounds' changes: per stage, a step recorded, dropped or recorded otherwise (date, person, organisation),
     * then per stage a deadline set, removed or moved. Both in the order of the stages; the side is not compared.
     */
    public static List<Change> roundsBetween(Rounds before, Rounds after) {
        List<Change> changes = new ArrayList<>();
        for (Stage stage : Stage.steps()) {
            add(changes, "", "", Field.ROUND_STEP, before.step(stage).map(AssessmentChanges::stepText).orElse(""),
                    after.step(stage).map(AssessmentChanges::stepText).orElse(""));
        }
        for (Stage stage : Stage.steps()) {
            add(changes, "", "", Field.ROUND_DEADLINE,
                    before.deadline(stage).map(date -> deadlineText(stage, date)).orElse(""),
                    after.deadline(stage).map(date -> deadlineText(stage, date)).orElse(""));
        }
        return changes;
    }

    private static void workbookChanges(Assessment before, Assessment after, List<Change> changes) {
        if (!before.id().equals(after.id())) {
            throw new UserFacingException("evidence.diff.notSameWorkbook", before.unit().name(), after.unit().name());
        }
        if (!before.criteria().equals(after.criteria())) {
            changes.add(new Change("", "", Field.CRITERIA, before.criteria().name(), after.criteria().name()));
        }
        if (!before.unit().equals(after.unit()) || !before.period().equals(after.period())
                || before.year() != after.year()) {
            changes.add(new Change("", "", Field.UNIT, unitText(before), unitText(after)));
        }
        if (!before.departments().equals(after.departments())) {
            changes.add(new Change("", "", Field.DEPARTMENTS, departmentsText(before), departmentsText(after)));
        }
        if (before.locked() != after.locked()) {
            changes.add(new Change("", "", Field.LOCKED, yesNo(before.locked()), yesNo(after.locked())));
        }
    }

    private static void entriesChanges(Assessment before, Assessment after, List<Change> changes) {
        Set<String> codes = new LinkedHashSet<>();
        for (CriterionNode node : after.criteria().nodes()) {
            codes.add(node.code());
        }
        codes.addAll(before.entries().keySet());
        codes.addAll(after.entries().keySet());
        for (String code : codes) {
            Entry old = before.entry(code);
            Entry now = after.entry(code);
            if (!old.equals(now)) {
                entryChanges(after.criteria().find(code).or(() -> before.criteria().find(code)).orElse(null), old,
                        now, changes);
            }
        }
    }

    private static void entryChanges(CriterionNode node, Entry old, Entry now, List<Change> into) {
        List<Change> out = new ArrayList<>();
        String code = now.code();
        String title = node == null ? "" : node.title();
        add(out, code, title, Field.NOT_APPLICABLE, yesNo(old.notApplicable()), yesNo(now.notApplicable()));
        add(out, code, title, Field.SELF, input(node, old.self()), input(node, now.self()));
        add(out, code, title, Field.FIRST_APPRAISAL, input(node, old.firstAppraisal()),
                input(node, now.firstAppraisal()));
        add(out, code, title, Field.SECOND_APPRAISAL, input(node, old.secondAppraisal()),
                input(node, now.secondAppraisal()));
        add(out, code, title, Field.EXPLANATION, old.selfExplanation(), now.selfExplanation());
        add(out, code, title, Field.OPINION, old.appraisalOpinion(), now.appraisalOpinion());
        List<EvidenceDocument> removed = new ArrayList<>(old.evidence());
        List<EvidenceDocument> added = new ArrayList<>();
        for (EvidenceDocument document : now.evidence()) {
            if (!removed.remove(document)) {
                added.add(document);
            }
        }
        for (EvidenceDocument document : added) {
            out.add(new Change(code, title, Field.EVIDENCE_ADDED, "", evidenceText(document)));
        }
        for (EvidenceDocument document : removed) {
            out.add(new Change(code, title, Field.EVIDENCE_REMOVED, evidenceText(document), ""));
        }
        if (!old.responsibilities().equals(now.responsibilities())) {
            out.add(new Change(code, title, Field.RESPONSIBILITIES, responsibilitiesText(old),
                    responsibilitiesText(now)));
        }
        if (!old.remedy().equals(now.remedy())) {
            out.add(new Change(code, title, Field.REMEDY, remedyText(old.remedy()), remedyText(now.remedy())));
        }
        add(out, code, title, Field.TARGET, decimal(old.target()), decimal(now.target()));
        add(out, code, title, Field.EXPECTED_GAIN, decimal(old.expectedGain()), decimal(now.expectedGain()));
        String shown = node == null ? code : node.shownCode();
        for (Change change : out) {
            into.add(new Change(change.code(), change.title(), change.field(), change.before(), change.after(), shown));
        }
    }

    private static void add(List<Change> out, String code, String title, Field field, String before, String after) {
        if (!before.equals(after)) {
            out.add(new Change(code, title, field, before, after));
        }
    }

    /** The input as typed, with the points it gives when that is not the input itself. */
    static String input(CriterionNode node, RuleInput input) {
        if (input == null) {
            return "";
        }
        String typed = switch (input) {
            case RuleInput.PointsInput p -> Points.formatShort(p.points());
            case RuleInput.RatioInput r -> Points.formatShort(r.achieved()) + "/" + Points.formatShort(r.total());
            case RuleInput.ViolationCount c -> Messages.get("evidence.diff.violations", c.count());
            case RuleInput.ItemCount c -> Messages.get("evidence.diff.items", c.count());
            case RuleInput.LevelChoice l -> Messages.get("evidence.diff.level", l.index() + 1);
        };
        if (input instanceof RuleInput.PointsInput || node == null || !node.isLeaf()) {
            return typed;
        }
        try {
            BigDecimal points = node.rule().points(node.maxPoints(), input);
            return Messages.get("evidence.diff.inputPoints", typed, Points.formatShort(points));
        } catch (RuntimeException refused) {
            return typed;
        }
    }

    static String evidenceText(EvidenceDocument document) {
        List<String> parts = new ArrayList<>();
        if (!document.number().isEmpty()) {
            parts.add(document.number());
        }
        if (document.date() != null) {
            parts.add(Messages.get("evidence.diff.date", document.date()));
        }
        if (!document.summary().isEmpty()) {
            parts.add(document.summary());
        }
        if (document.file() != null) {
            parts.add("[" + document.file().name() + "]");
        } else if (!document.filePath().isEmpty()) {
            parts.add("[" + document.filePath() + "]");
        }
        return String.join(" ", parts);
    }

    /** "Gửi kết quả thẩm định, ngày 15/10/2026, Trần Văn Nam (Sở Nội vụ)". */
    static String stepText(RoundStep step) {
        String action = Messages.get(step.stage().actionKey());
        return step.who().isEmpty() ? Messages.get("evidence.diff.step", action, step.date())
                : Messages.get("evidence.diff.stepWho", action, step.date(), step.who());
    }

    /** "Gửi giải trình: hạn 25/10/2026". */
    static String deadlineText(Stage stage, LocalDate date) {
        return Messages.get("evidence.diff.deadline", Messages.get(stage.actionKey()), date);
    }

    private static String responsibilitiesText(Entry entry) {
        List<String> parts = new ArrayList<>();
        for (Responsibility r : entry.responsibilities()) {
            parts.add(r.points() == null ? r.departmentId() : r.departmentId() + " " + Points.formatShort(r.points()));
        }
        return String.join(", ", parts);
    }

    private static String remedyText(Remedy remedy) {
        if (remedy.isEmpty()) {
            return "";
        }
        String deadline = remedy.deadline() == null ? "" : " (" + Messages.get("evidence.diff.date", remedy.deadline())
                + ")";
        return remedy.measure() + deadline + " – " + Messages.get(remedy.status().messageKey());
    }

    private static String unitText(Assessment a) {
        return a.unit().name() + ", " + a.period().label() + " " + a.year();
    }

    private static String departmentsText(Assessment a) {
        return String.join(", ", a.departments().stream().map(Department::name).toList());
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : Points.formatShort(value);
    }

    private static String yesNo(boolean value) {
        return Messages.get(value ? "evidence.diff.yes" : "evidence.diff.no");
    }
}
