package vn.cchc.workbook.domain.assessment;

import java.util.Optional;

/**
 * Whether the header block of the unit's documents prints the parent authority above the unit's name
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I: "tên cơ quan, tổ chức chủ quản trực tiếp"). Kept per workbook, so a unit whose
 * kind has the wrong default can change it in the workbook information.
 */
public enum ParentLine {
    /** As {@link HeaderBlock#printsParentByDefault} decides from the unit's kind. */
    BY_KIND("theo-loai"),
    /** Always print the parent authority (when one is recorded). */
    SHOWN("in"),
    /** Never print it. */
    HIDDEN("khong-in");

    private final String id;

    ParentLine(String id) {
        this.id = id;
    }

    /** Stable identifier used in files and in the database. */
    public String id() {
        return id;
    }

    /** Key of the Vietnamese label shown in the workbook information. */
    public String messageKey() {
        return "print.parentLine." + id;
    }

    public static Optional<ParentLine> fromId(String id) {
        for (ParentLine value : values()) {
            if (value.id.equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
