package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths from the content actually present, so that the printed table is as short as possible: the longest
 * texts get the room, an empty column shrinks to its header's longest word, codes and figures never wrap.
 *
 * <p>Every column starts at its minimum (its header's longest word, its widest code or figure), the text columns
 * share the rest in proportion to their amount of text, and then up to {@value #STEP} characters at a time move
 * between any two columns while that lowers the table: the body's height plus the repeated header's height on every
 * page, measured with the real font ({@link TextMeasure}).
 */
final class ColumnBalance {

    /** No text column narrower than this many characters (a code, a short date, a header word). */
    static final int MIN_TEXT_CHARACTERS = 8;
    private static final int MIN_FIXED_CHARACTERS = 5;
    private static final int STEP = 3;
    private static final int MAX_ROUNDS = 300;
    /** A figure column is never wider than this, whatever its header. */
    private static final int MAX_NUMBER_CHARACTERS = 12;
    /** Points charged per character the header block lacks: more than any height a character could save. */
    private static final double SIDE_PENALTY = 10_000;

    /** One text cell measured once: the widths of its words and where its paragraphs end. */
    private record Measured(double[] words, boolean[] paragraphEnd, double space, double pitch) {

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
     * Widths in characters (Excel's unit, 6 pt at 100 %) for {@code columns}, {@code available} in total.
     * {@code pageHeight} (points) estimates how many times the repeated header rows print.
     */
    static int[] widths(List<DocumentSheet.Line> lines, List<Column> columns, int available, double pageHeight) {
        int n = columns.size();
        int[] widths = new int[n];
        int[] minimum = new int[n];
        List<DocumentSheet.Line> table = tableLines(lines);
        List<List<Measured>> cells = new ArrayList<>();
        double[] mass = new double[n];
        for (int c = 0; c < n; c++) {
            cells.add(new ArrayList<>());
            Column column = columns.get(c);
            int floor = column.align() == Column.Align.TEXT ? MIN_TEXT_CHARACTERS : MIN_FIXED_CHARACTERS;
            minimum[c] = Math.max(floor, headerWordCharacters(column));
        }
        for (DocumentSheet.Line line : table) {
            for (DocumentSheet.Piece piece : line.pieces) {
                int c = piece.column();
                String text = shown(piece.value());
                if (text.isEmpty()) {
                    cells.get(c).add(null);
                    continue;
                }
                Measured measured = measure(text, piece.size(), piece.font());
                cells.get(c).add(measured);
                if (columns.get(c).align() == Column.Align.TEXT) {
                    for (double w : measured.words()) {
                        mass[c] += w;
                    }
                } else if (line.kind != PagePlan.Kind.REPEAT) {
                    // Codes and figures print on one line; a label of several words may wrap between them.
                    double widest = 0;
                    for (double w : measured.words()) {
                        widest = Math.max(widest, w);
                    }
                    minimum[c] = Math.max(minimum[c], RowLayout.charactersFor(widest / RowLayout.WRAP_SAFETY));
                }
            }
        }
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
            return widths;
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
        new Search(cells, table, minimum, maximum, pageHeight, numbers(columns), sideCharacters(lines))
                .improve(widths);
        return widths;
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
        List<DocumentSheet.Line> table = tableLines(lines);
        List<List<Measured>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            cells.add(new ArrayList<>());
        }
        for (DocumentSheet.Line line : table) {
            for (DocumentSheet.Piece piece : line.pieces) {
                String text = shown(piece.value());
                cells.get(piece.column()).add(text.isEmpty() ? null : measure(text, piece.size(), piece.font()));
            }
        }
        int[] unbounded = new int[widths.length];
        java.util.Arrays.fill(unbounded, Integer.MAX_VALUE);
        return new Search(cells, table, new int[widths.length], unbounded, pageHeight, new boolean[widths.length],
                sideCharacters(lines)).cost(widths);
    }

    /** The search for the lowest table: line counts per column and width are computed once and kept. */
    private static final class Search {
        private final List<List<Measured>> cells;
        private final boolean[] repeated;
        private final int[] minimum;
        private final double pageHeight;
        private final java.util.Map<Long, double[]> heights = new java.util.HashMap<>();
        private final boolean[] numbers;
        private final int[] sides;

        private final int[] maximum;
        private int boundary = -1;

        Search(List<List<Measured>> cells, List<DocumentSheet.Line> table, int[] minimum, int[] maximum,
               double pageHeight, boolean[] numbers, int[] sides) {
            this.cells = cells;
            this.maximum = maximum;
            this.numbers = numbers;
            this.sides = sides;
            this.minimum = minimum;
            this.pageHeight = pageHeight;
            this.repeated = new boolean[table.size()];
            for (int r = 0; r < table.size(); r++) {
                repeated[r] = table.get(r).kind == PagePlan.Kind.REPEAT;
            }
        }

        void improve(int[] widths) {
            boundary = chooseBoundary(widths);
            int n = widths.length;
            double best = cost(widths);
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int bestFrom = -1;
                int bestTo = -1;
                double bestCost = best;
                for (int from = 0; from < n; from++) {
                    if (widths[from] - 1 < minimum[from]) {
                        continue;
                    }
                    for (int to = 0; to < n; to++) {
                        if (to == from) {
                            continue;
                        }
                        for (int step = 1; step <= STEP && widths[from] - step >= minimum[from]
                                && widths[to] + step <= maximum[to]; step++) {
                            widths[from] -= step;
                            widths[to] += step;
                            double c = cost(widths);
                            if (c < bestCost - 1e-6) {
                                bestCost = c;
                                bestFrom = from;
                                bestTo = to * 16 + step;
                            }
                            widths[from] += step;
                            widths[to] -= step;
                        }
                    }
                }
                // The figure columns' headers wrap alike: widening one alone lowers nothing, so try them together.
                int spreadFrom = -1;
                for (int from = 0; from < n; from++) {
                    int given = 0;
                    for (int c = 0; c < n; c++) {
                        given += numbers[c] && c != from && widths[c] < maximum[c] ? 1 : 0;
                    }
                    if (given == 0 || widths[from] - given < minimum[from]) {
                        continue;
                    }
                    boolean[] changed = spread(widths, from);
                    double c = cost(widths);
                    if (c < bestCost - 1e-6) {
                        bestCost = c;
                        spreadFrom = from;
                    }
                    undo(widths, from, changed);
                }
                if (spreadFrom >= 0) {
                    spread(widths, spreadFrom);
                    best = bestCost;
                    continue;
                }
                if (bestFrom < 0) {
                    return;
                }
                widths[bestFrom] -= bestTo % 16;
                widths[bestTo / 16] += bestTo % 16;
                best = bestCost;
            }
        }

        /** Moves one character from {@code from} to each figure column below its maximum; returns those columns. */
        private boolean[] spread(int[] widths, int from) {
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

        /**
         * Body height plus the repeated header's height times the pages it will print on, plus a heavy charge per
         * character the header block's parts lack at the best column boundary (their lines must not wrap).
         */
        private double cost(int[] widths) {
            double body = 0;
            double header = 0;
            for (int r = 0; r < repeated.length; r++) {
                double row = 0;
                for (int c = 0; c < widths.length; c++) {
                    row = Math.max(row, column(c, widths[c])[r]);
                }
                if (repeated[r]) {
                    header += row;
                } else {
                    body += row;
                }
            }
            double pages = Math.max(1, body / Math.max(1, pageHeight - header));
            return body + header * pages + SIDE_PENALTY * sideShortfall(widths);
        }

        private int sideShortfall(int[] widths) {
            if (boundary < 0) {
                return 0;
            }
            int total = 0;
            int prefix = 0;
            for (int c = 0; c < widths.length; c++) {
                total += widths[c];
                prefix += c <= boundary ? widths[c] : 0;
            }
            return Math.max(0, sides[0] - prefix) + Math.max(0, sides[1] - (total - prefix));
        }

        /**
         * The column boundary the header block will divide at: one where both parts can reach their need within
         * the columns' maxima, the left part's share nearest the usual one; -1 when there is nothing to divide.
         */
        private int chooseBoundary(int[] widths) {
            if (sides[0] == 0 && sides[1] == 0) {
                return -1;
            }
            int total = 0;
            for (int w : widths) {
                total += w;
            }
            int best = -1;
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
            boolean perColumn = !line.pieces.isEmpty()
                    && line.pieces.stream().allMatch(p -> p.span() == DocumentSheet.Span.CELL);
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
