package vn.cchc.workbook.domain.assessment;

import java.util.Objects;

import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * The unit being scored.
 *
 * @param name            "UBND xã Hiền Thành" or just "Hiền Thành", as the unit writes itself
 * @param level           its administrative level (the level of its criteria set)
 * @param parentAuthority the authority above it ("UBND tỉnh Quảng Trị"; before 7/2025 "UBND huyện Vĩnh Linh"): who
 *                        appraises it, and the parent line of the header block when {@code parentLine} says it is
 *                        printed; see {@link UnitDefaults}
 * @param placeName       the place written in the date line ("Hiền Thành, ngày 06 tháng 9 năm 2023")
 * @param kind            what kind of unit it is within its level (xã, phường, đặc khu; huyện before 7/2025)
 * @param parentLine      whether the header block prints the parent authority; see
 *                        {@link vn.cchc.workbook.domain.document.HeaderBlock}
 */
public record AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName, UnitKind kind,
                           ParentLine parentLine) {

    public AssessedUnit {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(level, "level");
        parentAuthority = parentAuthority == null ? "" : parentAuthority.strip();
        placeName = placeName == null ? "" : placeName.strip();
        kind = kind == null ? UnitKind.usualFor(level) : kind;
        if (kind.level() != level) {
            throw new IllegalArgumentException("Unit kind " + kind + " is not of level " + level);
        }
        parentLine = parentLine == null ? ParentLine.BY_KIND : parentLine;
    }

    /** A unit of the usual kind of its level (a xã for the commune level) whose header follows its kind's default. */
    public AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName) {
        this(name, level, parentAuthority, placeName, (UnitKind) null, ParentLine.BY_KIND);
    }

    /** A unit of {@code kind} whose header block follows its kind's default. */
    public AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName, UnitKind kind) {
        this(name, level, parentAuthority, placeName, kind, ParentLine.BY_KIND);
    }

    /** A unit of the usual kind of its level with the header block as chosen. */
    public AssessedUnit(String name, UnitLevel level, String parentAuthority, String placeName,
                        ParentLine parentLine) {
        this(name, level, parentAuthority, placeName, (UnitKind) null, parentLine);
    }

    /** A unit of {@code kind}, at that kind's level. */
    public static AssessedUnit of(String name, UnitKind kind, String parentAuthority, String placeName) {
        return new AssessedUnit(name, kind.level(), parentAuthority, placeName, kind);
    }

    public AssessedUnit withParentLine(ParentLine value) {
        return new AssessedUnit(name, level, parentAuthority, placeName, kind, value);
    }

    public AssessedUnit withKind(UnitKind value) {
        return new AssessedUnit(name, level, parentAuthority, placeName, value, parentLine);
    }
}
