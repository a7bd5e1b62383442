package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a scorer enters for one leaf; the node's {@link vn.cchc.workbook.domain.criteria.ScoringRule} turns it into points.
 * Rule-driven items are stored by their inputs (a and b, the chosen level, the number of violations), so the
 * points can always be recomputed and explained.
 */
public sealed interface RuleInput {

    /** Stable identifier used in files and messages. */
    String kind();

    /** Points typed directly (manual and given rules). */
    record PointsInput(BigDecimal points) implements RuleInput {
        public PointsInput {
            Objects.requireNonNull(points, "points");
        }

        @Override
        public String kind() {
            return "points";
        }
    }

    /** The chosen outcome of a levels rule, by position (0 = first level as printed). */
    record LevelChoice(int index) implements RuleInput {
        @Override
        public String kind() {
            return "level";
        }
    }

    /** a (tổng số) and b (số đạt) of a ratio rule. */
    record RatioInput(BigDecimal total, BigDecimal achieved) implements RuleInput {
        public RatioInput {
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(achieved, "achieved");
        }

        public static RatioInput of(long total, long achieved) {
            return new RatioInput(BigDecimal.valueOf(total), BigDecimal.valueOf(achieved));
        }

        @Override
        public String kind() {
            return "ratio";
        }
    }

    /** How many violations were counted, for a deductions rule. */
    record ViolationCount(int count) implements RuleInput {
        @Override
        public String kind() {
            return "violations";
        }
    }

    /** How many items were counted, for a per-item rule ("mỗi sáng kiến được công nhận: 1 điểm"). */
    record ItemCount(int count) implements RuleInput {
        @Override
        public String kind() {
            return "items";
        }
    }

    static PointsInput points(String decimal) {
        return new PointsInput(new BigDecimal(decimal));
    }
}
