package vn.cchc.workbook.domain.criteria;

import java.util.Optional;

/** The administrative level a criteria set and an assessed unit belong to. Provinces issue one set per level. */
public enum UnitLevel {
    PROVINCE("tinh"),
    DEPARTMENT("so-nganh"),
    DISTRICT("huyen"),
    COMMUNE("xa");

    private final String id;

    UnitLevel(String id) {
        this.id = id;
    }

    /** Stable identifier used in files and on the command line. */
    public String id() {
        return id;
    }

    /** Key of the Vietnamese name ("cấp xã"). */
    public String messageKey() {
        return "domain.level." + id;
    }

    public static Optional<UnitLevel> fromId(String id) {
        for (UnitLevel level : values()) {
            if (level.id.equals(id)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
