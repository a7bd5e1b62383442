package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.text.Messages;

/**
 * Lays a sheet's lines out for print: column widths ({@link ColumnBalance}), where the header block divides into
 * its left and right halves, the print scale, the height of every row from its wrapped text in Times New Roman
 * ({@link TextMeasure}), continuation rows for texts taller than a page, and the page breaks ({@link PagePlan}).
 *
 * <p>Heights: lines × the font's line pitch (ascent + descent + leading: 13.8 pt for 12-pt text) plus
 * {@value #ROW_PADDING_POINTS} pt. Neither POI nor LibreOffice sizes rows of wrapped text written by a program (Excel
 * only does it on editing), so rows would print cut off after one line without this.
 */
final class RowLayout {

    /** Excel's column unit: the maximum digit width of the default font (Times New Roman 12): 8 px, 6 pt. */
    static final double PIXELS_PER_CHARACTER = 8;
    static final double POINTS_PER_CHARACTER = 6;
    /** A cell's text keeps this much of its width free: the cell margins and the grid line of both programs. */
    static final double CELL_PADDING_POINTS = 5;
    /** Text widths are taken this much wider, so that a renderer's rounding never wraps a line we did not. */
    static final double WRAP_SAFETY = 1.02;
    /**
     * Added once to a row's lines: a 1-line row of 12-pt text is 15.3 pt, above the 13.3 pt LibreOffice's line takes
     * and close to Excel's 15.75-pt default row for this font (its 19-px line plus 2 px), so one line shows whole in
     * both. It was 3 pt, which made the one- and two-line rows (100 of a commune appendix's 120) 26 % and 15 %
     * taller than their text in LibreOffice; now 15 % and 9 %.
     */
    static final double ROW_PADDING_POINTS = 1.5;
    /** A table row of this many lines or more may end a page inside it. */
    static final int CUT_FROM_LINES = 6;
    /** A row that ends a page inside it keeps at least this many lines on each page. */
    static final int PIECE_LINES = 3;
    /** The left part of the header block and footer takes about this share of the width when both parts fit. */
    private static final double LEFT_SHARE = 0.42;

    /**
     * One printed row: the line it shows, which part of it (0, or 1, 2 … for continuation rows), its height, and
     * the values of its pieces when the line is split (null: the line's own values).
     */
    record PrintedRow(int line, int chunk, double height, List<Object> values) {
    }

    /**
     * @param widths       column widths in characters
     * @param split        last column of the header block's left part
     * @param scalePercent the print scale
     * @param rows         the printed rows, top to bottom
     * @param pageStarts   rows (indexes into {@code rows}) that begin a page, after the first page
     * @param pageHeight   the height the plan fills on a page, in unscaled points
     */
    record Result(int[] widths, int split, int scalePercent, List<PrintedRow> rows, List<Integer> pageStarts,
                  double pageHeight) {

        /** The page (1-based) row {@code row} prints on. */
        int pageOf(int row) {
            int page = 1;
            for (int start : pageStarts) {
                if (row >= start) {
                    page++;
                }
            }
            return page;
        }

        int pages() {
            return pageStarts.size() + 1;
        }
    }

    private RowLayout() {
    }

    /** The width in points text can use in a cell (or merged cells) {@code characters} wide. */
    static double usableWidth(double characters) {
        return Math.max(1, characters * POINTS_PER_CHARACTER - CELL_PADDING_POINTS);
    }

    /** Characters a cell needs to show a text {@code points} wide on one line. */
    static int charactersFor(double points) {
        return (int) Math.ceil((points * WRAP_SAFETY + CELL_PADDING_POINTS) / POINTS_PER_CHARACTER);
    }

    static double singleLineHeight(double fontSize) {
        return heightForLines(1, fontSize);
    }

    static double heightForLines(int lines, double fontSize) {
        return Math.max(1, lines) * TextMeasure.get().linePitch(fontSize) + ROW_PADDING_POINTS;
    }

