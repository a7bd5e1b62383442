package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides every page break of a printed sheet, with the same row heights, page height and repeated header rows that
 * Excel and LibreOffice use, so that the program and the spreadsheet never disagree about where a page ends. The
 * sheet then carries a manual break at each page start and no page is left for the spreadsheet to break itself.
 *
 * <p>Rules, from the way appendices are printed (seeds 000 and 003): the title block stays with the table header and
 * the first body rows; a group heading, or a criterion row over its sub-criteria, never ends a page; the totals, the
 * notes under them and the signature block with "Nơi nhận" stay together, with the last body rows (which the tail
 * keeps before the title takes its first rows: a table of three rows never leaves the signature alone on a page); a
 * page other than the last holds at least {@value #MIN_BODY_ROWS} body rows, unless a row too tall to keep whole runs
 * over its top or bottom edge. Among the layouts that keep these rules, the one with the fewest pages is chosen,
 * filling earlier pages first. When rows are too tall to keep every rule, the rules are relaxed step by step (fewer
 * rows kept together), never the page height.
 */
final class PagePlan {

    /** At least this many body rows on every page but the last. */
    static final int MIN_BODY_ROWS = 3;

    /** What a row is, for the rules above. */
    enum Kind {
        /** Header block, headings: above the table, first page only. */
        TOP,
        /** The table header, repeated at the top of every page. */
        REPEAT,
        /** A table row. */
        BODY,
        /** The rest of a table row whose text is longer than a page. */
        CONTINUATION,
        /** A group heading spanning the table ("I. Phòng Nội vụ"). */
        GROUP,
        /** A total or index row under the table. */
        TOTAL,
        /** An explanatory note row under the totals. */
        NOTE,
        /** Spacing, "Nơi nhận" and the signature block. */
        FOOTER
    }

    /** A row to plan; {@code keepWithNext}: a criterion row heading the sub-criteria after it. */
    record Row(double height, Kind kind, boolean keepWithNext) {

        Row(double height, Kind kind) {
            this(height, kind, false);
        }

        boolean isBody() {
            return kind == Kind.BODY || kind == Kind.CONTINUATION;
        }
    }


    /** How strictly rows are kept together; relaxed in this order when the rows do not allow it. */
    private record Strictness(int minBodyRows, int topBodyRows, int tailBodyRows, boolean keepTail,
                              boolean keepCriteria) {
    }

    private static final List<Strictness> LADDER = List.of(
            new Strictness(MIN_BODY_ROWS, MIN_BODY_ROWS, 2, true, true),
            new Strictness(2, 2, 1, true, true),
            new Strictness(1, 1, 1, true, true),
            new Strictness(1, 1, 1, true, false),
            new Strictness(1, 0, 0, false, false));

    private PagePlan() {
    }

    /**
     * The rows that begin a page, after the first page (ascending). {@code pageHeight} is the printable height in
     * the rows' own units (points before the print scale is applied).
     */
    static List<Integer> pageStarts(List<Row> rows, double pageHeight) {
        double repeated = 0;
        for (Row row : rows) {
            if (row.kind() == Kind.REPEAT) {
                repeated += row.height();
            }
        }
        for (Strictness strictness : LADDER) {
            List<int[]> blocks = blocks(rows, strictness);
            List<Integer> starts = bestBreaks(rows, blocks, pageHeight, repeated, strictness.minBodyRows());
            if (starts != null) {
                return starts;
            }
        }
        return greedy(rows, pageHeight, repeated);
    }

    /** Runs of rows that must print on one page: [first, last] inclusive. */
    private static List<int[]> blocks(List<Row> rows, Strictness strictness) {
        int n = rows.size();
        int lastBody = -1;
        for (int i = 0; i < n; i++) {
            if (rows.get(i).isBody() || rows.get(i).kind() == Kind.GROUP) {
                lastBody = i;
            }
        }
        // Everything above the table and its header.
        int headerEnd = -1;
        while (headerEnd + 1 < n && (rows.get(headerEnd + 1).kind() == Kind.TOP
                || rows.get(headerEnd + 1).kind() == Kind.REPEAT)) {
            headerEnd++;
        }
        // The tail first: totals, notes and footer, with the last body rows. It keeps its rows before the top block
        // takes its own, so that a table of a few rows never leaves the notes and the signature alone on a page
        // under a repeated header (a ranking of three units did).
        int tailStart = n;
        if (strictness.keepTail()) {
            tailStart = Math.max(lastBody + 1, headerEnd + 1);
            int kept = 0;
            while (tailStart - 1 > headerEnd && kept < strictness.tailBodyRows()) {
                tailStart--;
                if (rows.get(tailStart).isBody()) {
                    kept++;
                }
            }
            // A group heading (or a criterion over its sub-criteria) directly above the tail goes with it.
            while (tailStart - 1 > headerEnd && heading(rows.get(tailStart - 1), strictness)) {
                tailStart--;
            }
        }
        // The top block: the header block, the table's header and the first body rows above the tail.
        int topEnd = headerEnd;
        int counted = 0;
        for (int i = headerEnd + 1; i < tailStart && i <= lastBody && counted < strictness.topBodyRows(); i++) {
            topEnd = i;
            if (rows.get(i).isBody()) {
                counted++;
            }
        }
        List<int[]> blocks = new ArrayList<>();
        if (topEnd >= 0) {
            blocks.add(new int[] {0, topEnd});
        }
        int i = topEnd + 1;
        while (i < tailStart) {
            int end = i;
            // A group heading, and a criterion row over its sub-criteria, is glued to the row after it.
            while (end < tailStart - 1 && heading(rows.get(end), strictness)) {
                end++;
            }
            blocks.add(new int[] {i, end});
            i = end + 1;
        }
        if (tailStart < n) {
            if (strictness.keepTail()) {
                blocks.add(new int[] {tailStart, n - 1});
            } else {
                for (int r = tailStart; r < n; r++) {
                    blocks.add(new int[] {r, r});
                }
            }
        }
        return blocks;
    }

    /** Whether {@code row} heads the rows after it and so never ends a page: kept last among the rules relaxed. */
    private static boolean heading(Row row, Strictness strictness) {
        return row.kind() == Kind.GROUP || strictness.keepCriteria() && row.keepWithNext();
    }

    /**
     * Fewest pages by dynamic programming over block boundaries; among equal counts, the longest first pages.
     * Null when no layout keeps the rules.
     */
    private static List<Integer> bestBreaks(List<Row> rows, List<int[]> blocks, double pageHeight, double repeated,
                                            int minBodyRows) {
        int m = blocks.size();
        double[] height = new double[m];
        int[] body = new int[m];
        boolean[] continues = new boolean[m];
        for (int b = 0; b < m; b++) {
            // Rows as printed: the pieces of a cut row that share a page print as one row.
            continues[b] = rows.get(blocks.get(b)[0]).kind() == Kind.CONTINUATION;
            for (int r = blocks.get(b)[0]; r <= blocks.get(b)[1]; r++) {
                height[b] += rows.get(r).height();
                body[b] += rows.get(r).kind() == Kind.BODY ? 1 : 0;
            }
        }
        int impossible = Integer.MAX_VALUE / 2;
        int[] pages = new int[m + 1];
        int[] nextStart = new int[m + 1];
        pages[m] = 0;
        for (int i = m - 1; i >= 0; i--) {
            pages[i] = impossible;
            double used = i == 0 ? 0 : repeated;
            // A page that opens with the rest of a cut row prints that rest as a row of its own.
            int bodyRows = continues[i] ? 1 : 0;
            for (int j = i + 1; j <= m; j++) {
                used += height[j - 1];
                bodyRows += body[j - 1];
                if (used > pageHeight + 1e-6) {
                    break;
                }
                boolean last = j == m;
                // A page may hold fewer rows where a row too tall to keep whole runs over one of its edges.
                boolean cutAtAnEdge = continues[i] || j < m && continues[j];
                if (!last && bodyRows < minBodyRows && !cutAtAnEdge) {
                    continue;
                }
                if (pages[j] < impossible && 1 + pages[j] <= pages[i]) {
                    // "<=": a later j (a fuller page) wins a tie.
                    pages[i] = 1 + pages[j];
                    nextStart[i] = j;
                }
            }
        }
        if (pages[0] >= impossible) {
            return null;
        }
        List<Integer> starts = new ArrayList<>();
        int b = nextStart[0];
        while (b < m) {
            starts.add(blocks.get(b)[0]);
            b = nextStart[b];
        }
        return starts;
    }

    /** Last resort: break before any row that does not fit; a row taller than a page gets a page of its own. */
    private static List<Integer> greedy(List<Row> rows, double pageHeight, double repeated) {
        List<Integer> starts = new ArrayList<>();
        double used = 0;
        for (int r = 0; r < rows.size(); r++) {
            double h = rows.get(r).height();
            if (used + h > pageHeight && used > repeated) {
                starts.add(r);
                used = repeated;
            }
            used += h;
        }
        return starts;
    }
}
