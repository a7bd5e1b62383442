package vn.cchc.workbook.domain.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * An đơn vị phụ trách: a department of a district (Phòng Nội vụ) or, in a commune, a named officer or post
 * (Công chức Văn phòng - Thống kê). Identified by a stable id so that renaming keeps every assignment.
 */
public record Department(String id, String name) {

    public Department {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNull(name, "name").strip();
    }

    public static Department named(String name) {
        return new Department(UUID.randomUUID().toString(), name);
    }

    public Department withName(String newName) {
        return new Department(id, newName);
    }
}
