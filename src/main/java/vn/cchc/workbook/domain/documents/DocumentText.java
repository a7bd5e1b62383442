package vn.cchc.workbook.domain.documents;

import java.time.LocalDate;
import java.util.Locale;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.document.UnitNames;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The fixed phrases of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP) built from an assessment and
 * the user's choices: the issuing unit's line, the place-and-date line, the "(Kèm theo …)" line. No POI here, so
 * the export dialog can show the same texts as a preview.
 */
public final class DocumentText {

    private static final Locale VI = Messages.VIETNAMESE;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private DocumentText() {
    }

    /**
     * {@code words} joined by no-break spaces, so that a title never breaks inside a unit's name or a period ("…
     * của phường Đông / Hà" left "Hà" alone on the title's last line): Word and LibreOffice move the whole name.
     */
    public static String keptTogether(String words) {
        return words.strip().replace(' ', '\u00A0');
    }

    /** Capitals as printed in headings: Vietnamese rules, so "ủy ban" becomes "ỦY BAN" and "đ" becomes "Đ". */
    public static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** "xã Hiền Thành" from "Hiền Thành", "UBND xã Hiền Thành" or "xã Hiền Thành": the unit as named in a title. */
    public static String unitInTitle(AssessedUnit unit) {
        return UnitNames.inTitle(unit);
    }

    /** "Ủy ban nhân dân xã Hiền Thành", "Sở Nội vụ": the unit as the author of its documents. */
    public static String issuerName(AssessedUnit unit) {
        return UnitNames.isPeoplesCommittee(unit.level())
                ? Messages.get("print.header.committee") + " " + UnitNames.inTitle(unit)
                : unit.name();
    }

    /**
     * The first sentence of {@code text}, at most {@code limit} characters, cut after a whole word with "…" when
     * longer: a reason quoted in a summary table, whose full text is printed elsewhere.
     */
    public static String summary(String text, int limit) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        int stop = flat.indexOf(". ");
        String first = stop > 0 ? flat.substring(0, stop + 1) : flat;
        if (first.length() <= limit) {
            return first;
        }
        int cut = first.lastIndexOf(' ', limit - 1);
        return first.substring(0, cut > limit / 2 ? cut : limit - 1).strip() + "…";
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

    /**
     * The place for the date line: the one typed, else the unit's place name, else for a Sở or Ban its parent's place
     * ("Quảng Trị" from "UBND tỉnh Quảng Trị") or, without a parent, a dotted gap to write it in by hand (its own name
     * is no place: "Sở Tư pháp, ngày …"), else the committee's bare name ("Hiền Thành").
     */
    public static String place(AssessedUnit unit, String typed) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        if (!unit.placeName().isEmpty()) {
            return unit.placeName();
        }
        if (!UnitNames.isPeoplesCommittee(unit.level())) {
            // A Sở dates its letters where its province sits ("Quảng Trị, ngày …"), not "Sở Nội vụ, ngày …".
            return unit.parentAuthority().isBlank() ? Messages.get("reports.doc.placeToWrite")
                    : UnitNames.bare(unit.parentAuthority());
        }
        return UnitNames.bareName(unit);
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

    /** "06", "15": the day with a leading zero below 10. */
    public static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    /** "02", "9", "10": months 1 and 2 with a leading zero, the others without. */
    public static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month < 3 ? "0" + month : Integer.toString(month);
    }
}
