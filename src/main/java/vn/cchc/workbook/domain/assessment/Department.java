package vn.cchc.workbook.domain.assessment;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

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

    /** The word of rank a department's name starts with, left out where room is short. */
    private static final Pattern RANK_WORD = Pattern.compile("^(Công chức|Phòng|Bộ phận)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What a narrow column shows: the short name when one is set, else the name without its word of rank ("Văn phòng
     * - Thống kê" for "Công chức Văn phòng - Thống kê"). The full name took two lines in the grid's department column
     * on most rows at 1366 px.
     */
    public String shownName() {
        return shortName.isEmpty() ? compact(name) : shortName;
    }

    /** {@code name} without its leading "Công chức", "Phòng" or "Bộ phận"; the name itself when nothing is left. */
    public static String compact(String name) {
        String compact = RANK_WORD.matcher(name).replaceFirst("");
        return compact.isBlank() ? name : compact;
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
