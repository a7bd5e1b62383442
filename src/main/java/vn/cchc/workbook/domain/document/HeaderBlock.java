package vn.cchc.workbook.domain.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The left half of a document's header block (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô số 2): the parent authority in
 * capitals, not bold, when the unit belongs to an agency ("UBND HUYỆN VĨNH LINH" over "PHÒNG NỘI VỤ"), and the unit
 * itself in bold capitals. A People's Committee prints no parent line: seeds 000 and 003 print "ỦY BAN NHÂN DÂN" over
 * "XÃ HIỀN THÀNH" alone, although a district appraises the commune.
 *
 * <p>Every document writer (spreadsheets, Word documents) takes its header lines from here, so the rule is written
 * once. The lines are already in capitals and already split where they should break: a writer prints each line on a
 * line of its own and never wraps inside one.
 *
 * @param parentLine the parent authority in capitals, or "" when none is printed
 * @param unitLines  the unit's name in capitals, one or two lines ("ỦY BAN NHÂN DÂN", "XÃ HIỀN THÀNH")
 */
public record HeaderBlock(String parentLine, List<String> unitLines) {

    public HeaderBlock {
        parentLine = Objects.requireNonNullElse(parentLine, "").strip();
        unitLines = unitLines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The header block of {@code unit}'s own documents, following its {@link AssessedUnit#parentLine()} choice. */
    public static HeaderBlock of(AssessedUnit unit) {
        boolean parent = switch (unit.parentLine()) {
            case BY_KIND -> printsParentByDefault(unit.level());
            case SHOWN -> true;
            case HIDDEN -> false;
        };
        List<String> lines = new ArrayList<>();
        if (UnitNames.isPeoplesCommittee(unit.level())) {
            lines.add(Messages.get("print.header.committee"));
            lines.add(UnitNames.inTitle(unit));
        } else {
            lines.add(unit.name());
        }
        return new HeaderBlock(parent ? upper(unit.parentAuthority()) : "", upper(lines));
    }

    /**
     * A header for a document issued by an office named as typed, such as the ranking sheet of a district's
     * Phòng Nội vụ: the authority over the office; the authority alone (bold) when no office is named.
     */
    public static HeaderBlock ofOffice(String authority, String office) {
        String parent = Objects.requireNonNullElse(authority, "").strip();
        String unit = Objects.requireNonNullElse(office, "").strip();
        if (unit.isEmpty()) {
            return new HeaderBlock("", upper(List.of(parent)));
        }
        return new HeaderBlock(upper(parent), upper(List.of(unit)));
    }

    /**
     * Whether a unit of this kind prints its parent authority unless the workbook says otherwise. People's
     * Committees (tỉnh, huyện, xã) do not; agencies (sở, ban, ngành, phòng) do. New unit kinds are decided here.
     */
    public static boolean printsParentByDefault(UnitLevel level) {
        return switch (level) {
            case PROVINCE, DISTRICT, COMMUNE -> false;
            case DEPARTMENT -> true;
        };
    }

    /** Every line, top to bottom. */
    public List<String> lines() {
        List<String> all = new ArrayList<>();
        if (!parentLine.isEmpty()) {
            all.add(parentLine);
        }
        all.addAll(unitLines);
        return all;
    }

    /** Capitals as printed in headings: Vietnamese rules, so "ủy ban" becomes "ỦY BAN" and "đ" becomes "Đ". */
    public static String upper(String text) {
        return text.toUpperCase(Messages.VIETNAMESE);
    }

    private static List<String> upper(List<String> lines) {
        return lines.stream().map(HeaderBlock::upper).toList();
    }
}
