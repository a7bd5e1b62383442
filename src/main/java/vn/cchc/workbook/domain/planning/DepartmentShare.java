package vn.cchc.workbook.domain.planning;

import java.math.BigDecimal;

import vn.cchc.workbook.domain.assessment.Department;

/**
 * A department's part of a node: "Phòng Nội vụ 13 điểm".
 *
 * @param department null for the points nobody was assigned
 * @param points     the applicable points it answers for
 */
public record DepartmentShare(Department department, BigDecimal points) {

    public boolean isUnassigned() {
        return department == null;
    }
}
