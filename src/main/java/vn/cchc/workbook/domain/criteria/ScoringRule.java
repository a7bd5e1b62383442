package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.text.Points;

/**
 * How a leaf of a criteria set turns what the scorer entered into points. The kinds are the ones real provincial
 * sets use (the rules seen in provinces' published sets, and the Hiền Thành appendix of 2023). A rule never stores a score; it only computes one.
 */
public sealed interface ScoringRule {

    /** Ratios are kept to this many decimals; points derived from them are rounded only for display. */
    int RATIO_SCALE = 10;

    /** Stable identifier used in files. */
    String kind();

    /**
     * The points for {@code input} on a node worth {@code max}.
     *
     * @throws InvalidInputException when the input does not fit the rule or lies outside its range
     */
    BigDecimal points(BigDecimal max, RuleInput input);

    /** The appraiser gives points between 0 and the maximum, optionally only in multiples of {@code step} (0,25; 0,5). */
    record Manual(BigDecimal step) implements ScoringRule {
        public static final Manual FREE = new Manual(null);

        @Override
        public String kind() {
            return "manual";
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            BigDecimal points = requirePoints(max, input, kind());
            if (step != null && step.signum() > 0 && points.compareTo(max) != 0
                    && points.remainder(step).signum() != 0) {
                throw new InvalidInputException("domain.input.notInSteps", points, step);
            }
            return points;
        }
    }

    /** Points come from outside, e.g. the sociological survey (điều tra xã hội học), and are entered as received. */
    record Given() implements ScoringRule {
        @Override
        public String kind() {
            return "given";
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            return requirePoints(max, input, kind());
        }
    }

    /** Named outcomes with fixed points: "ban hành đúng hạn: 1; chậm: 0,5; không ban hành: 0". */
    record Levels(List<Level> levels) implements ScoringRule {
        public Levels {
            levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        }

        @Override
        public String kind() {
            return "levels";
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            if (!(input instanceof RuleInput.LevelChoice choice)) {
                throw wrongKind(input, kind());
            }
            if (choice.index() < 0 || choice.index() >= levels.size()) {
                throw new InvalidInputException("domain.input.noSuchLevel", choice.index() + 1, levels.size());
            }
            return levels.get(choice.index()).points();
        }
    }

    /**
     * points = b ÷ a × maximum, where a is the total (tổng số) and b the number achieved (số đạt).
     * Below {@code threshold} the points are 0 (003, 3.11.1: 164/739 = 0,22 &lt; 0,7 → 0); at or above
     * {@code fullAt} the full maximum is given. Both are fractions (0,7 for 70 %) and both are optional.
     * The threshold is compared with the exact ratio, not with the ratio rounded for display.
     */
    record Ratio(BigDecimal threshold, BigDecimal fullAt) implements ScoringRule {
        public static final Ratio PLAIN = new Ratio(null, null);

        @Override
        public String kind() {
            return "ratio";
        }

        /** A count as typed, "13" and "4" rather than "13,00" (one beyond every bound stays a number, quoted). */
        private static Object count(BigDecimal value) {
            return Limits.isSaneFigure(value) ? Points.formatShort(value) : value;
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            if (!(input instanceof RuleInput.RatioInput ratio)) {
                throw wrongKind(input, kind());
            }
            BigDecimal a = ratio.total();
            BigDecimal b = ratio.achieved();
            if (a.signum() <= 0) {
                throw new InvalidInputException("domain.input.ratioTotalZero", count(a));
            }
            if (b.signum() < 0) {
                throw new InvalidInputException("domain.input.ratioNegative", count(b));
            }
            if (b.compareTo(a) > 0) {
                throw new InvalidInputException("domain.input.ratioAboveTotal", count(b), count(a));
            }
            // Bounds are compared as b against bound × a, which is exact; the fraction itself is rounded at
            // RATIO_SCALE and could otherwise round 0,69999999999 up to a threshold of 0,7.
            if (threshold != null && b.compareTo(threshold.multiply(a)) < 0) {
                return BigDecimal.ZERO;
            }
            if (fullAt != null && b.compareTo(fullAt.multiply(a)) >= 0) {
                return max;
            }
            return fraction(a, b).multiply(max);
        }

        /** b ÷ a, exact to {@link #RATIO_SCALE} decimals. */
        public static BigDecimal fraction(BigDecimal a, BigDecimal b) {
            return b.divide(a, RATIO_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }

    /** Full points minus a fixed amount per counted violation, never below 0 ("chậm 01 văn bản bị trừ 0,5 điểm"). */
    record Deductions(BigDecimal perViolation) implements ScoringRule {
        public Deductions {
            Objects.requireNonNull(perViolation, "perViolation");
        }

        @Override
        public String kind() {
            return "deductions";
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            if (!(input instanceof RuleInput.ViolationCount count)) {
                throw wrongKind(input, kind());
            }
            if (count.count() < 0) {
                throw new InvalidInputException("domain.input.negativeCount", count.count());
            }
            BigDecimal left = max.subtract(perViolation.multiply(BigDecimal.valueOf(count.count())));
            return left.signum() < 0 ? BigDecimal.ZERO : left;
        }
    }

    /**
     * Points per counted item, up to the maximum: "Mỗi nội quy, quy chế được ban hành đúng quy định đạt: 0,5 điểm;
     * tối đa 2 điểm", "Mỗi sáng kiến được công nhận: 1 điểm", as real sets word it. Unlike {@link Levels}, any count can
     * reach the maximum, so a 2-point criterion scored at 0,5 per item is not stuck at 0,5.
     */
    record PerItem(BigDecimal perItem) implements ScoringRule {
        /** Counts above this are refused as typing mistakes; no real criterion counts that many items. */
        public static final int MAX_COUNT = 100_000;

        public PerItem {
            Objects.requireNonNull(perItem, "perItem");
        }

        @Override
        public String kind() {
            return "per-item";
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            if (!(input instanceof RuleInput.ItemCount count)) {
                throw wrongKind(input, kind());
            }
            if (count.count() < 0) {
                throw new InvalidInputException("criteriasets.input.negativeItems", count.count());
            }
            if (count.count() > MAX_COUNT) {
                throw new InvalidInputException("criteriasets.input.tooManyItems", count.count(), MAX_COUNT);
            }
            BigDecimal earned = perItem.multiply(BigDecimal.valueOf(count.count()));
            return earned.compareTo(max) > 0 ? max : earned;
        }
    }

    /** A parent: the sum of its children, capped at its own maximum. It is never scored directly. */
    record Sum() implements ScoringRule {
        @Override
        public String kind() {
            return "sum";
        }

        @Override
        public BigDecimal points(BigDecimal max, RuleInput input) {
            throw new InvalidInputException("domain.input.parentNotScorable");
        }
    }

    private static BigDecimal requirePoints(BigDecimal max, RuleInput input, String kind) {
        if (!(input instanceof RuleInput.PointsInput given)) {
            throw wrongKind(input, kind);
        }
        BigDecimal points = given.points();
        if (points.signum() < 0) {
            throw new InvalidInputException("domain.input.belowZero", points);
        }
        if (points.compareTo(max) > 0) {
            throw new InvalidInputException("domain.input.aboveMax", points, max);
        }
        return points;
    }

    private static InvalidInputException wrongKind(RuleInput input, String kind) {
        return new InvalidInputException("domain.input.wrongKind",
                vn.cchc.workbook.domain.text.Messages.get("domain.rule." + kind),
                vn.cchc.workbook.domain.text.Messages.get("domain.inputKind." + input.kind()));
    }
}
