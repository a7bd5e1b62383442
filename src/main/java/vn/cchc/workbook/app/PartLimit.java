package vn.cchc.workbook.app;

import java.util.List;
import java.util.Objects;

/**
 * A department's part opened by itself: only the criteria the department answers for may be edited, and nothing of
 * the workbook as a whole (the merge back would refuse those edits anyway; the window refuses them at once).
 *
 * @param codes          the criteria of the part, in printed order
 * @param departmentName the department (or officer) the part was sent to
 */
public record PartLimit(List<String> codes, String departmentName) {

    public PartLimit {
        codes = List.copyOf(codes);
        Objects.requireNonNull(departmentName, "departmentName");
    }

    /** Whether {@code code} is one of the part's criteria. */
    public boolean allows(String code) {
        return codes.contains(code);
    }
}
