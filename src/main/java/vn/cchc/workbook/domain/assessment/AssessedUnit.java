package vn.cchc.workbook.domain.assessment;

import java.util.Objects;

import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * The unit being scored.
 *
 * @param name            "UBND xã Hiền Thành" or just "Hiền Thành", as the unit writes itself
 * @param level           its administrative level (the level of its criteria set)
 * @param parentAuthority the authority above it, for the document header ("UBND tỉnh Quảng Trị"; before 7/2025
 *                        "UBND huyện Vĩnh Linh"); see {@link UnitDefaults}
 * @param placeName       the place written in the date line ("Hiền Thành, ngày 06 tháng 9 năm 2023")
 * @param kind            what kind of unit it is within its level (xã, phường, đặc khu; huyện before 7/2025)
 */
public record AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName, UnitKind kind) {

    public AssessedUnit {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(level, "level");
        parentAuthority = parentAuthority == null ? "" : parentAuthority.strip();
        placeName = placeName == null ? "" : placeName.strip();
        kind = kind == null ? UnitKind.usualFor(level) : kind;
        if (kind.level() != level) {
            throw new IllegalArgumentException("Unit kind " + kind + " is not of level " + level);
        }
    }

    /** A unit of the usual kind of its level (a xã for the commune level), as stored before kinds existed. */
    public AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName) {
        this(name, level, parentAuthority, placeName, null);
    }

    /** A unit of {@code kind}, at that kind's level. */
    public static AssessedUnit of(String name, UnitKind kind, String parentAuthority, String placeName) {
        return new AssessedUnit(name, kind.level(), parentAuthority, placeName, kind);
    }
}
