package vn.cchc.workbook.reports;

/**
 * One column of a report table: its header (a key in reports_vi.properties), its width in characters (Excel's unit)
 * and how its cells are laid out.
 */
record Column(String headerKey, int width, Align align, boolean alwaysRegular, String headerText) {

    Column(String headerKey, int width, Align align, boolean alwaysRegular) {
        this(headerKey, width, align, alwaysRegular, null);
    }

    /** A figures column whose header is data (a lĩnh vực of the ranked set) rather than a fixed text. */
    static Column numberTitled(String header, int width) {
        return new Column("", width, Align.NUMBER, false, header);
    }

    /** The header as printed. */
    String header() {
        return headerText != null ? headerText : vn.cchc.workbook.domain.text.Messages.get(headerKey);
    }

    enum Align {
        /** Short codes and ordinal numbers, centred. */
        CENTER,
        /** Wrapped text, left-aligned. */
        TEXT,
        /** Figures: real numbers shown with two decimals. */
        NUMBER
    }

    static Column center(String headerKey, int width) {
        return new Column(headerKey, width, Align.CENTER, false);
    }

    static Column text(String headerKey, int width) {
        return new Column(headerKey, width, Align.TEXT, false);
    }

    /** Long explanatory text (opinions, remedies) that stays regular even in a bold row, as in the 003 appendix. */
    static Column note(String headerKey, int width) {
        return new Column(headerKey, width, Align.TEXT, true);
    }

    static Column number(String headerKey, int width) {
        return new Column(headerKey, width, Align.NUMBER, false);
    }
}
