package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;

/**
 * The figures of one node for one track, exact (round only for display).
 *
 * @param maximum           điểm tối đa as printed in the set
 * @param applicableMaximum the maximum without not-applicable parts: what the index is computed on
 * @param scoredMaximum     the maximum of the parts already scored
 * @param achieved          points achieved on the scored parts (a parent: the sum of its children, capped at its maximum)
 * @param deduction         điểm trừ: scoredMaximum − achieved
 * @param scoredLeaves      how many leaves below (or this leaf) have a score
 * @param unscoredLeaves    how many applicable leaves below (or this leaf) still have none
 * @param notApplicable     the node, or an ancestor, is marked không áp dụng
 */
public record Figures(
        BigDecimal maximum,
        BigDecimal applicableMaximum,
        BigDecimal scoredMaximum,
        BigDecimal achieved,
        BigDecimal deduction,
        int scoredLeaves,
        int unscoredLeaves,
        boolean notApplicable) {

    /** Whether anything at or below this node has a score. */
    public boolean isScored() {
        return scoredLeaves > 0;
    }

    /** Whether every applicable leaf at or below this node has a score. */
    public boolean isComplete() {
        return unscoredLeaves == 0;
    }

    public boolean hasDeduction() {
        return deduction.signum() > 0;
    }
}