    /**
     * The layout with the widths {@link ColumnBalance} balances: its roomy widths, else its readable ones, unless
     * they print on more pages than its lowest ones.
     */
    static Result lay(List<DocumentSheet.Line> lines, List<Column> columns, DocumentSheet.Page page) {
        ColumnBalance.Balanced balanced = ColumnBalance.balance(lines, columns, page.widthCharacters(),
                page.plannedHeight(1));
        Result lowest = lay(lines, page, balanced.lowest());
        int[] tried = null;
        for (int[] widths : List.of(balanced.roomy(), balanced.readable())) {
            if (java.util.Arrays.equals(balanced.lowest(), widths)) {
                return lowest;
            }
            if (java.util.Arrays.equals(tried, widths)) {
                continue; // the roomy widths were the readable ones: laid out already
            }
            tried = widths;
            Result result = lay(lines, page, widths);
            if (result.pages() <= lowest.pages()) {
                return result;
            }
        }
        return lowest;
    }

    /** The layout with the given column widths (characters): to compare layouts in tests. */
    static Result lay(List<DocumentSheet.Line> lines, DocumentSheet.Page page, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int scalePercent = (int) Math.min(100, Math.floor(page.width() / (total * POINTS_PER_CHARACTER) * 100));
        double pageHeight = page.plannedHeight(scalePercent / 100.0);
        int split = split(lines, widths);

        double repeated = 0;
        for (DocumentSheet.Line line : lines) {
            if (line.kind == PagePlan.Kind.REPEAT) {
                repeated += lineHeight(line, widths, split);
            }
        }
        // Room for one row under the repeated header on a page, within Excel's limit.
        double maxRow = Math.min(DocumentSheet.EXCEL_MAX_ROW_POINTS, pageHeight - repeated);

        // Every row as planned pieces: a tall table row is cut into pieces of a few lines, so that a page can end
        // inside it instead of leaving the rest of the page empty.
        List<Piece> pieces = new ArrayList<>();
        List<PagePlan.Row> planned = new ArrayList<>();
        List<List<List<String>>> wrappedLines = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            DocumentSheet.Line line = lines.get(l);
            List<List<String>> wrapped = wrapped(line, widths, split);
            wrappedLines.add(wrapped);
            double height = height(line, wrapped);
            int most = wrapped.stream().mapToInt(List::size).max().orElse(1);
            boolean cuttable = line.kind == PagePlan.Kind.BODY && Double.isNaN(line.fixedHeight)
                    && (most >= CUT_FROM_LINES || height > maxRow);
            if (!cuttable) {
                pieces.add(new Piece(l, 0, most, height));
                planned.add(new PagePlan.Row(height, line.kind, line.keepWithNext));
                continue;
            }
            int from = 0;
            while (from < most) {
                int to = Math.min(most, from + PIECE_LINES);
                if (most - to < PIECE_LINES) {
                    to = most;
                }
                double pieceHeight = piecesHeight(line, wrapped, from, to);
                pieces.add(new Piece(l, from, to, pieceHeight));
                planned.add(new PagePlan.Row(pieceHeight, from == 0 ? line.kind : PagePlan.Kind.CONTINUATION,
                        to == most && line.keepWithNext));
                from = to;
            }
        }
        List<Integer> plannedStarts = PagePlan.pageStarts(planned, pageHeight);

