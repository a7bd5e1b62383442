package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths from the content actually present, so that the printed table is as short as possible: the longest
 * texts get the room, an empty column shrinks to its header's longest word, codes and figures never wrap.
 *
 * <p>Every column starts at its minimum (its header's longest word, its widest code or figure; a centred label of
 * several words on one line where its column may be that wide), the text columns
 * share the rest in proportion to their amount of text, and then up to {@value #STEP} characters at a time move
 * between any two columns while that lowers the table: the body's height plus the repeated header's height on every
 * page, measured with the real font ({@link TextMeasure}). From those lowest widths a second search, with moves of
 * up to {@value #READABLE_STEP} characters, evens out the squeezed rows, worst first (then lowers the height), while
 * the table stays within 1 % of its lowest height, and once more while it stays within the room the lowest table's
 * last page leaves (decision 53). A row is squeezed by as much as it is taller than it would be if
 * the text columns' width were divided for it alone: a title running 13 lines in a narrow column beside an opinion of
 * 6 lines in a wide one, or a note of four words on four lines beside a one-line title. Rows taller only by up to
 * {@value #SQUEEZE_FLOOR_LINES} line are not counted as squeezed: many rows a line taller to save one row a line
 * read worse. A text column keeps its longest word whole, and a column of short labels prints them on one line.
 */
final class ColumnBalance {

    /** No text column narrower than this many characters (a code, a short date, a header word). */
    static final int MIN_TEXT_CHARACTERS = 8;
    private static final int MIN_FIXED_CHARACTERS = 5;
    private static final int STEP = 3;
    private static final int READABLE_STEP = 8;
    private static final int MAX_ROUNDS = 300;
    /**
     * A word longer than this may be broken in a text column (a link, a long document number); a column of labels
     * up to this long prints them on one line.
     */
    private static final int MAX_WORD_CHARACTERS = 16;
    /** A figure column is never wider than this, whatever its header. */
    private static final int MAX_NUMBER_CHARACTERS = 12;
    /** Points charged per character the header block lacks: more than any height a character could save. */
    private static final double SIDE_PENALTY = 10_000;
    /** How much higher than the lowest table the readable one may be: 1 %. */
    static final double READABLE_ALLOWANCE = 1.01;
    /** Lines a row may be taller than its own best division of the width before the readable pass counts it. */
    static final int SQUEEZE_FLOOR_LINES = 1;
    /** {@link Search}'s boundary: none to keep (nothing to divide, or no boundary can fit both parts). */
    private static final int NONE = -1;
    /** {@link Search}'s boundary: wherever the header block's parts lack the fewest characters. */
    private static final int FREE = -2;

    /** One text cell measured once: the widths of its words and where its paragraphs end. */
    private record Measured(double[] words, boolean[] paragraphEnd, double space, double pitch) {

        /** The width of the text on one line; infinity when it has several paragraphs. */
        double oneLine() {
            double width = 0;
            for (int i = 0; i < words.length; i++) {
                if (paragraphEnd[i] && i < words.length - 1) {
                    return Double.POSITIVE_INFINITY;
                }
                width += words[i] + (i > 0 ? space : 0);
            }
            return width;
        }

        int lines(double widthPoints) {
            if (words.length == 0) {
                return 1;
            }
            int lines = 1;
            double used = -1;
            for (int i = 0; i < words.length; i++) {
                double w = words[i];
                if (used < 0) {
                    used = w;
                } else if (used + space + w <= widthPoints) {
                    used += space + w;
                } else {
                    lines++;
                    used = w;
                }
                while (used > widthPoints && widthPoints > 0) {
                    lines++;
                    used -= widthPoints;
                }
                if (paragraphEnd[i] && i < words.length - 1) {
                    lines++;
                    used = -1;
                }
            }
            return lines;
        }
    }

    private ColumnBalance() {
    }

    /**
     * The widths of the lowest table found, those of the table whose rows are least squeezed (worst first) while it
     * is at most {@value #READABLE_ALLOWANCE} × as high, and those of the one least squeezed while it fills no more
     * pages than the lowest one is estimated to (its {@code roomy} widths): {@link RowLayout} prints the roomy ones,
     * else the readable ones, unless they take a page more than the lowest.
     */
    record Balanced(int[] lowest, int[] readable, int[] roomy) {

        Balanced(int[] lowest, int[] readable) {
            this(lowest, readable, readable);
        }
    }

    /**
     * Widths in characters (Excel's unit, 6 pt at 100 %) for {@code columns}, {@code available} in total: the
     * readable ones of {@link #balance}.
     */
    static int[] widths(List<DocumentSheet.Line> lines, List<Column> columns, int available, double pageHeight) {
        return balance(lines, columns, available, pageHeight).readable();
    }

    /**
     * The lowest and the readable widths for {@code columns}, {@code available} characters in total.
     * {@code pageHeight} (points) estimates how many times the repeated header rows print.
     */
    static Balanced balance(List<DocumentSheet.Line> lines, List<Column> columns, int available, double pageHeight) {
        int n = columns.size();
        int[] widths = new int[n];
        int[] minimum = new int[n];
        Table table = Table.of(lines, n);
        double[] mass = new double[n];
        double[] longestWord = new double[n];
        double[] widestText = new double[n];
        for (int c = 0; c < n; c++) {
            Column column = columns.get(c);
            int floor = column.align() == Column.Align.TEXT ? MIN_TEXT_CHARACTERS : MIN_FIXED_CHARACTERS;
            minimum[c] = Math.max(floor, headerWordCharacters(column));
        }
        for (int r = 0; r < table.repeated().length; r++) {
            for (int c = 0; c < n; c++) {
                Measured measured = table.cells().get(c).get(r);
                if (measured == null) {
                    continue;
                }
                if (columns.get(c).align() == Column.Align.TEXT) {
                    for (double w : measured.words()) {
                        mass[c] += w;
                        longestWord[c] = table.repeated()[r] ? longestWord[c] : Math.max(longestWord[c], w);
                    }
                    if (!table.repeated()[r]) {
                        widestText[c] = Math.max(widestText[c], measured.oneLine());
                    }
                } else if (!table.repeated()[r]) {
                    // Codes and figures print on one line; a label of several words may wrap between them.
                    double widest = 0;
                    for (double w : measured.words()) {
                        widest = Math.max(widest, w);
                    }
                    minimum[c] = Math.max(minimum[c], RowLayout.charactersFor(widest / RowLayout.WRAP_SAFETY));
                    if (Double.isFinite(measured.oneLine())) {
                        widestText[c] = Math.max(widestText[c], measured.oneLine());
                    }
                }
            }
        }
        // A text spanning several columns counts towards the last text column it spans (a note column, usually).
        for (Ranged ranged : table.ranged()) {
            for (int c = n - 1; c >= ranged.from(); c--) {
                if (columns.get(c).align() == Column.Align.TEXT) {
                    for (double w : ranged.cell().words()) {
                        mass[c] += w;
                    }
                    break;
                }
            }
        }
        wholeWords(minimum, longestWord, widestText, available);
        int minimumSum = 0;
        double massSum = 0;
        List<Integer> text = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            widths[c] = minimum[c];
            minimumSum += minimum[c];
            if (columns.get(c).align() == Column.Align.TEXT) {
                text.add(c);
                mass[c] = Math.max(mass[c], 1);
                massSum += mass[c];
            }
        }
        int spare = available - minimumSum;
        if (spare <= 0) {
            return new Balanced(widths, widths);
        }
        // A short label of several words ("Chưa thực hiện") starts on one line where its column may be that wide:
        // the search below moves a few characters at a time and would not widen it far enough by itself.
        for (int c = 0; c < n; c++) {
            Column column = columns.get(c);
            if (column.align() == Column.Align.CENTER && widestText[c] > 0) {
                int oneLine = Math.min(RowLayout.charactersFor(widestText[c] / RowLayout.WRAP_SAFETY),
                        Math.max(minimum[c], column.width()) + 2);
                int raise = Math.min(spare, Math.max(0, oneLine - widths[c]));
                widths[c] += raise;
                spare -= raise;
            }
        }
        if (text.isEmpty()) {
            // Figures only: they share the room evenly.
            for (int i = 0; i < spare; i++) {
                widths[i % n]++;
            }
        } else {
            int given = 0;
            for (int c : text) {
                int share = (int) Math.floor(spare * mass[c] / massSum);
                widths[c] += share;
                given += share;
            }
            widths[text.get(0)] += spare - given;
        }
        int[] maximum = new int[n];
        for (int c = 0; c < n; c++) {
            Column column = columns.get(c);
            maximum[c] = switch (column.align()) {
                case TEXT -> available;
                case NUMBER -> Math.max(minimum[c], MAX_NUMBER_CHARACTERS);
                case CENTER -> Math.max(minimum[c], column.width()) + 2;
            };
        }
        Search search = new Search(table, minimum, maximum, pageHeight, numbers(columns), texts(columns),
                sideCharacters(lines));
        search.lowest(widths);
        int[] readable = widths.clone();
        double lowest = search.cost(widths);
        search.readable(readable, lowest * READABLE_ALLOWANCE);
        // The room left on the last page costs nothing on paper: a lone opinion of twenty words beside a hundred
        // titles stayed on 13 lines of a 9-character column, since widening it lengthened the table by 9 %.
        double filled = Math.ceil(lowest / pageHeight) * pageHeight - RowLayout.singleLineHeight(
                SheetStyles.TABLE_FONT_SIZE);
        if (filled <= lowest * READABLE_ALLOWANCE) {
            return new Balanced(widths, readable);
        }
        int[] roomy = widths.clone();
        search.readable(roomy, filled);
        return new Balanced(widths, readable, roomy);
    }

    /**
     * Raises each text column's minimum to its longest word, so that no word of a note is broken inside, and a
     * column of short labels only ("xếp thứ 3/18", "Tiêu chí mới") to its widest one, so that they print on one
     * line: up to {@value #MAX_WORD_CHARACTERS} characters, and only when all the minima still fit
     * {@code available}.
     */
    private static void wholeWords(int[] minimum, double[] longestWord, double[] widestText, int available) {
        int[] raised = minimum.clone();
        int sum = 0;
        for (int c = 0; c < raised.length; c++) {
            if (longestWord[c] > 0) {
                int label = RowLayout.charactersFor(widestText[c] / RowLayout.WRAP_SAFETY);
                int word = RowLayout.charactersFor(longestWord[c] / RowLayout.WRAP_SAFETY);
                raised[c] = Math.max(raised[c], Math.min(MAX_WORD_CHARACTERS,
                        label <= MAX_WORD_CHARACTERS ? label : word));
            }
            sum += raised[c];
        }
        if (sum <= available) {
            System.arraycopy(raised, 0, minimum, 0, minimum.length);
        }
    }

    private static boolean[] texts(List<Column> columns) {
        boolean[] texts = new boolean[columns.size()];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = columns.get(c).align() == Column.Align.TEXT;
        }
        return texts;
    }

    private static boolean[] numbers(List<Column> columns) {
        boolean[] numbers = new boolean[columns.size()];
        for (int c = 0; c < numbers.length; c++) {
            numbers[c] = columns.get(c).align() == Column.Align.NUMBER;
        }
        return numbers;
    }

    /** Characters the left and right parts of the header block and footer need: {left, right}. */
    private static int[] sideCharacters(List<DocumentSheet.Line> lines) {
        double[] needs = RowLayout.sideNeeds(lines);
        return new int[] {needs[0] == 0 ? 0 : RowLayout.charactersFor(needs[0]),
            needs[1] == 0 ? 0 : RowLayout.charactersFor(needs[1])};
    }

    /** The measure the search minimises, for given widths: to compare layouts in tests. */
    static double cost(List<DocumentSheet.Line> lines, int[] widths, double pageHeight) {
        return search(lines, widths, pageHeight).cost(widths);
    }

    private static Search search(List<DocumentSheet.Line> lines, int[] widths, double pageHeight) {
        int[] unbounded = new int[widths.length];
        java.util.Arrays.fill(unbounded, Integer.MAX_VALUE);
        return new Search(Table.of(lines, widths.length), new int[widths.length], unbounded, pageHeight,
                new boolean[widths.length], new boolean[widths.length], sideCharacters(lines));
    }

    /**
     * The table's rows measured once: per column, each row's cell (null when empty); the texts that span from a
     * column to the table's last column ({@link DocumentSheet.Span#REST}); which rows are the repeated header.
     */
    private record Table(List<List<Measured>> cells, List<Ranged> ranged, boolean[] repeated) {

        static Table of(List<DocumentSheet.Line> lines, int n) {
            List<DocumentSheet.Line> table = tableLines(lines);
            List<List<Measured>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                cells.add(new ArrayList<>());
            }
            List<Ranged> ranged = new ArrayList<>();
            boolean[] repeated = new boolean[table.size()];
            for (int r = 0; r < table.size(); r++) {
                DocumentSheet.Line line = table.get(r);
                repeated[r] = line.kind == PagePlan.Kind.REPEAT;
                Measured[] row = new Measured[n];
                for (DocumentSheet.Piece piece : line.pieces) {
                    String text = shown(piece.value());
                    if (text.isEmpty()) {
                        continue;
                    }
                    Measured measured = measure(text, piece.size(), piece.font());
                    if (piece.span() == DocumentSheet.Span.REST) {
                        ranged.add(new Ranged(r, piece.column(), measured));
                    } else {
                        row[piece.column()] = measured;
                    }
                }
                for (int c = 0; c < n; c++) {
                    cells.get(c).add(row[c]);
                }
            }
            return new Table(cells, ranged, repeated);
        }
    }

    /** A text of table row {@code row} spanning from column {@code from} to the last column. */
    private record Ranged(int row, int from, Measured cell) {
    }

    /**
     * The search for the widths: line counts per column and width are computed once and kept. The header block's
     * left and right parts must fit their longest line at some column boundary: a first pass reaches that at the
     * boundary nearest the usual share, later passes may move the boundary, so that the national title need not
     * sit over one column that then cannot shrink.
     */
    private static final class Search {
        private final List<List<Measured>> cells;
        private final List<Ranged> ranged;
        private final boolean[] repeated;
        private final int[] minimum;
        private final double pageHeight;
        private final java.util.Map<Long, double[]> heights = new java.util.HashMap<>();
        private final java.util.Map<Long, Double> rangedHeights = new java.util.HashMap<>();
        private final boolean[] numbers;
        private final boolean[] texts;
        private final int[] sides;
        private final int[] maximum;
        /** The boundary the first pass divides the header block at; {@link #FREE}: the best one for the widths. */
        private int boundary = FREE;
        private final double[] rows;

        /** Each table row's lowest height ({@link #ideals}), set for the readable pass. */
        private double[] ideal;

        Search(Table table, int[] minimum, int[] maximum, double pageHeight, boolean[] numbers, boolean[] texts,
               int[] sides) {
            this.texts = texts;
            this.cells = table.cells();
            this.ranged = table.ranged();
            this.repeated = table.repeated();
            this.maximum = maximum;
            this.numbers = numbers;
            this.sides = sides;
            this.minimum = minimum;
            this.pageHeight = pageHeight;
            this.rows = new double[repeated.length];
        }

        /** Lowers the table's cost from {@code widths}, changing them in place. */
        void lowest(int[] widths) {
            boundary = chooseBoundary(widths);
            descend(widths, Double.NaN);
            boundary = FREE;
            descend(widths, Double.NaN);
        }

        /**
         * From the lowest widths, evens out the squeezed rows ({@link #squeeze}, then the cost) while the cost
         * stays within {@code cap}. The local search of {@link #lowest} stops at the first widths no small move
         * improves, often beside lower ones a few characters away, so this pass may also end lower than it started.
         */
        void readable(int[] widths, double cap) {
            boundary = FREE;
            ideal = ideals(widths);
            descend(widths, cap);
        }

        /**
         * Moves up to {@value #STEP} characters at a time between two columns (or one to every figure column at
         * once) while that lowers the cost; with a {@code cap}, up to {@value #READABLE_STEP} characters while that
         * makes the rows less squeezed (then lowers the cost) with the cost at most {@code cap}.
         */
        private void descend(int[] widths, double cap) {
            int longest = Double.isNaN(cap) ? STEP : READABLE_STEP;
            int n = widths.length;
            double[] best = value(widths, cap);
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int bestFrom = -1;
                int bestTo = -1;
                double[] bestValue = best;
                for (int from = 0; from < n; from++) {
                    if (widths[from] - 1 < minimum[from]) {
                        continue;
                    }
                    for (int to = 0; to < n; to++) {
                        if (to == from) {
                            continue;
                        }
                        for (int step = 1; step <= longest && widths[from] - step >= minimum[from]
                                && widths[to] + step <= maximum[to]; step++) {
                            widths[from] -= step;
                            widths[to] += step;
                            double[] value = value(widths, cap);
                            if (lower(value, bestValue)) {
                                bestValue = value;
                                bestFrom = from;
                                bestTo = to * 32 + step;
                            }
                            widths[from] += step;
                            widths[to] -= step;
                        }
                    }
                }
                // The figure columns' headers wrap alike: widening one alone lowers nothing, so try them together.
                int widenFrom = -1;
                for (int from = 0; from < n; from++) {
                    int given = 0;
                    for (int c = 0; c < n; c++) {
                        given += numbers[c] && c != from && widths[c] < maximum[c] ? 1 : 0;
                    }
                    if (given == 0 || widths[from] - given < minimum[from]) {
                        continue;
                    }
                    boolean[] changed = widenFigures(widths, from);
                    double[] value = value(widths, cap);
                    if (lower(value, bestValue)) {
                        bestValue = value;
                        widenFrom = from;
                    }
                    undo(widths, from, changed);
                }
                if (widenFrom >= 0) {
                    widenFigures(widths, widenFrom);
                    best = bestValue;
                    continue;
                }
                // Long figure headers (a lĩnh vực's title over its points) wrap to a dozen lines at different widths:
                // widen each of the tallest to its first width one, two, … lines shorter, paid by the text columns
                // (a note a line longer may pay for several header lines, which one line at a time never shows).
                int[] bestLowered = null;
                for (int lines = 1; ; lines++) {
                    int[] lowered = lowerFigureHeaders(widths, lines);
                    if (lowered == null) {
                        break;
                    }
                    double[] value = value(lowered, cap);
                    if (lower(value, bestValue)) {
                        bestValue = value;
                        bestLowered = lowered;
                    }
                }
                if (bestLowered != null) {
                    System.arraycopy(bestLowered, 0, widths, 0, n);
                    best = bestValue;
                    continue;
                }
                if (bestFrom < 0) {
                    return;
                }
                widths[bestFrom] -= bestTo % 32;
                widths[bestTo / 32] += bestTo % 32;
                best = bestValue;
            }
        }

        /**
         * The cost without a cap; with one, how squeezed the rows are ({@link #squeeze}) then the cost, or infinity
         * where the cost passes the cap. Compared with {@link #lower}.
         */
        private double[] value(int[] widths, double cap) {
            double cost = cost(widths);
            if (Double.isNaN(cap)) {
                return new double[] {cost, 0};
            }
            return cost > cap ? new double[] {Double.POSITIVE_INFINITY, 0} : new double[] {squeeze(), cost};
        }

        /** Whether {@code a} is lower than {@code b}: by its first part (to a relative 1e-9), then its second. */
        private static boolean lower(double[] a, double[] b) {
            double tolerance = Math.max(1e-6, Math.abs(b[0]) * 1e-9);
            return a[0] < b[0] - tolerance || a[0] <= b[0] + tolerance && a[1] < b[1] - 1e-6;
        }

        private static double linePitch() {
            return TextMeasure.get().linePitch(SheetStyles.TABLE_FONT_SIZE);
        }

        /**
         * How squeezed the rows of the heights {@link #rowHeights} last computed are, as one number that orders
         * them worst first: each row more than {@value #SQUEEZE_FLOOR_LINES} line taller than its {@link #ideal}
         * counts (rows + 1) to the power of its extra lines, so one row a line more squeezed outweighs every row
         * less squeezed together (the most squeezed row first, then how many rows are that squeezed, then the next).
         */
        private double squeeze() {
            double base = rows.length + 1;
            int most = (int) Math.floor(300 / Math.log10(base));
            double sum = 0;
            for (int r = 0; r < rows.length; r++) {
                if (!repeated[r]) {
                    long extra = Math.round((rows[r] - ideal[r]) / linePitch()) - SQUEEZE_FLOOR_LINES;
                    if (extra > 0) {
                        sum += Math.pow(base, Math.min(extra, most));
                    }
                }
            }
            return sum;
        }

        /**
         * Each table row's lowest height (points, no padding) if the text columns' width at {@code widths} were
         * divided for that row alone (the other columns as they are): what it would take if no other row had a say.
         */
        private double[] ideals(int[] widths) {
            int textWidth = 0;
            for (int c = 0; c < widths.length; c++) {
                textWidth += texts[c] ? widths[c] : 0;
            }
            double[] result = new double[rows.length];
            List<List<Ranged>> rangedOf = new ArrayList<>();
            for (int r = 0; r < rows.length; r++) {
                rangedOf.add(new ArrayList<>());
            }
            for (Ranged text : ranged) {
                rangedOf.get(text.row()).add(text);
            }
            for (int r = 0; r < rows.length; r++) {
                if (repeated[r]) {
                    continue;
                }
                double fixed = 0;
                List<Measured> cellsOf = new ArrayList<>();
                List<Integer> offsets = new ArrayList<>();
                List<Integer> minima = new ArrayList<>();
                boolean[] taken = new boolean[widths.length];
                for (Ranged text : rangedOf.get(r)) {
                    int offset = 0;
                    int least = 0;
                    for (int c = text.from(); c < widths.length; c++) {
                        taken[c] = true;
                        if (texts[c]) {
                            least += minimum[c];
                        } else {
                            offset += widths[c];
                        }
                    }
                    cellsOf.add(text.cell());
                    offsets.add(offset);
                    minima.add(least);
                }
                int budget = textWidth;
                for (int c = 0; c < widths.length; c++) {
                    if (taken[c]) {
                        continue;
                    }
                    Measured cell = cells.get(c).get(r);
                    if (!texts[c]) {
                        fixed = Math.max(fixed, column(c, widths[c])[r]);
                    } else if (cell == null) {
                        budget -= minimum[c];
                    } else {
                        cellsOf.add(cell);
                        offsets.add(0);
                        minima.add(minimum[c]);
                    }
                }
                result[r] = Math.max(fixed, lowestHeight(cellsOf, offsets, minima, budget));
            }
            return result;
        }

        /**
         * The lowest height of text cells sharing {@code budget} characters (each at least its minimum, plus its
         * fixed offset): the fewest lines every cell can fit in together.
         */
        private static double lowestHeight(List<Measured> cells, List<Integer> offsets, List<Integer> minima,
                                           int budget) {
            if (cells.isEmpty()) {
                return 0;
            }
            int high = 1;
            double pitch = 0;
            for (int i = 0; i < cells.size(); i++) {
                high = Math.max(high, cells.get(i).lines(RowLayout.usableWidth(minima.get(i) + offsets.get(i))));
                pitch = Math.max(pitch, cells.get(i).pitch());
            }
            int low = 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (fits(cells, offsets, minima, budget, mid)) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low * pitch;
        }

        /** Whether every cell can be at most {@code lines} lines with {@code budget} characters in all. */
        private static boolean fits(List<Measured> cells, List<Integer> offsets, List<Integer> minima, int budget,
                                    int lines) {
            int used = 0;
            for (int i = 0; i < cells.size(); i++) {
                Measured cell = cells.get(i);
                int offset = offsets.get(i);
                int low = minima.get(i);
                int high = budget - used;
                if (high < low || cell.lines(RowLayout.usableWidth(high + offset)) > lines) {
                    return false;
                }
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (cell.lines(RowLayout.usableWidth(mid + offset)) <= lines) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                used += low;
            }
            return used <= budget;
        }

        /**
         * The widths with the table header {@code lines} lines lower: each figure column whose header is taller than
         * that at the first width where it is not, the characters taken one at a time from the text column with the
         * most to spare; null when a header cannot be lowered so (another column's, or none wide enough) or the text
         * columns cannot pay.
         */
        private int[] lowerFigureHeaders(int[] widths, int lines) {
            int header = -1;
            double tallest = 0;
            for (int r = 0; r < repeated.length; r++) {
                if (!repeated[r]) {
                    continue;
                }
                for (int c = 0; c < widths.length; c++) {
                    double h = column(c, widths[c])[r];
                    if (h > tallest + 1e-6) {
                        tallest = h;
                        header = r;
                    }
                }
            }
            if (header < 0) {
                return null;
            }
            int[] result = widths.clone();
            int owed = 0;
            for (int c = 0; c < widths.length; c++) {
                Measured cell = cells.get(c).get(header);
                double target = cell == null ? tallest : tallest - lines * cell.pitch();
                if (column(c, widths[c])[header] <= target + 1e-6) {
                    continue;
                }
                if (!numbers[c] || target <= 1e-6) {
                    return null;
                }
                int w = widths[c];
                while (w < maximum[c] && column(c, w)[header] > target + 1e-6) {
                    w++;
                }
                if (column(c, w)[header] > target + 1e-6) {
                    return null;
                }
                owed += w - widths[c];
                result[c] = w;
            }
            for (; owed > 0; owed--) {
                int payer = -1;
                for (int c = 0; c < result.length; c++) {
                    if (texts[c] && result[c] > minimum[c]
                            && (payer < 0 || result[c] - minimum[c] > result[payer] - minimum[payer])) {
                        payer = c;
                    }
                }
                if (payer < 0) {
                    return null;
                }
                result[payer]--;
            }
            return result;
        }

        /** Moves one character from {@code from} to each figure column below its maximum; returns those columns. */
        private boolean[] widenFigures(int[] widths, int from) {
            boolean[] changed = new boolean[widths.length];
            for (int c = 0; c < widths.length; c++) {
                if (numbers[c] && c != from && widths[c] < maximum[c]) {
                    changed[c] = true;
                    widths[c]++;
                    widths[from]--;
                }
            }
            return changed;
        }

        private static void undo(int[] widths, int from, boolean[] changed) {
            for (int c = 0; c < widths.length; c++) {
                if (changed[c]) {
                    widths[c]--;
                    widths[from]++;
                }
            }
        }

        /** Each table row's height (points, without padding) at {@code widths}, into {@link #rows}. */
        private void rowHeights(int[] widths) {
            java.util.Arrays.fill(rows, 0);
            for (int c = 0; c < widths.length; c++) {
                double[] column = column(c, widths[c]);
                for (int r = 0; r < rows.length; r++) {
                    rows[r] = Math.max(rows[r], column[r]);
                }
            }
            for (int i = 0; i < ranged.size(); i++) {
                Ranged text = ranged.get(i);
                int width = 0;
                for (int c = text.from(); c < widths.length; c++) {
                    width += widths[c];
                }
                int w = width;
                double height = rangedHeights.computeIfAbsent(((long) i << 32) | w,
                        key -> text.cell().lines(RowLayout.usableWidth(w)) * text.cell().pitch());
                rows[text.row()] = Math.max(rows[text.row()], height);
            }
        }

        /**
         * Body height plus the repeated header's height times the pages it will print on, plus a heavy charge per
         * character the header block's parts lack (their lines must not wrap).
         */
        private double cost(int[] widths) {
            rowHeights(widths);
            double body = 0;
            double header = 0;
            for (int r = 0; r < rows.length; r++) {
                if (repeated[r]) {
                    header += rows[r];
                } else {
                    body += rows[r];
                }
            }
            double pages = Math.max(1, body / Math.max(1, pageHeight - header));
            return body + header * pages + SIDE_PENALTY * sideShortfall(widths);
        }

        /**
         * Characters the header block's parts lack: at the first pass's boundary, or (free) at the boundary where
         * they lack the fewest.
         */
        private int sideShortfall(int[] widths) {
            if (sides[0] == 0 && sides[1] == 0 || boundary == NONE) {
                return 0;
            }
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            int fewest = Integer.MAX_VALUE;
            int prefix = 0;
            for (int s = 0; s < widths.length - 1; s++) {
                prefix += widths[s];
                if (boundary == FREE || boundary == s) {
                    fewest = Math.min(fewest,
                            Math.max(0, sides[0] - prefix) + Math.max(0, sides[1] - (total - prefix)));
                }
            }
            return fewest == Integer.MAX_VALUE ? 0 : fewest;
        }

        /**
         * The column boundary the first pass divides the header block at: one where both parts can reach their
         * need within the columns' maxima, the left part's share nearest the usual one; {@link #NONE} when no
         * boundary can.
         */
        private int chooseBoundary(int[] widths) {
            if (sides[0] == 0 && sides[1] == 0) {
                return NONE;
            }
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            int best = NONE;
            double bestDistance = Double.MAX_VALUE;
            int prefix = 0;
            int prefixMax = 0;
            for (int s = 0; s < widths.length - 1; s++) {
                prefix += widths[s];
                prefixMax += Math.min(maximum[s], total);
                boolean leftCan = prefixMax >= sides[0];
                int rightMax = 0;
                for (int c = s + 1; c < widths.length; c++) {
                    rightMax += Math.min(maximum[c], total);
                }
                boolean rightCan = rightMax >= sides[1] && total - sides[0] >= sides[1];
                double distance = Math.abs((double) prefix / total - 0.42);
                if (leftCan && rightCan && distance < bestDistance) {
                    bestDistance = distance;
                    best = s;
                }
            }
            return best;
        }

        private double[] column(int c, int width) {
            return heights.computeIfAbsent(((long) c << 32) | width, key -> {
                List<Measured> column = cells.get(c);
                double[] h = new double[column.size()];
                double usable = RowLayout.usableWidth(width);
                for (int r = 0; r < h.length; r++) {
                    Measured cell = column.get(r);
                    h[r] = cell == null ? 0 : cell.lines(usable) * cell.pitch();
                }
                return h;
            });
        }
    }

    /** The text a cell shows: figures with two decimals. */
    private static String shown(Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case java.math.BigDecimal number -> number.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            case Formula formula -> formula.cached().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            default -> value.toString();
        };
    }

    /** Lines that are rows of the table (its header, body and totals), one piece per column. */
    private static List<DocumentSheet.Line> tableLines(List<DocumentSheet.Line> lines) {
        List<DocumentSheet.Line> table = new ArrayList<>();
        for (DocumentSheet.Line line : lines) {
            boolean perColumn = !line.pieces.isEmpty() && line.pieces.stream()
                    .allMatch(p -> p.span() == DocumentSheet.Span.CELL || p.span() == DocumentSheet.Span.REST);
            if (perColumn && line.kind != PagePlan.Kind.TOP) {
                table.add(line);
            }
        }
        return table;
    }

    /** Characters the header's longest word needs in bold, so that no header word is broken. */
    private static int headerWordCharacters(Column column) {
        double longest = 0;
        for (String word : column.header().split("[\\s/]+")) {
            longest = Math.max(longest, TextMeasure.get().width(word, SheetStyles.TABLE_FONT_SIZE,
                    TextMeasure.Style.BOLD));
        }
        return RowLayout.charactersFor(longest);
    }

    static Measured measure(String text, double size, TextMeasure.Style font) {
        TextMeasure measure = TextMeasure.get();
        List<Double> words = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        String[] paragraphs = text.split("\r?\n", -1);
        for (String paragraph : paragraphs) {
            int before = words.size();
            for (String word : paragraph.split(" +")) {
                if (!word.isEmpty()) {
                    words.add(measure.width(word, size, font) * RowLayout.WRAP_SAFETY);
                    ends.add(false);
                }
            }
            if (words.size() == before) {
                words.add(0.0);
                ends.add(false);
            }
            ends.set(ends.size() - 1, true);
        }
        double[] w = new double[words.size()];
        boolean[] e = new boolean[words.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = words.get(i);
            e[i] = ends.get(i);
        }
        return new Measured(w, e, measure.width(" ", size, font) * RowLayout.WRAP_SAFETY, measure.linePitch(size));
    }
}
