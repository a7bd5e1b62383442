package vn.cchc.workbook.domain.assessment;

import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * What kind of unit is scored, finer than the {@link UnitLevel} a criteria set is issued for. Since 1 July 2025
 * local government has two tiers: the province scores its departments (sở, ban, ngành) and its communes (xã,
 * phường, đặc khu: one level, one set, the kind only changes the unit's name). Districts (huyện) and townships
 * (thị trấn) are kept for the workbooks of earlier years, which must still open, compare and rank.
 */
public enum UnitKind {
    COMMUNE("xa", UnitLevel.COMMUNE, "xã", false),
    WARD("phuong", UnitLevel.COMMUNE, "phường", false),
    SPECIAL_ZONE("dac-khu", UnitLevel.COMMUNE, "đặc khu", false),
    DEPARTMENT("so-ban-nganh", UnitLevel.DEPARTMENT, "", false),
    PROVINCE("tinh", UnitLevel.PROVINCE, "tỉnh", false),
    DISTRICT("huyen", UnitLevel.DISTRICT, "huyện", true),
    TOWNSHIP("thi-tran", UnitLevel.COMMUNE, "thị trấn", true);

    /** The first assessment year scored in the two-tier structure (the merger took effect on 1 July 2025). */
    public static final int FIRST_TWO_TIER_YEAR = 2025;

    private final String id;
    private final UnitLevel level;
    private final String word;
    private final boolean beforeTwoTiers;

    UnitKind(String id, UnitLevel level, String word, boolean beforeTwoTiers) {
        this.id = id;
        this.level = level;
        this.word = word;
        this.beforeTwoTiers = beforeTwoTiers;
    }

    /** Stable identifier used in files and in the store. */
    public String id() {
        return id;
    }

    /** The level of criteria set this kind is scored against. */
    public UnitLevel level() {
        return level;
    }

    /** The word written before the unit's name ("xã", "phường", "đặc khu"); blank for a department. */
    public String word() {
        return word;
    }

    /**
     * A name written for a xã as a unit of this kind writes it: "Công an xã" is "Công an phường" in a ward and "Công
     * an đặc khu" in a special zone (the bundled commune sets name their departments for a xã). Only a last word
     * "xã" changes: "Văn hóa - Xã hội" and names of other levels stay.
     */
    public String ownWording(String name) {
        String xa = " " + COMMUNE.word;
        if (level != UnitLevel.COMMUNE || this == COMMUNE || name == null || !name.endsWith(xa)) {
            return name;
        }
        return name.substring(0, name.length() - xa.length()) + " " + word;
    }

    /** Whether the kind exists only before the two-tier structure (huyện, thị trấn). */
    public boolean beforeTwoTiers() {
        return beforeTwoTiers;
    }

    /** Key of the Vietnamese name shown in lists ("Cấp huyện (trước 7/2025)"). */
    public String messageKey() {
        return "criteriasets.unitKind." + id;
    }

    /** Whether a unit of this kind can be scored for {@code year}: huyện and thị trấn only before 2025. */
    public boolean existsIn(int year) {
        return !beforeTwoTiers || year < FIRST_TWO_TIER_YEAR;
    }

    /** The kinds offered for an assessment of {@code year}, today's first. */
    public static List<UnitKind> offeredFor(int year) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.existsIn(year)).toList();
    }

    /** The kinds of {@code level}: xã, phường, đặc khu and thị trấn for a commune, one for the other levels. */
    public static List<UnitKind> ofLevel(UnitLevel level) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.level == level).toList();
    }

    /** The kind assumed for a unit stored before kinds existed: the usual one of its level. */
    public static UnitKind usualFor(UnitLevel level) {
        return switch (level) {
            case COMMUNE -> COMMUNE;
            case DISTRICT -> DISTRICT;
            case DEPARTMENT -> DEPARTMENT;
            case PROVINCE -> PROVINCE;
        };
    }

    public static Optional<UnitKind> fromId(String id) {
        for (UnitKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
