package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;

/**
 * One criterion across two periods, matched by code. Criteria sets change between years, so a node may be new
 * (only in the later set), dropped (only in the earlier one), or matched with a different maximum or wording.
 *
 * @param depth          0 for a lĩnh vực
 * @param earlierMaximum null for a new node
 * @param laterMaximum   null for a dropped node
 * @param earlierPoints  appraised points in the earlier period, or null (new, not scored, not applicable)
 * @param laterPoints    points now (on the later track: the appraisal, or the self scores before any), or null (dropped, not scored yet, not applicable)
 * @param titleChanged   matched, but worded differently
 * @param shownCode      the code printed for the node: the later set's printed code ({@code CriterionNode#shownCode}),
 *                       the key for a dropped node
 * @param laterPartial   scored now, but some applicable criteria below it are not yet: its points are only those
 *                       scored, so no change is taken (a field of 18 points with one criterion scored is not a fall)
 */
public record NodeChange(String code, String title, int depth, Status status, BigDecimal earlierMaximum,
                         BigDecimal laterMaximum, BigDecimal earlierPoints, BigDecimal laterPoints,
                         boolean titleChanged, String shownCode, boolean laterPartial) {

    /** How a node of one period relates to the other. */
    public enum Status {
        /** The same code is in both sets. */
        MATCHED,
        /** Only in the later set (tiêu chí mới). */
        NEW,
        /** Only in the earlier set (tiêu chí bỏ). */
        DROPPED
    }

    /** Matched but with a different điểm tối đa: points are then compared as they are, the change says so. */
    public boolean maximumChanged() {
        return status == Status.MATCHED && earlierMaximum.compareTo(laterMaximum) != 0;
    }

    /** Whether both periods have points here but the later ones are only a part, so the change is withheld. */
    public boolean changeWithheld() {
        return laterPartial && earlierPoints != null;
    }

    /** later − earlier points, or null when either side has none or the later one is not scored through. */
    public BigDecimal change() {
        return earlierPoints == null || laterPoints == null || laterPartial ? null
                : laterPoints.subtract(earlierPoints);
    }
}
