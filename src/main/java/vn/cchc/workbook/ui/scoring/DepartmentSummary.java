package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;

/**
 * One line of the per-department table: the points a department answers for, what it achieved by its own score
 * and by the appraisal, and what the appraisal took off. {@code total} marks the closing "Tổng" line. A figure is
 * null when nothing the department answers for is scored on that track yet (shown "—").
 */
public record DepartmentSummary(String name, BigDecimal responsible, BigDecimal selfAchieved, BigDecimal achieved,
                                BigDecimal deducted, boolean total) {
}
