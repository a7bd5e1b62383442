package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A department's share of a node: "Phòng Nội vụ 13 điểm; Trung tâm VH&amp;TT 3 điểm" on a field worth 16.
 * A null share means "whatever the other shares leave", so a single responsible department needs no figure.
 */
public record Responsibility(String departmentId, BigDecimal points) {

    public Responsibility {
        Objects.requireNonNull(departmentId, "departmentId");
    }

    public static Responsibility whole(String departmentId) {
        return new Responsibility(departmentId, null);
    }
}
