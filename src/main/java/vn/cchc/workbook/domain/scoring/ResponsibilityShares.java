package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * How one node's points are split between its responsible departments ("Phòng Nội vụ 13 điểm; Trung tâm 3 điểm"
 * on a field of 16): each department's weight is its share ÷ the node's maximum; shares left open (null) split what
 * the named ones leave; whatever nobody answers for goes to the null key (unassigned). The engine's department
 * figures and the projection both attribute by these weights.
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
}
