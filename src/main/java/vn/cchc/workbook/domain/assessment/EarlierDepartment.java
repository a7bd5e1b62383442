package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A department's appraised figures in an earlier period. Departments are matched between periods by name, since
 * each assessment gives its departments its own ids.
 *
 * @param name        the department's name; blank for points nobody was assigned
 * @param responsible the points it answered for
 * @param achieved    the points it achieved
 * @param deduction   the points it lost
 */
public record EarlierDepartment(String name, BigDecimal responsible, BigDecimal achieved, BigDecimal deduction) {

    public EarlierDepartment {
        name = name == null ? "" : name.strip();
        responsible = Decimals.plain(Objects.requireNonNull(responsible, "responsible"));
        achieved = Decimals.plain(Objects.requireNonNull(achieved, "achieved"));
        deduction = Decimals.plain(Objects.requireNonNull(deduction, "deduction"));
    }
}
