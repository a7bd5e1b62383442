package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One criterion row as read from the sheet, then placed in the tree by {@link TreeBuilder}. */
final class SourceRow {

    /** How the row was labelled. */
    enum Kind {
        /** "I", "II": a field in sets that number fields with Roman numerals. */
        ROMAN,
        /** "1", "1.2", "1.2.3". */
        NUMBER,
        /** "a)", "b.": an item under a criterion. */
        LETTER,
        /** "-", "+", "•": an item under a criterion. */
        DASH,
        /** No label: placed by bold and indent. */
        NONE
    }

    /** The table the row was read from. */
    final TableGrid grid;
    final int row;
    Kind kind;
    String printed;
    String title;
    BigDecimal max;
    String pointsText = "";
    /** The points cell was refused (unreadable, missing or out of bounds): a parent's sum is not checked against it. */
    boolean pointsRefused;
    String ruleText = "";
    String guidance = "";
    String evidence = "";
    String department = "";
    boolean bold;
    int indent;

    String code;
    /** The code as the province prints it where it differs from {@link #code} ("1.1" for "I.1.1"); else blank. */
    String printedCode = "";
    SourceRow parent;
    final List<SourceRow> children = new ArrayList<>();
    RuleGuess guess;
    /** For a top-level row: whether it counts in the 100 or is a bonus or penalty group. */
    vn.cchc.workbook.domain.criteria.Section section = vn.cchc.workbook.domain.criteria.Section.MAIN;

    SourceRow(TableGrid grid, int row) {
        this.grid = grid;
        this.row = row;
    }

    boolean isItem() {
        return kind == Kind.LETTER || kind == Kind.DASH;
    }

    /** The numeric segments of a NUMBER label ("1.2.3" → 3 segments). */
    String[] segments() {
        return printed.split("\\.");
    }
}
