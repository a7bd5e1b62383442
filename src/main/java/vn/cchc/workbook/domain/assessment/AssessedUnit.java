package vn.cchc.workbook.domain.assessment;

import java.util.Objects;

import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * The unit being scored.
 *
 * @param name            "UBND xã Hiền Thành" or just "Hiền Thành", as the unit writes itself
 * @param level           its administrative level
 * @param parentAuthority the authority above it, for the document header ("UBND huyện Vĩnh Linh")
 * @param placeName       the place written in the date line ("Hiền Thành, ngày 06 tháng 9 năm 2023")
 */
public record AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName) {

    public AssessedUnit {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(level, "level");
        parentAuthority = parentAuthority == null ? "" : parentAuthority.strip();
        placeName = placeName == null ? "" : placeName.strip();
    }
}
