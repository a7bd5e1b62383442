package vn.cchc.workbook.domain.assessment;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.EarlierDepartment;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaBounds;

/**
 * Checks an assessment against {@link Limits}: every text's length, the number of departments, entries and
 * evidence documents, and every number's magnitude and decimals, including those of its criteria snapshot and of
 * the earlier period it is compared with. {@link AssessmentValidator} runs this first and computes nothing when it
 * finds a problem; a list of workbooks runs it before scoring one.
 */
public final class AssessmentBounds {

    private AssessmentBounds() {
    }

    /** Every bound problem of {@code assessment}; empty when each value is within its bounds. */
    public static List<Problem> check(Assessment assessment) {
        List<Problem> problems = new ArrayList<>(CriteriaBounds.check(assessment.criteria(), (node, problem) -> { }));
        Limits.checkText("", "limits.field.assessmentId", assessment.id(), Limits.ID_LENGTH, problems);
        problems.addAll(checkDescription(assessment.unit(), assessment.period(), assessment.year()));
        problems.addAll(checkRankText(assessment.rankText()));
        problems.addAll(checkDepartments(assessment.departments()));
        if (Limits.checkCount("", "limits.field.entries", assessment.entries().size(), Limits.MAX_NODES, problems)) {
            int evidence = 0;
            for (Entry entry : assessment.entries().values()) {
                problems.addAll(checkEntry(entry));
                evidence += entry.evidence().size();
            }
            Limits.checkCount("", "limits.field.evidenceTotal", evidence, Limits.MAX_EVIDENCE, problems);
        }
        if (assessment.earlierPeriod() != null) {
            checkEarlier(assessment.earlierPeriod(), problems);
        }
        return problems;
    }

    /** The bound problems of a unit, period and year (as read, or as typed in the workbook's description). */
    public static List<Problem> checkDescription(AssessedUnit unit, Period period, int year) {
        List<Problem> problems = new ArrayList<>();
        Limits.checkText("", "limits.field.unitName", unit.name(), Limits.NAME_LENGTH, problems);
        Limits.checkText("", "limits.field.parentAuthority", unit.parentAuthority(), Limits.NAME_LENGTH, problems);
        Limits.checkText("", "limits.field.placeName", unit.placeName(), Limits.NAME_LENGTH, problems);
        Limits.checkText("", "limits.field.periodText", period.text(), Limits.NAME_LENGTH, problems);
        Limits.checkYear("", year, false, problems);
        return problems;
    }

    /** The bound problem of a published rank as typed ("xếp thứ 4/18 xã, thị trấn"). */
    public static List<Problem> checkRankText(String rankText) {
        List<Problem> problems = new ArrayList<>();
        Limits.checkText("", "limits.field.rankText", rankText, Limits.NAME_LENGTH, problems);
        return problems;
    }

    /** The bound problems of a department list: how many, and each id and name. */
    public static List<Problem> checkDepartments(List<Department> departments) {
        List<Problem> problems = new ArrayList<>();
        if (Limits.checkCount("", "limits.field.departments", departments.size(), Limits.MAX_DEPARTMENTS, problems)) {
            for (Department department : departments) {
                Limits.checkText("", "limits.field.departmentId", department.id(), Limits.ID_LENGTH, problems);
                Limits.checkText("", "limits.field.departmentName", department.name(), Limits.NAME_LENGTH, problems);
                Limits.checkText("", "limits.field.departmentShortName", department.shortName(),
                        Limits.SHORT_NAME_LENGTH, problems);
            }
        }
        return problems;
    }

    /** The bound problems of one entry (an edit, or one entry of a file). */
    public static List<Problem> checkEntry(Entry entry) {
        List<Problem> problems = new ArrayList<>();
        String where = Limits.abbreviate(entry.code(), 40);
        Limits.checkText(where, "limits.field.entryCode", entry.code(), Limits.CODE_LENGTH, problems);
        checkInput(where, entry.self(), problems);
        checkInput(where, entry.firstAppraisal(), problems);
        checkInput(where, entry.secondAppraisal(), problems);
        Limits.checkText(where, "limits.field.selfExplanation", entry.selfExplanation(), Limits.LONG_TEXT_LENGTH,
                problems);
        Limits.checkText(where, "limits.field.appraisalOpinion", entry.appraisalOpinion(), Limits.LONG_TEXT_LENGTH,
                problems);
        if (Limits.checkCount(where, "limits.field.evidence", entry.evidence().size(), Limits.MAX_EVIDENCE_PER_ENTRY,
                problems)) {
            for (EvidenceDocument document : entry.evidence()) {
                Limits.checkText(where, "limits.field.documentNumber", document.number(), Limits.NAME_LENGTH,
                        problems);
                Limits.checkText(where, "limits.field.summary", document.summary(), Limits.SUMMARY_LENGTH, problems);
                Limits.checkText(where, "limits.field.file", document.filePath(), Limits.PATH_LENGTH, problems);
            }
        }
        if (Limits.checkCount(where, "limits.field.responsibilities", entry.responsibilities().size(),
                Limits.MAX_DEPARTMENTS, problems)) {
            for (Responsibility responsibility : entry.responsibilities()) {
                Limits.checkText(where, "limits.field.departmentId", responsibility.departmentId(), Limits.ID_LENGTH,
                        problems);
                Limits.checkDecimal(where, "limits.field.share", responsibility.points(), problems);
            }
        }
        Limits.checkText(where, "limits.field.remedy", entry.remedy().measure(), Limits.LONG_TEXT_LENGTH, problems);
        Limits.checkDecimal(where, "limits.field.target", entry.target(), problems);
        Limits.checkDecimal(where, "limits.field.expectedGain", entry.expectedGain(), problems);
        return problems;
    }

