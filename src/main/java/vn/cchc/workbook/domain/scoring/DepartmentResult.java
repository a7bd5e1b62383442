package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;
import java.util.List;

import vn.cchc.workbook.domain.assessment.Department;

/**
 * A department's figures for one track: the points it answers for, what it achieved and lost, and which items lost
 * them. Shared nodes are split in proportion to the shares. {@code department} is null for the points nobody was
 * assigned to. {@code scoredLeaves} counts the scored criteria that give it a part: with none, its 0 achieved points
 * mean "not scored yet", not "lost everything".
 *
 * @param responsibleMaximum the maximum of the applicable criteria it answers for, assessed or not
 * @param assessedMaximum    the part of it already assessed on this track: assessedMaximum − achieved = deduction
 */
public record DepartmentResult(
        Department department,
        BigDecimal responsibleMaximum,
        BigDecimal assessedMaximum,
        BigDecimal achieved,
        BigDecimal deduction,
        List<DeductionItem> deductions,
        int scoredLeaves) {

    public boolean isUnassigned() {
        return department == null;
    }

    /** Whether any criterion the department answers for (in part or whole) has a score on this track. */
    public boolean isScored() {
        return scoredLeaves > 0;
    }
}
