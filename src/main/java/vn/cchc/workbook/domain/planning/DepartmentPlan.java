package vn.cchc.workbook.domain.planning;

import java.math.BigDecimal;

import vn.cchc.workbook.domain.assessment.Department;

/**
 * A department's progress (tiến độ thực hiện): the points it answers for, what it has now, what it expects to add
 * and its target, attributed exactly as the score engine attributes points (the nearest node with responsibilities
 * decides; shared nodes are split by their shares).
 *
 * @param department   null for the points nobody was assigned
 * @param responsible  tổng điểm phụ trách (applicable points)
 * @param current      points achieved now
 * @param expectedGain points expected to be added; null when no gain touches the department
 * @param projected    current + expected gain, never above {@code responsible}
 * @param target       the department's part of the targets; null when no target touches it
 * @param scored       whether any criterion the department answers for has a score on the planned track; when not,
 *                     {@code current} is 0 only as a placeholder and nothing is missing yet
 */
public record DepartmentPlan(Department department, BigDecimal responsible, BigDecimal current,
                             BigDecimal expectedGain, BigDecimal projected, BigDecimal target,
                             boolean scored) {

    public boolean isUnassigned() {
        return department == null;
    }

    /** Points still to win to reach the target from now; null without a target or a score. */
    public BigDecimal missing() {
        return scored ? Projection.gap(target, current) : null;
    }

    /** Points the planned gains leave short of the target; null without a target or a score. */
    public BigDecimal uncovered() {
        return scored ? Projection.gap(target, projected) : null;
    }
}
