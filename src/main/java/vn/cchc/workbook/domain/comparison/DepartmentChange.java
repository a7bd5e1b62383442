package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;

/**
 * A department's appraised points in both periods, matched by name. A null side means the department did not exist
 * (or had no points) in that period, or, with {@code laterUnscored}, that none of its criteria is appraised yet.
 *
 * @param name          blank for the points nobody was assigned
 * @param laterUnscored the department is in the later period but nothing it answers for is appraised yet: it has no
 *                      points to compare (not 0, which read as "lost everything" against the earlier period)
 * @param laterPartial  some but not all of the criteria it answers for are scored: its points are a part, no change
 */
public record DepartmentChange(String name, BigDecimal earlierAchieved, BigDecimal laterAchieved,
                               BigDecimal earlierDeduction, BigDecimal laterDeduction, boolean laterUnscored,
                               boolean laterPartial) {

    /** later − earlier achieved points, or null when either side has none. */
    public BigDecimal change() {
        return earlierAchieved == null || laterAchieved == null || laterPartial ? null
                : laterAchieved.subtract(earlierAchieved);
    }
}