        // Pieces of one row that print on the same page become one row again (within Excel's row limit).
        List<PrintedRow> printed = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int next = 0;
        int p = 0;
        while (p < pieces.size()) {
            Piece first = pieces.get(p);
            boolean pageStart = next < plannedStarts.size() && plannedStarts.get(next) == p;
            if (pageStart) {
                starts.add(printed.size());
                next++;
            }
            int q = p + 1;
            while (q < pieces.size() && pieces.get(q).line() == first.line()
                    && !(next < plannedStarts.size() && plannedStarts.get(next) == q)
                    && piecesHeight(lines.get(first.line()), wrappedLines.get(first.line()), first.from(),
                            pieces.get(q).to()) <= maxRow) {
                q++;
            }
            Piece lastPiece = pieces.get(q - 1);
            DocumentSheet.Line line = lines.get(first.line());
            boolean whole = first.from() == 0 && (q == pieces.size() || pieces.get(q).line() != first.line());
            if (whole) {
                printed.add(new PrintedRow(first.line(), 0, first.from() == lastPiece.from() ? first.height()
                        : piecesHeight(line, wrappedLines.get(first.line()), 0, lastPiece.to()), null));
            } else {
                List<List<String>> wrapped = wrappedLines.get(first.line());
                List<Object> values = new ArrayList<>();
                int marked = first.from() == 0 ? -1 : continuedCode(line, wrapped);
                for (int i = 0; i < line.pieces.size(); i++) {
                    DocumentSheet.Piece piece = line.pieces.get(i);
                    if (piece.value() instanceof String text) {
                        List<String> all = wrapped.get(i);
                        int a = Math.min(all.size(), first.from());
                        int b = Math.min(all.size(), lastPiece.to());
                        // A text that is not divided keeps its own form; a divided one is printed line by line.
                        boolean undivided = a == 0 && b == all.size();
                        if (i == marked) {
                            // "1.4.1 (tiếp)": a continued row says which criterion it goes on with.
                            values.add(text + "\n" + Messages.get("reports.continued"));
                            continue;
                        }
                        values.add(undivided ? text : a == b ? null : String.join("\n", all.subList(a, b)));
                    } else {
                        values.add(first.from() == 0 ? piece.value() : null);
                    }
                }
                printed.add(new PrintedRow(first.line(), first.from() == 0 ? 0 : 1,
                        piecesHeight(line, wrapped, first.from(), lastPiece.to()), values));
            }
            p = q;
        }
        return new Result(widths, split, scalePercent, printed, starts, pageHeight);
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\d+(\\.\\d+)+\\.?");