    private static void checkInput(String where, RuleInput input, List<Problem> problems) {
        switch (input) {
            case null -> {
                // Not scored.
            }
            case RuleInput.PointsInput points -> Limits.checkDecimal(where, "limits.field.points", points.points(),
                    problems);
            case RuleInput.RatioInput ratio -> {
                Limits.checkDecimal(where, "limits.field.ratioTotal", ratio.total(), problems);
                Limits.checkDecimal(where, "limits.field.ratioAchieved", ratio.achieved(), problems);
            }
            case RuleInput.ViolationCount count -> Limits.checkRange(where, "limits.field.violations", count.count(),
                    0, Limits.MAX_VIOLATIONS, problems);
            case RuleInput.ItemCount count -> Limits.checkRange(where, "limits.field.items", count.count(),
                    0, Limits.MAX_VIOLATIONS, problems);
            case RuleInput.LevelChoice level -> Limits.checkRange(where, "limits.field.level", level.index(), 0,
                    Limits.MAX_LEVELS - 1L, problems);
        }
    }

    private static void checkEarlier(EarlierPeriod earlier, List<Problem> problems) {
        String where = "";
        Limits.checkText(where, "limits.field.earlierId", earlier.assessmentId(), Limits.ID_LENGTH, problems);
        Limits.checkText(where, "limits.field.unitName", earlier.unitName(), Limits.NAME_LENGTH, problems);
        Limits.checkText(where, "limits.field.periodText", earlier.period().text(), Limits.NAME_LENGTH, problems);
        Limits.checkYear(where, earlier.year(), false, problems);
        Limits.checkText(where, "limits.field.setId", earlier.criteriaSetId(), Limits.ID_LENGTH, problems);
        Limits.checkText(where, "limits.field.rankText", earlier.rankText(), Limits.NAME_LENGTH, problems);
        Limits.checkFigure(where, "limits.field.earlierFigure", earlier.maximum(), problems);
        Limits.checkFigure(where, "limits.field.earlierFigure", earlier.applicableMaximum(), problems);
        Limits.checkFigure(where, "limits.field.earlierFigure", earlier.total(), problems);
        Limits.checkFigure(where, "limits.field.earlierFigure", earlier.index(), problems);
        if (Limits.checkCount(where, "limits.field.earlierNodes", earlier.nodes().size(), Limits.MAX_NODES,
                problems)) {
            for (EarlierNode node : earlier.nodes()) {
                String at = Limits.abbreviate(node.code(), 40);
                Limits.checkText(at, "limits.field.earlierCode", node.code(), Limits.CODE_LENGTH, problems);
                Limits.checkText(at, "limits.field.title", node.title(), Limits.LONG_TEXT_LENGTH, problems);
                Limits.checkRange(at, "limits.field.depth", node.depth(), 0, Limits.MAX_DEPTH, problems);
                Limits.checkFigure(at, "limits.field.earlierFigure", node.maximum(), problems);
                Limits.checkFigure(at, "limits.field.earlierFigure", node.points(), problems);
                Limits.checkFigure(at, "limits.field.earlierFigure", node.deduction(), problems);
                Limits.checkText(at, "limits.field.appraisalOpinion", node.opinion(), Limits.LONG_TEXT_LENGTH,
                        problems);
                Limits.checkText(at, "limits.field.rankText", node.rankText(), Limits.NAME_LENGTH, problems);
            }
        }
        // One line per department plus the unassigned points.
        if (Limits.checkCount(where, "limits.field.departments", earlier.departments().size(),
                Limits.MAX_DEPARTMENTS + 1, problems)) {
            for (EarlierDepartment department : earlier.departments()) {
                Limits.checkText(where, "limits.field.departmentName", department.name(), Limits.NAME_LENGTH,
                        problems);
                Limits.checkFigure(where, "limits.field.earlierFigure", department.responsible(), problems);
                Limits.checkFigure(where, "limits.field.earlierFigure", department.achieved(), problems);
                Limits.checkFigure(where, "limits.field.earlierFigure", department.deduction(), problems);
            }
        }
    }
}
