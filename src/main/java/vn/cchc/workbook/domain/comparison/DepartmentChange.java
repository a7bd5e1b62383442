package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;

/**
 * A department's appraised points in both periods, matched by name. A null side means the department did not exist
 * (or had no points) in that period.
 *
 * @param name blank for the points nobody was assigned
 */
public record DepartmentChange(String name, BigDecimal earlierAchieved, BigDecimal laterAchieved,
                               BigDecimal earlierDeduction, BigDecimal laterDeduction) {

    /** later − earlier achieved points, or null when either side has none. */
    public BigDecimal change() {
        return earlierAchieved == null || laterAchieved == null ? null : laterAchieved.subtract(earlierAchieved);
    }
}
