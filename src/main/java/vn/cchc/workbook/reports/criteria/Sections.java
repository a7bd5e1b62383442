package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.criteria.Section;

/**
 * The groups outside the 100 that real sets print: "Điểm thưởng", "Điểm cộng", "Điểm cộng thêm" (bonus) and
 * "Điểm trừ", "Điểm bị trừ" (penalty), named in a top row's title ("IV. ĐIỂM CỘNG", "Điểm thưởng (tối đa 2
 * điểm)") or in its rule cell, each capped by its maximum.
 */
final class Sections {

    /** The section words at the start of a folded text, with what follows them. */
    static final Pattern WORDS = Pattern.compile(
            "^\\s*(?:nhom\\s+|phan\\s+)?(diem thuong|diem cong them|diem cong|diem bi tru|diem tru)\\b\\s*[;:,.]?\\s*");
    private static final Pattern IN_BRACKETS = Pattern.compile(
            "\\((diem thuong|diem cong them|diem cong|diem bi tru|diem tru)\\)");
    private static final Pattern CAP = Pattern.compile("toi da\\s*:?\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:diem|d)\\b");

    private Sections() {
    }

    static Section of(SourceRow root) {
        Section byRule = sectionOf(Plain.fold(root.ruleText));
        return byRule != Section.MAIN ? byRule : sectionOf(Plain.fold(root.title));
    }

    /** The section a folded title or rule text names; {@link Section#MAIN} when it names none. */
    static Section sectionOf(String folded) {
        Matcher m = WORDS.matcher(folded);
        String words = m.lookingAt() ? m.group(1) : null;
        if (words == null) {
            Matcher bracketed = IN_BRACKETS.matcher(folded);
            words = bracketed.find() ? bracketed.group(1) : null;
        }
        if (words == null) {
            return Section.MAIN;
        }
        return words.contains("tru") ? Section.PENALTY : Section.BONUS;
    }

    /** Whether a row's title starts a section ("IV. ĐIỂM CỘNG"), so that reading goes on past a totals row. */
    static boolean startsSection(String title) {
        String folded = Plain.fold(title);
        Labels.Split split = Labels.fromTitle(title.strip());
        String rest = split == null ? folded : Plain.fold(split.rest());
        return sectionOf(rest) != Section.MAIN;
    }

    /** "Điểm cộng (tối đa 5 điểm)" → 5; null when the title states no cap. */
    static BigDecimal capInTitle(String title) {
        Matcher m = CAP.matcher(Plain.fold(title));
        return m.find() ? Numbers.fromText(m.group(1)) : null;
    }
}
