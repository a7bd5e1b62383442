package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.Problem;

/**
 * Checks a criteria set before anyone scores against it, naming the node and the problem: codes, maxima that do
 * not add up, rules that do not fit. A set whose main part is not worth 100 is only a warning, since some are not.
 */
public final class CriteriaValidator {

    /** Dot-separated segments of digits, Roman numerals or letters: "1", "1.4.2", "II", "2.a". */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-zĐđ]+(\\.[0-9A-Za-zĐđ]+)*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CriteriaValidator() {
    }

    public static List<Problem> validate(CriteriaSet set) {
        return validate(set, (node, problem) -> { });
    }

    /**
     * Like {@link #validate(CriteriaSet)}, and also hands each problem about one node to {@code perNode} with that
     * node (the very instance in the set), so that an editor can show it next to the node even when the node has
     * neither code nor title yet.
     */
    public static List<Problem> validate(CriteriaSet set, BiConsumer<CriterionNode, Problem> perNode) {
        // Bounds first: the checks below add maxima up, which an unbounded number would make endless.
        List<Problem> problems = new ArrayList<>(CriteriaBounds.check(set, perNode));
        if (hasErrors(problems)) {
            return problems;
        }
        if (set.name().isBlank()) {
            problems.add(Problem.error("", "domain.criteria.nameMissing"));
        }
        if (set.roots().isEmpty()) {
            problems.add(Problem.error("", "domain.criteria.empty"));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        Found found = new Found(problems, perNode);
        for (CriterionNode root : set.roots()) {
            check(root, null, root.section(), seen, found, set.asPublished());
        }
        BigDecimal main = set.mainMaximum();
        if (main.compareTo(HUNDRED) != 0) {
            problems.add(Problem.warning("", "domain.criteria.totalNot100", main));
        }
        return problems;
    }

    /** Collects the problems of nodes and tells the caller's sink which node each is about. */
    private record Found(List<Problem> all, BiConsumer<CriterionNode, Problem> perNode) {
        void add(CriterionNode node, Problem problem) {
            all.add(problem);
            perNode.accept(node, problem);
        }
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    private static void check(CriterionNode node, CriterionNode parent, Section section, Set<String> seen,
                              Found problems, boolean asPublished) {
        String where = node.code().isEmpty() ? node.title() : node.code();
        if (node.code().isEmpty()) {
            problems.add(node, Problem.error(where, "domain.criteria.codeMissing"));
        } else if (!CODE.matcher(node.code()).matches()) {
            problems.add(node, Problem.error(where, "domain.criteria.codeMalformed", node.code()));
        } else if (!seen.add(node.code())) {
            problems.add(node, Problem.error(where, "domain.criteria.codeDuplicate", node.code()));
        } else if (parent != null && isNumbered(parent.code()) && !node.code().startsWith(parent.code() + ".")) {
            problems.add(node, Problem.warning(where, "domain.criteria.codeOutsideParent", node.code(), parent.code()));
        }
        if (!node.printedCode().isEmpty() && !CODE.matcher(node.printedCode()).matches()) {
            problems.add(node, Problem.error(where, "printedcodes.malformed", node.printedCode()));
        }
        if (node.title().isEmpty()) {
            problems.add(node, Problem.error(where, "domain.criteria.titleMissing"));
        }
        if (node.maxPoints().signum() < 0) {
            problems.add(node, Problem.error(where, "domain.criteria.maxNegative", node.maxPoints()));
        }
        if (node.isLeaf()) {
            checkRule(node, where, problems);
        } else {
            if (!(node.rule() instanceof ScoringRule.Sum)) {
                problems.add(node, Problem.error(where, "domain.criteria.parentWithRule"));
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (CriterionNode child : node.children()) {
                sum = sum.add(child.maxPoints());
                check(child, node, section, seen, problems, asPublished);
            }
            // A bonus or penalty group's maximum is a cap: its items may add up to more ("thưởng tối đa 2 điểm").
            boolean capped = section != Section.MAIN && sum.compareTo(node.maxPoints()) > 0;
            if (sum.compareTo(node.maxPoints()) != 0 && !capped) {
                // A set kept as published keeps the province's maxima; the difference stays visible as a warning.
                problems.add(node, asPublished
                        ? Problem.warning(where, "criteriasets.publishedSumDiffers", sum, node.maxPoints())
                        : Problem.error(where, "domain.criteria.childrenSum", sum, node.maxPoints()));
            }
        }
    }

    private static boolean isNumbered(String code) {
        return !code.isEmpty() && Character.isDigit(code.charAt(0)) && CODE.matcher(code).matches();
    }

    private static void checkRule(CriterionNode node, String where, Found problems) {
        BigDecimal max = node.maxPoints();
        switch (node.rule()) {
            case ScoringRule.Sum sum -> problems.add(node, Problem.error(where, "domain.criteria.leafWithSum"));
            case ScoringRule.Manual manual -> {
                if (manual.step() != null && (manual.step().signum() <= 0 || manual.step().compareTo(max) > 0)) {
                    problems.add(node, Problem.error(where, "domain.criteria.stepInvalid", manual.step(), max));
                }
            }
            case ScoringRule.Given given -> {
                // Any points between 0 and the maximum may arrive from outside.
            }
            case ScoringRule.Levels levels -> {
                if (levels.levels().isEmpty()) {
                    problems.add(node, Problem.error(where, "domain.criteria.levelsEmpty"));
                }
                BigDecimal top = null;
                for (Level level : levels.levels()) {
                    top = top == null || level.points().compareTo(top) > 0 ? level.points() : top;
                    if (level.label().isEmpty()) {
                        problems.add(node, Problem.error(where, "domain.criteria.levelLabelMissing"));
                    }
                    if (level.points().signum() < 0 || level.points().compareTo(max) > 0) {
                        problems.add(node, Problem.error(where, "domain.criteria.levelOutOfRange", level.label(),
                                level.points(), max));
                    }
                }
                // "Mỗi nội quy … đạt: 0,5 điểm" read as levels {0,5; 0} on a 2-point criterion: nobody could
                // score above 0,5. Usually a per-item rule or a misread level.
                if (top != null && top.compareTo(max) < 0) {
                    problems.add(node, Problem.warning(where, "criteriasets.levelsBelowMax", top, max));
                }
            }
            case ScoringRule.Ratio ratio -> {
                if (outsideFraction(ratio.threshold())) {
                    problems.add(node, Problem.error(where, "domain.criteria.ratioBoundInvalid", ratio.threshold()));
                }
                if (outsideFraction(ratio.fullAt())) {
                    problems.add(node, Problem.error(where, "domain.criteria.ratioBoundInvalid", ratio.fullAt()));
                }
                if (ratio.threshold() != null && ratio.fullAt() != null
                        && ratio.threshold().compareTo(ratio.fullAt()) > 0) {
                    problems.add(node, Problem.error(where, "domain.criteria.ratioBoundsCrossed", ratio.threshold(),
                            ratio.fullAt()));
                }
            }
            case ScoringRule.PerItem perItem -> {
                if (perItem.perItem().signum() <= 0 || perItem.perItem().compareTo(max) > 0) {
                    problems.add(node, Problem.error(where, "criteriasets.perItemInvalid", perItem.perItem(), max));
                }
            }
            case ScoringRule.Deductions deductions -> {
                if (deductions.perViolation().signum() <= 0) {
                    problems.add(node, Problem.error(where, "domain.criteria.deductionInvalid", deductions.perViolation()));
                }
            }
        }
    }

    private static boolean outsideFraction(BigDecimal value) {
        return value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0);
    }
}
