package vn.cchc.workbook.ui.criteria;

import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;

/** The scoring-rule kinds the editor offers for a leaf, plus {@link #SUM} shown (not chosen) for a parent. */
public enum RuleKind {
    MANUAL("manual"), GIVEN("given"), LEVELS("levels"), RATIO("ratio"), DEDUCTIONS("deductions"),
    PER_ITEM("per-item"), SUM("sum");

    /** The kinds a leaf may be given. */
    public static final java.util.List<RuleKind> FOR_LEAVES =
            java.util.List.of(MANUAL, GIVEN, LEVELS, RATIO, DEDUCTIONS, PER_ITEM);

    private final String ruleId;

    RuleKind(String ruleId) {
        this.ruleId = ruleId;
    }

    public static RuleKind of(ScoringRule rule) {
        return switch (rule) {
            case ScoringRule.Manual manual -> MANUAL;
            case ScoringRule.Given given -> GIVEN;
            case ScoringRule.Levels levels -> LEVELS;
            case ScoringRule.Ratio ratio -> RATIO;
            case ScoringRule.Deductions deductions -> DEDUCTIONS;
            case ScoringRule.PerItem perItem -> PER_ITEM;
            case ScoringRule.Sum sum -> SUM;
        };
    }

    /** "chọn mức", "tỷ lệ b/a" …: the domain's own names of the rules. */
    public String label() {
        return Messages.get("domain.rule." + ruleId);
    }
}
