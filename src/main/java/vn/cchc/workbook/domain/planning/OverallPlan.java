package vn.cchc.workbook.domain.planning;

import java.math.BigDecimal;

/**
 * The whole assessment now and at the end of the period ("tổng điểm đạt 91,5 điểm").
 *
 * @param applicableMaximum the main maximum without không áp dụng criteria (what the index is computed on)
 * @param current           total points now (achieved + bonus − penalty)
 * @param currentIndex      the index now, or null when nothing is applicable
 * @param expectedGain      the sum of the lĩnh vực gains; null when none is recorded
 * @param projected         current + expected gain (each lĩnh vực capped at its maximum)
 * @param projectedIndex    the projected index, or null
 * @param target            the sum of the lĩnh vực targets (a lĩnh vực without one counts its projected points);
 *                          null when no target is set anywhere
 * @param targetIndex       the target as an index, or null
 * @param scored            whether any criterion has a score on the planned track; when not, nothing is missing yet
 */
public record OverallPlan(BigDecimal applicableMaximum, BigDecimal current, BigDecimal currentIndex,
                          BigDecimal expectedGain, BigDecimal projected, BigDecimal projectedIndex,
                          BigDecimal target, BigDecimal targetIndex, boolean scored) {

    /** Points still to win to reach the target from now; null without a target or a score. */
    public BigDecimal missing() {
        return scored ? Projection.gap(target, current) : null;
    }

    /** Points the planned gains leave short of the target; null without a target or a score. */
    public BigDecimal uncovered() {
        return scored ? Projection.gap(target, projected) : null;
    }
}
