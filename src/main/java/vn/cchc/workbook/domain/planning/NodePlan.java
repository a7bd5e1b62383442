package vn.cchc.workbook.domain.planning;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * Where one node stands and where it is headed: points now, the gain expected by the end of the period, the
 * projected points and the target. Exact figures; round only to show them.
 *
 * @param node         the criterion
 * @param depth        0 for a lĩnh vực
 * @param maximum      the applicable maximum (without không áp dụng parts)
 * @param current      the points achieved now on the scored parts (0, meaning nothing, when {@code scored} is false)
 * @param expectedGain điểm dự kiến đạt thêm: recorded on the node, else the sum of its children's; null when none
 * @param projected    current + expected gain, never above the maximum
 * @param target       điểm mục tiêu; null when neither the node nor anything below it has one
 * @param shares       each department's part of the applicable maximum, in department order (unassigned last)
 * @param scored       whether any applicable criterion at or below the node has a score on the planned track: an
 *                     unscored node has no points now, so nothing is missing from them yet (decision 40)
 */
public record NodePlan(CriterionNode node, int depth, BigDecimal maximum, BigDecimal current,
                       BigDecimal expectedGain, BigDecimal projected, BigDecimal target,
                       List<DepartmentShare> shares, boolean scored) {

    public NodePlan {
        shares = List.copyOf(shares);
    }

    public String code() {
        return node.code();
    }

    /** Points still to win to reach the target from now (0 when reached); null without a target or a score. */
    public BigDecimal missing() {
        return scored ? Projection.gap(target, current) : null;
    }

    /**
     * Points the planned gains leave short of the target (0 when the plan reaches it); null without a target or a
     * score.
     */
    public BigDecimal uncovered() {
        return scored ? Projection.gap(target, projected) : null;
    }
}
