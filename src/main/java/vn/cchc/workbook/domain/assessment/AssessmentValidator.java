package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceNames;

/**
 * Checks an assessment as a whole (after reading it from a file) or one entry (before an edit is stored),
 * naming the criterion and the problem.
 */
public final class AssessmentValidator {

    private AssessmentValidator() {
    }

    /** Every problem of {@code assessment}: its criteria snapshot, its departments and each entry. */
    public static List<Problem> validate(Assessment assessment) {
        // Bounds first: the checks below compute with the numbers, which an unbounded one would make endless.
        List<Problem> bounds = AssessmentBounds.check(assessment);
        if (!bounds.isEmpty()) {
            return bounds;
        }
        List<Problem> problems = new ArrayList<>(CriteriaValidator.validate(assessment.criteria()));
        if (assessment.unit().name().isEmpty()) {
            problems.add(Problem.error("", "domain.assessment.unitMissing"));
        }
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Department department : assessment.departments()) {
            if (department.name().isEmpty()) {
                problems.add(Problem.error("", "domain.department.nameMissing"));
            } else if (!names.add(department.name().toLowerCase(java.util.Locale.ROOT)) || !ids.add(department.id())) {
                problems.add(Problem.error("", "domain.department.duplicate", department.name()));
            }
        }
        for (Entry entry : assessment.entries().values()) {
            problems.addAll(checkEntry(assessment, entry));
        }
        checkEvidenceTotals(assessment, problems);
        return problems;
    }

    /**
     * The bounds on the workbook's evidence as a whole ({@link EvidenceLimits}): distinct files (by hash) and their
     * total size. The same hash must describe the same size and type wherever it is cited.
     */
    private static void checkEvidenceTotals(Assessment assessment, List<Problem> problems) {
        Map<String, EvidenceFile> distinct = new HashMap<>();
        for (Entry entry : assessment.entries().values()) {
            for (EvidenceDocument document : entry.evidence()) {
                EvidenceFile file = document.file();
                EvidenceFile seen = file == null ? null : distinct.putIfAbsent(file.sha256(), file);
                if (seen != null && (seen.size() != file.size() || seen.type() != file.type())) {
                    problems.add(Problem.error(entry.code(), "evidence.rule.sameHashDiffers", file.name(),
                            seen.name()));
                }
            }
        }
        EvidenceInventory inventory = EvidenceInventory.of(assessment);
        if (inventory.files().size() > EvidenceLimits.MAX_FILES) {
            problems.add(Problem.error("", "evidence.rule.tooManyFiles", inventory.files().size(),
                    EvidenceLimits.MAX_FILES));
        }
        long total = inventory.totalBytes();
        if (total > EvidenceLimits.MAX_WORKBOOK_BYTES) {
            problems.add(Problem.error("", "evidence.rule.workbookTooLarge", EvidenceLimits.megabytes(total),
                    EvidenceLimits.megabytes(EvidenceLimits.MAX_WORKBOOK_BYTES)));
        }
    }

    /** The problems {@code entry} would have in {@code assessment}; empty when it may be stored. */
    public static List<Problem> checkEntry(Assessment assessment, Entry entry) {
        List<Problem> problems = AssessmentBounds.checkEntry(entry);
        if (!problems.isEmpty()) {
            return problems;
        }
        String code = entry.code();
        Optional<CriterionNode> found = assessment.criteria().find(code);
        if (found.isEmpty()) {
            problems.add(Problem.error(code, "domain.entry.unknownCode", code));
            return problems;
        }
        CriterionNode node = found.get();
        checkInput(node, entry.self(), problems);
        checkInput(node, entry.firstAppraisal(), problems);
        checkInput(node, entry.secondAppraisal(), problems);
        checkRange(code, node, entry.target(), "domain.entry.targetOutOfRange", problems);
        checkRange(code, node, entry.expectedGain(), "domain.entry.gainOutOfRange", problems);

        Set<String> seen = new HashSet<>();
        BigDecimal shares = BigDecimal.ZERO;
        for (Responsibility responsibility : entry.responsibilities()) {
            Optional<Department> department = assessment.department(responsibility.departmentId());
            if (department.isEmpty()) {
                problems.add(Problem.error(code, "domain.entry.unknownDepartment", responsibility.departmentId()));
                continue;
            }
            if (!seen.add(responsibility.departmentId())) {
                problems.add(Problem.error(code, "domain.entry.departmentTwice", department.get().name()));
            }
            if (responsibility.points() != null) {
                if (responsibility.points().signum() < 0) {
                    problems.add(Problem.error(code, "domain.entry.shareNegative", department.get().name(),
                            responsibility.points()));
                }
                shares = shares.add(responsibility.points());
            }
        }
        if (shares.compareTo(node.maxPoints()) > 0) {
            problems.add(Problem.error(code, "domain.entry.sharesAboveMax", shares, node.maxPoints()));
        }
        for (EvidenceDocument document : entry.evidence()) {
            if (document.isBlank()) {
                problems.add(Problem.error(code, "domain.entry.evidenceEmpty"));
            }
            EvidenceFile file = document.file();
            if (file != null && !EvidenceNames.isSafe(file.name(), file.type())) {
                problems.add(Problem.error(code, "evidence.rule.unsafeName", file.name()));
            }
            if (file != null && file.size() > EvidenceLimits.MAX_FILE_BYTES) {
                problems.add(Problem.error(code, "evidence.rule.fileTooLarge", file.name(),
                        EvidenceLimits.megabytes(file.size()), EvidenceLimits.megabytes(EvidenceLimits.MAX_FILE_BYTES)));
            }
        }
        if (entry.evidence().size() > EvidenceLimits.MAX_PER_CRITERION) {
            problems.add(Problem.error(code, "evidence.rule.tooManyForCriterion", entry.evidence().size(),
                    EvidenceLimits.MAX_PER_CRITERION));
        }
        return problems;
    }

    private static void checkInput(CriterionNode node, RuleInput input, List<Problem> problems) {
        if (input == null) {
            return;
        }
        if (!node.isLeaf()) {
            problems.add(Problem.error(node.code(), "domain.input.parentNotScorable"));
            return;
        }
        try {
            node.rule().points(node.maxPoints(), input);
        } catch (InvalidInputException refused) {
            problems.add(Problem.error(node.code(), refused.messageKey(), refused.args()));
        }
    }

    private static void checkRange(String code, CriterionNode node, BigDecimal value, String key,
                                   List<Problem> problems) {
        if (value != null && (value.signum() < 0 || value.compareTo(node.maxPoints()) > 0)) {
            problems.add(Problem.error(code, key, value, node.maxPoints()));
        }
    }
}
