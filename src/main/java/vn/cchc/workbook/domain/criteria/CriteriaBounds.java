package vn.cchc.workbook.domain.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.Problem;

/**
 * Checks a criteria set against {@link Limits}: text lengths, the number of criteria, the depth of the tree, the
 * number of levels and every number's magnitude and decimals. Runs before any other check, which then adds up
 * maxima: with a number out of bounds nothing else is computed.
 */
public final class CriteriaBounds {

    private CriteriaBounds() {
    }

    /** The bound problems of {@code set}; each problem about a node is also handed to {@code perNode}. */
    public static List<Problem> check(CriteriaSet set, BiConsumer<CriterionNode, Problem> perNode) {
        List<Problem> problems = new ArrayList<>();
        Limits.checkText("", "limits.field.setId", set.id(), Limits.ID_LENGTH, problems);
        Limits.checkText("", "limits.field.setName", set.name(), Limits.NAME_LENGTH, problems);
        Limits.checkText("", "limits.field.decisionNumber", set.decision().number(), Limits.SHORT_LENGTH, problems);
        Limits.checkText("", "limits.field.issuer", set.decision().issuer(), Limits.NAME_LENGTH, problems);
        Limits.checkText("", "limits.field.version", set.version(), Limits.SHORT_LENGTH, problems);
        Limits.checkYear("", set.year(), true, problems);
        if (!Limits.checkCount("", "limits.field.nodes", set.nodes().size(), Limits.MAX_NODES, problems)) {
            return problems;
        }
        for (CriterionNode root : set.roots()) {
            checkNode(root, 0, problems, perNode);
        }
        return problems;
    }

    private static void checkNode(CriterionNode node, int depth, List<Problem> problems,
                                  BiConsumer<CriterionNode, Problem> perNode) {
        List<Problem> found = new ArrayList<>();
        String where = Limits.abbreviate(node.code().isEmpty() ? node.title() : node.code(), 40);
        Limits.checkText(where, "limits.field.code", node.code(), Limits.CODE_LENGTH, found);
        Limits.checkText(where, "printedcodes.limitsField", node.printedCode(), Limits.CODE_LENGTH, found);
        Limits.checkText(where, "limits.field.title", node.title(), Limits.LONG_TEXT_LENGTH, found);
        Limits.checkText(where, "limits.field.guidance", node.guidance(), Limits.LONG_TEXT_LENGTH, found);
        Limits.checkText(where, "limits.field.ruleWording", node.ruleWording(), Limits.LONG_TEXT_LENGTH, found);
        Limits.checkText(where, "limits.field.evidenceRequired", node.evidenceRequired(), Limits.LONG_TEXT_LENGTH,
                found);
        Limits.checkText(where, "limits.field.defaultDepartment", node.defaultDepartment(), Limits.NAME_LENGTH,
                found);
        Limits.checkDecimal(where, "limits.field.maxPoints", node.maxPoints(), found);
        checkRule(where, node.rule(), found);
        boolean tooDeep = depth >= Limits.MAX_DEPTH && !node.isLeaf();
        if (tooDeep) {
            found.add(Problem.error(where, "limits.tree.tooDeep", Limits.MAX_DEPTH));
        }
        for (Problem problem : found) {
            problems.add(problem);
            perNode.accept(node, problem);
        }
        if (!tooDeep) {
            for (CriterionNode child : node.children()) {
                checkNode(child, depth + 1, problems, perNode);
            }
        }
    }

    private static void checkRule(String where, ScoringRule rule, List<Problem> problems) {
        switch (rule) {
            case ScoringRule.Manual manual -> Limits.checkDecimal(where, "limits.field.step", manual.step(), problems);
            case ScoringRule.Levels levels -> {
                if (Limits.checkCount(where, "limits.field.levels", levels.levels().size(), Limits.MAX_LEVELS,
                        problems)) {
                    for (Level level : levels.levels()) {
                        Limits.checkText(where, "limits.field.levelLabel", level.label(), Limits.NAME_LENGTH,
                                problems);
                        Limits.checkDecimal(where, "limits.field.levelPoints", level.points(), problems);
                    }
                }
            }
            case ScoringRule.Ratio ratio -> {
                Limits.checkDecimal(where, "limits.field.threshold", ratio.threshold(), problems);
                Limits.checkDecimal(where, "limits.field.fullAt", ratio.fullAt(), problems);
            }
            case ScoringRule.Deductions deductions ->
                    Limits.checkDecimal(where, "limits.field.perViolation", deductions.perViolation(), problems);
            case ScoringRule.PerItem perItem ->
                    Limits.checkDecimal(where, "limits.field.perItem", perItem.perItem(), problems);
            case ScoringRule.Given given -> {
                // No parameters.
            }
            case ScoringRule.Sum sum -> {
                // No parameters.
            }
        }
    }
}
