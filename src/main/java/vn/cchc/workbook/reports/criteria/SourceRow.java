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

    final int row;
    Kind kind;
    String printed;
    String title;
    BigDecimal max;
    String pointsText = "";
    String ruleText = "";
    String guidance = "";
    String evidence = "";
    String department = "";
    boolean bold;
    int indent;

    String code;
    SourceRow parent;
    final List<SourceRow> children = new ArrayList<>();
    RuleGuess guess;

    SourceRow(int row) {
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
