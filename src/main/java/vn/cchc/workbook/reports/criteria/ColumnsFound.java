package vn.cchc.workbook.reports.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.cchc.workbook.domain.text.Messages;

/**
 * When no criteria table is found, which column headings were: the row among the first rows of a table that names
 * the most known columns (or has the most short cells), so that the message can say "Các cột tìm thấy: STT, Nội
 * dung, Tài liệu kiểm chứng" and the user sees which one is missing.
 */
final class ColumnsFound {

    private static final int SEARCH_ROWS = 30;
    private static final int MAX_NAMES = 12;
    private static final int MAX_NAME_LENGTH = 40;

    private ColumnsFound() {
    }

    static String describe(TableGrid grid) {
        return describe(List.of(grid));
    }

    /** The headings of the most header-like row of {@code grids}, or a phrase saying there were none. */
    static String describe(List<? extends TableGrid> grids) {
        List<String> best = List.of();
        int bestScore = 0;
        for (TableGrid grid : grids) {
            for (int r = 0; r <= Math.min(grid.lastRow(), SEARCH_ROWS); r++) {
                int known = TableHeader.columnsOf(grid, r, false).size();
                List<String> cells = new ArrayList<>();
                for (int c = 0; c <= Math.min(grid.lastColumn(r), 40); c++) {
                    String text = Plain.oneLine(grid.text(r, c));
                    if (!text.isEmpty() && text.length() <= MAX_NAME_LENGTH) {
                        cells.add(text);
                    }
                }
                int score = known * 100 + (cells.size() >= 2 ? cells.size() : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = cells;
                }
            }
        }
        if (best.isEmpty()) {
            return Messages.get("criteriasets.import.noColumns");
        }
        Set<String> names = new LinkedHashSet<>(best);
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            if (shown.size() == MAX_NAMES) {
                break;
            }
            shown.add("“" + name + "”");
        }
        return String.join(", ", shown);
    }
}
