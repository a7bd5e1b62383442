package vn.cchc.workbook.domain.criteria;

/**
 * Where a top-level node's points count. Most sets are only {@link #MAIN} (adding up to 100);
 * some add bonus points (điểm thưởng) and penalty points (điểm trừ) outside the 100, each capped
 * by the maximum of its top-level node.
 */
public enum Section {
    MAIN("chinh"),
    BONUS("thuong"),
    PENALTY("tru");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<Section> fromId(String id) {
        for (Section section : values()) {
            if (section.id.equals(id)) {
                return java.util.Optional.of(section);
            }
        }
        return java.util.Optional.empty();
    }
}
