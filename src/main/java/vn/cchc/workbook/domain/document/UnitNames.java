package vn.cchc.workbook.domain.document;

import java.util.List;
import java.util.Optional;
import java.util.Locale;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;

/**
 * How a unit is named in its documents: "xã Hiền Thành" in a title, "Ủy ban nhân dân" over "xã Hiền Thành" in the
 * header block. Users write their unit as "Hiền Thành", "xã Hiền Thành" or "UBND xã Hiền Thành"; all give the same.
 */
public final class UnitNames {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final List<String> COMMITTEE_PREFIXES = List.of("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ");
    private static final List<String> LEVEL_WORDS = List.of("xã ", "phường ", "thị trấn ", "đặc khu ", "huyện ",
            "quận ", "thị xã ", "thành phố ", "tỉnh ");
    private static final String DEPARTMENT_WORD = "sở ";
    private static final String BOARD_WORD = "ban ";

    private UnitNames() {
    }

    /**
     * "xã Hiền Thành" from "Hiền Thành", "UBND xã Hiền Thành" or "xã Hiền Thành": the unit as named in a title, with
     * its kind's own word ("phường Đông Hà", "đặc khu Cồn Cỏ"; two-tier structure, 7/2025).
     */
    public static String inTitle(AssessedUnit unit) {
        String name = withoutCommittee(unit.name());
        String lower = name.toLowerCase(VI);
        for (String levelWord : LEVEL_WORDS) {
            if (lower.startsWith(levelWord)) {
                // "Phường Ba Đình" as typed is "phường Ba Đình" within a sentence ("của UBND phường Ba Đình").
                return levelWord + name.substring(levelWord.length());
            }
        }
        String word = unit.kind().word();
        return word.isEmpty() ? name : word + " " + name;
    }

    /**
     * The unit as the issuer of a letter ("Kèm theo Công văn số … của UBND xã Hiền Thành"): a People's Committee as
     * "UBND" and its title name, an agency (a Sở) by its own name.
     */
    public static String asIssuer(AssessedUnit unit) {
        return isPeoplesCommittee(unit.level()) ? "UBND " + inTitle(unit) : unit.name().strip();
    }

    /** The bare place name: "Hiền Thành" from "UBND xã Hiền Thành". */
    public static String bareName(AssessedUnit unit) {
        return bare(unit.name());
    }

    /** "Quảng Trị" from "UBND tỉnh Quảng Trị", "tỉnh Quảng Trị" or "Quảng Trị": a committee's or locality's place. */
    public static String bare(String committeeOrPlace) {
        String name = withoutCommittee(committeeOrPlace.strip());
        for (String word : LEVEL_WORDS) {
            if (name.toLowerCase(VI).startsWith(word)) {
                return name.substring(word.length()).strip();
            }
        }
        return name;
    }

    /**
     * The kind of {@code level} whose word begins {@code name}: phường for "Phường Ba Đình" or "UBND phường Ba
     * Đình", đặc khu for "Đặc khu Cồn Cỏ"; none when the name begins with no such word ("Hiền Thành", "Thị xã …").
     */
    public static Optional<UnitKind> kindNamedIn(String name, UnitLevel level) {
        return kindNamed(name).filter(kind -> kind.level() == level);
    }

    /**
     * The kind, of any level, that begins {@code name}: as {@link #kindNamedIn} over every level, and a department
     * for "Sở …" ("Sở Tư pháp", the one word that names a department and no commune). For the new-workbook form,
     * where the level is still to be chosen; none for "Hiền Thành", "Ban …" (a commune may be called so) or
     * "Thành phố …" (a province or, before 7/2025, a district).
     */
    public static Optional<UnitKind> kindNamed(String name) {
        String lower = withoutCommittee(name.strip()).toLowerCase(VI);
        if (lower.startsWith(DEPARTMENT_WORD)) {
            return Optional.of(UnitKind.DEPARTMENT);
        }
        return java.util.Arrays.stream(UnitKind.values())
                .filter(kind -> !kind.word().isEmpty() && lower.startsWith(kind.word() + " "))
                .findFirst();
    }

    /**
     * The key of an agency's head as it signs: "GIÁM ĐỐC" for a Sở, "TRƯỞNG BAN" for a Ban, "THỦ TRƯỞNG CƠ QUAN" for
     * another agency.
     */
    public static String agencyHeadKey(String name) {
        String lower = withoutCommittee(name.strip()).toLowerCase(VI);
        return lower.startsWith(DEPARTMENT_WORD) ? "documents.signer.director"
                : lower.startsWith(BOARD_WORD) ? "documents.signer.headOfBoard" : "documents.signer.head";
    }

    /** Whether the unit is a People's Committee (Ủy ban nhân dân) rather than an agency such as a Sở or Phòng. */
    public static boolean isPeoplesCommittee(UnitLevel level) {
        return level != UnitLevel.DEPARTMENT;
    }

    static String withoutCommittee(String name) {
        String lower = name.toLowerCase(VI);
        for (String prefix : COMMITTEE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }

}
