package vn.cchc.workbook.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The fixed phrases of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP) built from an assessment and
 * the user's choices: the issuing unit's line, the place-and-date line, the "(Kèm theo …)" line. No POI here, so
 * the export dialog can show the same texts as a preview.
 */
public final class DocumentText {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final List<String> COMMITTEE_PREFIXES = List.of("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ");
    private static final List<String> LEVEL_WORDS = List.of("xã ", "phường ", "đặc khu ", "thị trấn ", "huyện ",
            "quận ", "thị xã ", "thành phố ", "tỉnh ");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private DocumentText() {
    }

    /** Capitals as printed in headings: Vietnamese rules, so "ủy ban" becomes "ỦY BAN" and "đ" becomes "Đ". */
    public static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** "xã Hiền Thành" from "Hiền Thành", "UBND xã Hiền Thành" or "xã Hiền Thành": the unit as named in a title. */
    public static String unitInTitle(AssessedUnit unit) {
        String name = withoutCommittee(unit.name());
        // The kind's own word: "phường Đông Hà", "đặc khu Cồn Cỏ", "xã Hiền Thành" (two-tier structure, 7/2025).
        String word = unit.kind().word();
        if (startsWithLevelWord(name) || word.isEmpty()) {
            return name;
        }
        return word + " " + name;
    }

    /** "Ủy ban nhân dân xã Hiền Thành": the issuing unit in the header block (printed in capitals). */
    public static String issuingUnit(AssessedUnit unit) {
        if (unit.level() == UnitLevel.DEPARTMENT) {
            return unit.name();
        }
        return Messages.get("reports.doc.committee") + " " + unitInTitle(unit);
    }

    /** "6 tháng đầu năm 2023", "năm 2023", or the user's own period name (with the year when it lacks one). */
    public static String periodText(Period period, int year) {
        String yearText = Integer.toString(year);
        return switch (period.kind()) {
            case FIRST_HALF -> Messages.get("reports.period.firstHalf", yearText);
            case FULL_YEAR -> Messages.get("reports.period.year", yearText);
            case OTHER -> period.text().contains(yearText) ? period.text()
                    : (period.text() + " " + Messages.get("reports.period.year", yearText)).strip();
        };
    }

    /** The place for the date line: the one typed, else the unit's place name, else its bare name. */
    public static String place(AssessedUnit unit, String typed) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        if (!unit.placeName().isEmpty()) {
            return unit.placeName();
        }
        String name = withoutCommittee(unit.name());
        for (String word : LEVEL_WORDS) {
            if (name.toLowerCase(VI).startsWith(word)) {
                return name.substring(word.length()).strip();
            }
        }
        return name;
    }

    /** "Hiền Thành, ngày 06 tháng 9 năm 2023": days below 10 and the months 1 and 2 take a leading zero. */
    public static String placeDateLine(String place, LocalDate date) {
        return Messages.get("reports.doc.placeDate", place, day(date), month(date), Integer.toString(date.getYear()));
    }

    /** "06/9/2023", "15/01/2023", "31/10/2023": the same zero rules, as dates are cited in the text. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : day(date) + "/" + month(date) + "/" + date.getYear();
    }

    /** "(Kèm theo Công văn số 103/UBND ngày 06/9/2023 của UBND xã Hiền Thành)", or "" when nothing was typed. */
    public static String referenceLine(DocumentReference reference) {
        if (reference.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder("(").append(Messages.get("reports.doc.attachedTo")).append(' ');
        line.append(reference.kind().isEmpty() ? Messages.get("reports.doc.defaultReferenceKind") : reference.kind());
        if (!reference.number().isEmpty()) {
            line.append(' ').append(Messages.get("reports.doc.number")).append(' ').append(reference.number());
        }
        if (reference.date() != null) {
            line.append(' ').append(Messages.get("reports.doc.date")).append(' ').append(shortDate(reference.date()));
        }
        if (!reference.issuer().isEmpty()) {
            line.append(' ').append(Messages.get("reports.doc.issuer")).append(' ').append(reference.issuer());
        }
        return line.append(')').toString();
    }

    /** "PHỤ LỤC" alone, or "PHỤ LỤC II" when the file holds several appendices. */
    public static String appendixHeading(int position, int count) {
        String text = count > 1 && position < ROMAN.length
                ? Messages.get("reports.doc.appendixNumbered", ROMAN[position])
                : Messages.get("reports.doc.appendix");
        return upper(text);
    }

    static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month < 3 ? "0" + month : Integer.toString(month);
    }

    private static String withoutCommittee(String name) {
        String lower = name.toLowerCase(VI);
        for (String prefix : COMMITTEE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }

    private static boolean startsWithLevelWord(String name) {
        String lower = name.toLowerCase(VI);
        return LEVEL_WORDS.stream().anyMatch(lower::startsWith);
    }

}