    /**
     * The cell of a row's continuation that repeats the criterion's code: the first of the row's first two cells
     * holding a code with a dot ("1.4.1") on one line, or -1. A continuation row of the same criterion would
     * otherwise start a page with blank STT and code cells.
     */
    private static int continuedCode(DocumentSheet.Line line, List<List<String>> wrapped) {
        for (int i = 0; i < Math.min(2, line.pieces.size()); i++) {
            if (line.pieces.get(i).value() instanceof String text && wrapped.get(i).size() == 1
                    && CODE.matcher(text.strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Lines of wrapped text [from, to) of one table row, planned as one piece. */
    private record Piece(int line, int from, int to, double height) {
    }

    /** Height of the lines [from, to) of a row's wrapped texts. */
    private static double piecesHeight(DocumentSheet.Line line, List<List<String>> wrapped, int from, int to) {
        double height = 0;
        for (int i = 0; i < line.pieces.size(); i++) {
            int count = Math.max(0, Math.min(wrapped.get(i).size(), to) - from);
            if (count > 0) {
                height = Math.max(height, count * TextMeasure.get().linePitch(line.pieces.get(i).size()));
            }
        }
        return Math.max(height, TextMeasure.get().linePitch(SheetStyles.TABLE_FONT_SIZE)) + ROW_PADDING_POINTS;
    }

    /**
     * Widths (points) the header block's and the footer's left and right parts need to show each of their lines
     * on one line: {left, right}.
     */
    static double[] sideNeeds(List<DocumentSheet.Line> lines) {
        double left = 0;
        double right = 0;
        for (DocumentSheet.Line line : lines) {
            boolean header = line.kind == PagePlan.Kind.TOP;
            for (DocumentSheet.Piece piece : line.pieces) {
                if (!(piece.value() instanceof String text) || piece.span() == DocumentSheet.Span.CELL
                        || piece.span() == DocumentSheet.Span.ALL || piece.span() == DocumentSheet.Span.REST) {
                    continue;
                }
                double longest = longestLine(text, piece);
                if (piece.span() == DocumentSheet.Span.LEFT && header) {
                    left = Math.max(left, longest);
                } else if (piece.span() == DocumentSheet.Span.RIGHT) {
                    // The national title, motto, date line and the signer's lines.
                    right = Math.max(right, longest);
                }
            }
        }
        return new double[] {left, right};
    }

    /** The last column of the left part: both parts wide enough for their longest line, the left near 42 %. */
    static int split(List<DocumentSheet.Line> lines, int[] widths) {
        double[] needs = sideNeeds(lines);
        double leftNeed = needs[0];
        double rightNeed = needs[1];
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int best = Math.max(0, widths.length - 2);
        double bestScore = Double.NEGATIVE_INFINITY;
        int sum = 0;
        for (int s = 0; s < widths.length - 1; s++) {
            sum += widths[s];
            double left = usableWidth(sum);
            double right = usableWidth(total - sum);
            boolean fits = left >= leftNeed * WRAP_SAFETY && right >= rightNeed * WRAP_SAFETY;
            // Fitting parts first, nearest the usual share; otherwise the least overflowing.
            double score = fits ? 10 - Math.abs((double) sum / total - LEFT_SHARE)
                    : Math.min(left / Math.max(1, leftNeed), right / Math.max(1, rightNeed));
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private static double longestLine(String text, DocumentSheet.Piece piece) {
        double longest = 0;
        for (String part : text.split("\n")) {
            longest = Math.max(longest, TextMeasure.get().width(part, piece.size(), piece.font()));
        }
        return longest;
    }

    private static double lineHeight(DocumentSheet.Line line, int[] widths, int split) {
        return height(line, wrapped(line, widths, split));
    }

    private static double height(DocumentSheet.Line line, List<List<String>> wrapped) {
        if (!Double.isNaN(line.fixedHeight)) {
            return line.fixedHeight;
        }
        double height = singleLineHeight(SheetStyles.TABLE_FONT_SIZE);
        for (int p = 0; p < line.pieces.size(); p++) {
            DocumentSheet.Piece piece = line.pieces.get(p);
            height = Math.max(height, heightForLines(wrapped.get(p).size(), piece.size()));
        }
        return height;
    }

    /** Each piece's text as wrapped in its cell or merged range; a one-line list for non-text values. */
    private static List<List<String>> wrapped(DocumentSheet.Line line, int[] widths, int split) {
        List<List<String>> result = new ArrayList<>();
        for (DocumentSheet.Piece piece : line.pieces) {
            if (piece.value() instanceof String text && !text.isEmpty()) {
                double width = usableWidth(spanCharacters(piece, widths, split)) / WRAP_SAFETY;
                result.add(TextMeasure.get().wrap(text, width, piece.size(), piece.font()));
            } else {
                result.add(List.of(""));
            }
        }
        return result;
    }

    /** The first column of the cell or merged range {@code piece} prints in. */
    static int firstColumn(DocumentSheet.Piece piece, int split) {
        return switch (piece.span()) {
            case CELL, REST -> piece.column();
            case LEFT, ALL -> 0;
            case RIGHT -> split + 1;
        };
    }

    /** The last column of the cell or merged range {@code piece} prints in; {@code last}: the table's last. */
    static int lastColumn(DocumentSheet.Piece piece, int split, int last) {
        return switch (piece.span()) {
            case CELL -> piece.column();
            case LEFT -> split;
            case RIGHT, ALL, REST -> last;
        };
    }

    static int spanCharacters(DocumentSheet.Piece piece, int[] widths, int split) {
        int from = firstColumn(piece, split);
        int to = lastColumn(piece, split, widths.length - 1);
        int sum = 0;
        for (int c = from; c <= to; c++) {
            sum += widths[c];
        }
        return sum;
    }
}
