package vn.cchc.workbook.domain.assessment;

import java.util.List;
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

    /** The words of rank a department's name may start with, left out where room is short. */
    private static final List<String> RANK_WORDS = List.of("Công chức", "Phòng", "Bộ phận");

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
        // Without a regular expression: every row's departments are shown again after each edit.
        for (String word : RANK_WORDS) {
            int end = word.length();
            if (name.length() > end && name.regionMatches(true, 0, word, 0, end)
                    && Character.isWhitespace(name.charAt(end))) {
                String rest = name.substring(end).strip();
                return rest.isEmpty() ? name : rest;
            }
        }
        return name;
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
