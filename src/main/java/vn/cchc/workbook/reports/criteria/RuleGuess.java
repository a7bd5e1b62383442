package vn.cchc.workbook.reports.criteria;

import java.util.Objects;

import vn.cchc.workbook.domain.criteria.ScoringRule;

/**
 * The scoring rule the reader chose for one imported node, and why, so that the preview can show
 * "tỷ lệ b/a, dưới 70% không điểm — từ: “dưới 70% không tính điểm”" and let the user change it.
 *
 * @param rule   the rule given to the node
 * @param source which text it was read from
 * @param quote  the words it was read from (a fragment of that text), or blank for {@link Source#DEFAULT}
 */
public record RuleGuess(ScoringRule rule, Source source, String quote) {

    /** Where a rule came from, from most to least certain. */
    public enum Source {
        /** The "Cách chấm" column, written in the template's wording. */
        RULE_COLUMN,
        /** The guidance text (hướng dẫn chấm điểm), or the criterion's own wording ("Tỷ lệ …"). */
        GUIDANCE,
        /** Nothing plain enough was found: the leaf is scored by hand; a parent is the sum of its children. */
        DEFAULT
    }

    public RuleGuess {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        quote = quote == null ? "" : quote.strip();
    }

    public static RuleGuess manual() {
        return new RuleGuess(ScoringRule.Manual.FREE, Source.DEFAULT, "");
    }

    public static RuleGuess sum() {
        return new RuleGuess(new ScoringRule.Sum(), Source.DEFAULT, "");
    }

    /** Whether the rule was read from some text rather than assumed. */
    public boolean isGuessed() {
        return source != Source.DEFAULT;
    }
}
