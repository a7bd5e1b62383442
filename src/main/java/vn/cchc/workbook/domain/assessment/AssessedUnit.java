package vn.cchc.workbook.domain.assessment;

import java.util.Objects;

import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.document.ParentLine;

/**
 * The unit being scored.
 *
 * @param name            "UBND xã Hiền Thành" or just "Hiền Thành", as the unit writes itself
 * @param level           its administrative level
 * @param parentAuthority the authority above it ("UBND huyện Vĩnh Linh"): who appraises it, and the parent line
 *                        of the header block when {@code parentLine} says it is printed
 * @param placeName       the place written in the date line ("Hiền Thành, ngày 06 tháng 9 năm 2023")
 * @param parentLine      whether the header block prints the parent authority; see
 *                        {@link vn.cchc.workbook.domain.document.HeaderBlock}
 */
public record AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName,
                           ParentLine parentLine) {

    public AssessedUnit {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(level, "level");
        parentAuthority = parentAuthority == null ? "" : parentAuthority.strip();
        placeName = placeName == null ? "" : placeName.strip();
        parentLine = parentLine == null ? ParentLine.BY_KIND : parentLine;
    }

    /** A unit whose header block follows the default of its kind. */
    public AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName) {
        this(name, level, parentAuthority, placeName, ParentLine.BY_KIND);
    }

    public AssessedUnit withParentLine(ParentLine value) {
        return new AssessedUnit(name, level, parentAuthority, placeName, value);
    }
}
