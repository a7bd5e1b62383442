package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;

/**
 * The whole assessment for one track.
 *
 * @param maximum           the main part's maximum (usually 100)
 * @param applicableMaximum the main maximum without not-applicable criteria
 * @param achieved          points achieved in the main part
 * @param deduction         points lost in the main part on what has been scored
 * @param bonus             điểm thưởng, capped by each bonus group's maximum
 * @param penalty           điểm trừ outside the 100, capped likewise
 * @param total             achieved + bonus − penalty
 * @param index             total ÷ applicableMaximum × 100 (null when nothing is applicable)
 * @param scoredLeaves      leaves with a score
 * @param unscoredLeaves    applicable leaves still without one
 */
public record Totals(
        BigDecimal maximum,
        BigDecimal applicableMaximum,
        BigDecimal achieved,
        BigDecimal deduction,
        BigDecimal bonus,
        BigDecimal penalty,
        BigDecimal total,
        BigDecimal index,
        int scoredLeaves,
        int unscoredLeaves) {
}
