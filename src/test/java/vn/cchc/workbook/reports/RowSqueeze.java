package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * How squeezed a laid-out table's rows are, measured apart from {@link ColumnBalance} with the wrap the sheet is
 * written with ({@link TextMeasure#wrap}): a row's lines at the given widths against the fewest lines it would take
 * if the text columns' total width were divided for that row alone (codes and figures as they are). A title running
 * 13 lines in a narrow column beside a 6-line opinion in a wide one is squeezed by the lines it has over that.
 */
final class RowSqueeze {

    private RowSqueeze() {
    }

    /** One table row: its index among the sheet's lines, its lines at the widths, its fewest lines alone. */
    record Row(int line, int lines, int alone) {
        int squeeze() {
            return lines - alone;
        }
    }

    /** Every table row but the repeated header's, of {@code lines} at {@code widths}. */
    static List<Row> rows(List<DocumentSheet.Line> lines, List<Column> columns, int[] widths) {
        boolean[] text = new boolean[columns.size()];
        int textWidth = 0;
        for (int c = 0; c < text.length; c++) {
            text[c] = columns.get(c).align() == Column.Align.TEXT;
            textWidth += text[c] ? widths[c] : 0;
        }
        List<Row> rows = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            DocumentSheet.Line line = lines.get(l);
            boolean tableRow = !line.pieces.isEmpty() && line.pieces.stream().allMatch(
                    p -> p.span() == DocumentSheet.Span.CELL || p.span() == DocumentSheet.Span.REST);
            if (!tableRow || line.kind == PagePlan.Kind.TOP || line.kind == PagePlan.Kind.REPEAT) {
                continue;
            }
            int most = 1;
            int fixed = 1;
            List<DocumentSheet.Piece> shared = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            int budget = textWidth;
            boolean[] used = new boolean[widths.length];
            for (DocumentSheet.Piece piece : line.pieces) {
                int first = piece.column();
                int last = piece.span() == DocumentSheet.Span.REST ? widths.length - 1 : first;
                for (int c = first; c <= last; c++) {
                    used[c] = true;
                }
                if (!(piece.value() instanceof String s) || s.isEmpty()) {
                    continue;
                }
                int at = lines(piece, RowLayout.spanCharacters(piece, widths, 0));
                most = Math.max(most, at);
                int textInSpan = 0;
                int offset = 0;
                for (int c = first; c <= last; c++) {
                    if (text[c]) {
                        textInSpan++;
                    } else {
                        offset += widths[c];
                    }
                }
                if (textInSpan == 0) {
                    fixed = Math.max(fixed, at);
                } else {
                    shared.add(piece);
                    offsets.add(offset);
                }
            }
            for (int c = 0; c < widths.length; c++) {
                if (text[c] && !used[c]) {
                    budget -= ColumnBalance.MIN_TEXT_CHARACTERS;
                }
            }
            rows.add(new Row(l, most, Math.max(fixed, alone(shared, offsets, budget))));
        }
        return rows;
    }

    /** The most squeezed row's squeeze (lines). */
    static int most(List<DocumentSheet.Line> lines, List<Column> columns, int[] widths) {
        return rows(lines, columns, widths).stream().mapToInt(Row::squeeze).max().orElse(0);
    }

    /** The fewest lines the texts can take together with {@code budget} characters of text columns. */
    private static int alone(List<DocumentSheet.Piece> texts, List<Integer> offsets, int budget) {
        for (int h = 1; ; h++) {
            int needed = 0;
            for (int i = 0; i < texts.size() && needed <= budget; i++) {
                int low = ColumnBalance.MIN_TEXT_CHARACTERS;
                int high = Math.max(low, budget);
                if (lines(texts.get(i), high + offsets.get(i)) > h) {
                    needed = Integer.MAX_VALUE;
                    break;
                }
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (lines(texts.get(i), mid + offsets.get(i)) <= h) {
                        high = mid;
                    } else {
                        low = mid + 1;
                    }
                }
                needed += low;
            }
            if (needed <= budget) {
                return h;
            }
        }
    }

    private static int lines(DocumentSheet.Piece piece, int characters) {
        return TextMeasure.get().wrap((String) piece.value(), RowLayout.usableWidth(characters)
                / RowLayout.WRAP_SAFETY, piece.size(), piece.font()).size();
    }
}
