package vn.cchc.workbook.domain.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * An đơn vị phụ trách: a department of a district (Phòng Nội vụ) or, in a commune, a named officer or post
 * (Công chức Văn phòng - Thống kê). Identified by a stable id so that renaming keeps every assignment.
 *
 * @param shortName what the score table's narrow column shows ("VP-TK"), "" when the user set none; documents and
 *                  exports always print {@link #name()}
 */
public record Department(String id, String name, String shortName) {

    public Department {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNull(name, "name").strip();
        shortName = shortName == null ? "" : shortName.strip();
    }

    public Department(String id, String name) {
        this(id, name, "");
    }

    /** The short name when one is set, else the full name: what a narrow column shows. */
    public String shownName() {
        return shortName.isEmpty() ? name : shortName;
    }

    public Department withShortName(String newShortName) {
        return new Department(id, name, newShortName);
    }

    public static Department named(String name) {
        return new Department(UUID.randomUUID().toString(), name);
    }

    public Department withName(String newName) {
        return new Department(id, newName, shortName);
    }
}
