package vn.cchc.workbook.ui.criteria;

import java.math.BigDecimal;

import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/** One short line saying how a node is scored, for the tree's "Cách chấm" column and the import preview. */
public final class RuleTexts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleTexts() {
    }

    public static String describe(ScoringRule rule) {
        String kind = RuleKind.of(rule).label();
        return switch (rule) {
            case ScoringRule.Manual manual -> manual.step() == null ? kind
                    : Messages.get("criteriaui.rule.manualStep", kind, Points.formatShort(manual.step()));
            case ScoringRule.Levels levels -> Messages.get("criteriaui.rule.levels", kind, levels.levels().size());
            case ScoringRule.Ratio ratio -> describeRatio(kind, ratio);
            case ScoringRule.Deductions deductions ->
                    Messages.get("criteriaui.rule.deductions", kind, Points.formatShort(deductions.perViolation()));
            case ScoringRule.PerItem perItem ->
                    Messages.get("criteriasets.ui.rule.perItem", kind, Points.formatShort(perItem.perItem()));
            case ScoringRule.Given given -> kind;
            case ScoringRule.Sum sum -> kind;
        };
    }

    private static String describeRatio(String kind, ScoringRule.Ratio ratio) {
        String text = kind;
        if (ratio.threshold() != null) {
            text = Messages.get("criteriaui.rule.ratioThreshold", text, percent(ratio.threshold()));
        }
        if (ratio.fullAt() != null) {
            text = Messages.get("criteriaui.rule.ratioFullAt", text, percent(ratio.fullAt()));
        }
        return text;
    }

    /** 0,7 → "70". */
    public static String percent(BigDecimal fraction) {
        return fraction == null ? "" : Points.formatShort(fraction.multiply(HUNDRED));
    }
}
