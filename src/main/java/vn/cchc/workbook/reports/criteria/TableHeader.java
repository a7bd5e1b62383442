package vn.cchc.workbook.reports.criteria;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the criteria table of a sheet begins: its header row (one row, or two when the header is made of merged
 * cells over a second row of sub-headings) and the column of each known heading.
 */
record TableHeader(int firstRow, int rows, Map<Column, Integer> columns) {

    /** Rows above the table that are looked at: title blocks are a dozen rows at most. */
    private static final int SEARCH_ROWS = 60;
    private static final int MAX_COLUMNS = 40;
    private static final java.util.regex.Pattern SHORT_LABEL =
            java.util.regex.Pattern.compile("\\(?[0-9IVXivx.,]{1,6}\\)?|[a-zđ][.)]?");

    TableHeader {
        columns = Map.copyOf(columns);
    }

    int dataStart() {
        return firstRow + rows;
    }

    int column(Column column) {
        return columns.getOrDefault(column, -1);
    }

    boolean has(Column column) {
        return columns.containsKey(column);
    }

    /** The columns of {@code above} for a table continued on the next page without its header: data from row 0. */
    static TableHeader continuing(TableHeader above) {
        return new TableHeader(0, 0, above.columns());
    }

    /** The first header found in the sheet: a row naming at least the title and the maximum columns. */
    static Optional<TableHeader> find(TableGrid grid) {
        int last = Math.min(grid.lastRow(), SEARCH_ROWS);
        for (int r = 0; r <= last; r++) {
            Map<Column, Integer> single = columnsOf(grid, r, false);
            Map<Column, Integer> doubled = r < grid.lastRow() && looksLikeSubHeadings(grid, r + 1)
                    ? columnsOf(grid, r, true) : Map.of();
            if (usable(doubled) && doubled.size() >= single.size()) {
                return Optional.of(new TableHeader(r, 2, doubled));
            }
            if (usable(single)) {
                return Optional.of(new TableHeader(r, 1, single));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a row holds only short words, as sub-headings under merged cells do ("Tối đa", "Tự đánh giá"),
     * and not the first criterion or a row of column numbers.
     */
    private static boolean looksLikeSubHeadings(TableGrid grid, int r) {
        int lastColumn = Math.min(MAX_COLUMNS, grid.lastColumn(r));
        boolean any = false;
        for (int c = 0; c <= lastColumn; c++) {
            if (grid.continuesMergeFromAbove(r, c)) {
                continue;
            }
            String text = grid.text(r, c);
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > 40 || grid.number(r, c) != null || SHORT_LABEL.matcher(text).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean usable(Map<Column, Integer> columns) {
        return columns.containsKey(Column.TITLE) && columns.containsKey(Column.MAX);
    }

    /**
     * The headings of row {@code r}, or of rows r and r+1 read together ("Điểm" merged over "Tối đa" and
     * "Tự đánh giá" reads "Điểm Tối đa" and "Điểm Tự đánh giá").
     */
    static Map<Column, Integer> columnsOf(TableGrid grid, int r, boolean withNextRow) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        int lastColumn = Math.min(MAX_COLUMNS, Math.max(grid.lastColumn(r), withNextRow ? grid.lastColumn(r + 1) : -1));
        for (int c = 0; c <= lastColumn; c++) {
            String text = grid.spanText(r, c);
            if (withNextRow) {
                String below = grid.spanText(r + 1, c);
                if (!below.equals(text)) {
                    text = text + " " + below;
                }
            }
            Column column = Column.of(Plain.fold(text));
            if (column != null && !found.containsKey(column)) {
                found.put(column, c);
            }
        }
        return found;
    }
}
