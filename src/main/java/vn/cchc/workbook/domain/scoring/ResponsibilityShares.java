package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.text.Points;

/**
 * How one node's points are split between its responsible departments ("Phòng Nội vụ 13 điểm; Trung tâm 3 điểm"
 * on a field of 16): each department's weight is its share ÷ the node's maximum; shares left open (null) split what
 * the named ones leave; whatever nobody answers for goes to the null key (unassigned). The engine's department
 * figures and the projection both attribute by these weights; the engine splits a criterion's figures into parts in
 * cents that add up to the figure ({@link #apportion}).
 */
public final class ResponsibilityShares {

    private static final BigDecimal NEGLIGIBLE = new BigDecimal("1E-8");

    private ResponsibilityShares() {
    }

    /** Department id (null = unassigned) → fraction of {@code node}'s points, in the order of {@code list}. */
    public static Map<String, BigDecimal> weights(CriterionNode node, List<Responsibility> list) {
        BigDecimal max = node.maxPoints();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        if (list.isEmpty()) {
            weights.put(null, BigDecimal.ONE);
            return weights;
        }
        if (max.signum() == 0) {
            BigDecimal equal = BigDecimal.ONE.divide(BigDecimal.valueOf(list.size()), ScoreEngine.SCALE,
                    RoundingMode.HALF_UP);
            list.forEach(r -> weights.merge(r.departmentId(), equal, BigDecimal::add));
            return weights;
        }
        BigDecimal named = BigDecimal.ZERO;
        int open = 0;
        for (Responsibility r : list) {
            if (r.points() == null) {
                open++;
            } else {
                named = named.add(r.points());
            }
        }
        BigDecimal rest = max.subtract(named).max(BigDecimal.ZERO);
        BigDecimal perOpen = open == 0 ? BigDecimal.ZERO
                : rest.divide(BigDecimal.valueOf(open), ScoreEngine.SCALE, RoundingMode.HALF_UP);
        BigDecimal assigned = BigDecimal.ZERO;
        for (Responsibility r : list) {
            BigDecimal share = r.points() == null ? perOpen : r.points();
            BigDecimal weight = share.divide(max, ScoreEngine.SCALE, RoundingMode.HALF_UP);
            weights.merge(r.departmentId(), weight, BigDecimal::add);
            assigned = assigned.add(weight);
        }
        BigDecimal left = BigDecimal.ONE.subtract(assigned);
        if (left.compareTo(NEGLIGIBLE) > 0) {
            weights.merge(null, left, BigDecimal::add);
        }
        return weights;
    }

    /**
     * Splits {@code amount} by {@code weights} into parts with the amount's decimals (at least two) that add up to it
     * exactly ({@link #roundKeepingSum}). A 2-point loss shared 13:3 is 1,63 and 0,37, not 1,625 and 0,375, which
     * print as 1,63 and 0,38 and add up to 2,01 on the page (decision 7).
     */
    public static Map<String, BigDecimal> apportion(BigDecimal amount, Map<String, BigDecimal> weights) {
        // The common cases on the edit → totals path: one department (or nobody) answers for the whole, nothing lost.
        if (weights.size() == 1) {
            Map.Entry<String, BigDecimal> only = weights.entrySet().iterator().next();
            if (only.getValue().subtract(BigDecimal.ONE).abs().compareTo(NEGLIGIBLE) <= 0) {
                return Collections.singletonMap(only.getKey(), amount);
            }
        }
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        weights.forEach((key, weight) -> exact.put(key, amount.multiply(weight)));
        return roundKeepingSum(exact, amount);
    }

    /**
     * Rounds each value to the total's decimals (at least two) so that the rounded values add up to {@code total}, by
     * the largest remainder: each value is first cut down to those decimals, then the cents left go one by one to
     * the values that lost the most, the larger value first on a tie, then the earlier one. Keys and their order are
     * kept; the null key is allowed.
     */
    public static <K> Map<K, BigDecimal> roundKeepingSum(Map<K, BigDecimal> exact, BigDecimal total) {
        int scale = Math.max(Points.DISPLAY_SCALE, total.stripTrailingZeros().scale());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        List<Part<K>> parts = new ArrayList<>(exact.size());
        BigDecimal given = BigDecimal.ZERO;
        for (Map.Entry<K, BigDecimal> value : exact.entrySet()) {
            BigDecimal cut = value.getValue().setScale(scale, RoundingMode.DOWN);
            parts.add(new Part<>(value.getKey(), value.getValue(), cut, value.getValue().subtract(cut), parts.size()));
            given = given.add(cut);
        }
        long units = total.subtract(given).divide(unit, 0, RoundingMode.HALF_UP).longValueExact();
        Comparator<Part<K>> mostLost = Comparator.<Part<K>, BigDecimal>comparing(Part::lost)
                .thenComparing(Part::exact).reversed().thenComparingInt(Part::order);
        List<Part<K>> ranked = new ArrayList<>(parts);
        ranked.sort(units >= 0 ? mostLost : mostLost.reversed());
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        parts.forEach(part -> result.put(part.key(), part.cut()));
        for (int i = 0; units != 0 && !ranked.isEmpty(); i = (i + 1) % ranked.size()) {
            result.merge(ranked.get(i).key(), units > 0 ? unit : unit.negate(), BigDecimal::add);
            units += units > 0 ? -1 : 1;
        }
        return result;
    }

    private record Part<K>(K key, BigDecimal exact, BigDecimal cut, BigDecimal lost, int order) {
    }
}
