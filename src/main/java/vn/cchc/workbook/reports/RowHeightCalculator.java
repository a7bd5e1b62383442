package vn.cchc.workbook.reports;

import java.text.Normalizer;

/**
 * How tall a row must be to show all of its wrapped text when printed. Neither POI nor LibreOffice sizes rows of
 * wrapped text written by a program (Excel only does it on editing), so rows would print cut off after one line.
 *
 * <p>Text is wrapped greedily at spaces, the way Excel does, measured with the advance widths of Times New Roman
 * (Liberation Serif has the same metrics). Vietnamese letters are measured by their base letter: diacritics sit
 * above or below and take no width. The estimate errs on the tall side: a row a little too tall prints fine, a row
 * too short hides text.
 */
final class RowHeightCalculator {

    /**
     * Maximum digit width of the workbook's default font (Times New Roman 12, see {@link SheetStyles}) in pixels:
     * Excel's column width unit. LibreOffice measures with Liberation Serif, which has the same metrics.
     */
    static final double DIGIT_PIXELS = 8;
    /** Excel keeps 5 pixels of a column as padding; 3 more are left spare. */
    private static final double UNUSABLE_PIXELS = 8;
    private static final double POINTS_PER_PIXEL = 0.75;
    /** Line pitch of Times New Roman in Excel: 12 pt text makes 15.75 pt rows. */
    private static final double LINE_PITCH = 1.32;
    private static final double ROW_PADDING_POINTS = 2;
    /** Widths are overestimated by this much so that renderer differences never clip a line. */
    private static final double SAFETY = 1.06;
    private static final double BOLD_FACTOR = 1.08;

    private static final int[] WIDTHS = new int[128];

    static {
        java.util.Arrays.fill(WIDTHS, 556);
        String lower = "a444b500c444d500e444f333g500h500i278j278k500l278m778n500o500p500q500r333s389t278u500v500"
                + "w722x500y500z444";
        String upper = "A722B667C667D722E611F556G722H722I333J389K722L611M889N722O722P556Q722R667S556T611U722V722"
                + "W944X722Y722Z611";
        for (String table : new String[] {lower, upper}) {
            for (int i = 0; i < table.length(); i += 4) {
                WIDTHS[table.charAt(i)] = Integer.parseInt(table.substring(i + 1, i + 4));
            }
        }
        for (char digit = '0'; digit <= '9'; digit++) {
            WIDTHS[digit] = 500;
        }
        String punctuation = " 250!333\"408#500$500%833&778'180(333)333*500+564,250-333.250/278:278;278<564=564>564"
                + "?444@921[333\\278]333_500";
        for (int i = 0; i < punctuation.length(); i += 4) {
            WIDTHS[punctuation.charAt(i)] = Integer.parseInt(punctuation.substring(i + 1, i + 4));
        }
    }

    private RowHeightCalculator() {
    }

    /**
     * The width, in points, that text can use in a cell (or merged cells) {@code widthInCharacters} wide in total,
     * in the units of {@code Sheet.setColumnWidth} divided by 256.
     */
    static double usableWidthPoints(double widthInCharacters) {
        return Math.max(1, (widthInCharacters * DIGIT_PIXELS - UNUSABLE_PIXELS) * POINTS_PER_PIXEL);
    }

    /** The width in points of one line of {@code text} (no wrapping): to centre a rule under a heading. */
    static double textWidthPoints(String text, double fontSize, boolean bold) {
        return width(text, fontSize / 1000.0 * (bold ? BOLD_FACTOR : 1.0));
    }

    /** The height in points of a row showing {@code text} wrapped in {@code widthPoints}. */
    static float heightPoints(String text, double widthPoints, double fontSize, boolean bold) {
        return heightForLines(lineCount(text, widthPoints, fontSize, bold), fontSize);
    }

    static float heightForLines(int lines, double fontSize) {
        return (float) (Math.max(1, lines) * fontSize * LINE_PITCH + ROW_PADDING_POINTS);
    }

    /** Lines the text takes when wrapped at spaces in {@code widthPoints}; explicit line breaks start new lines. */
    static int lineCount(String text, double widthPoints, double fontSize, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double scale = fontSize / 1000.0 * SAFETY * (bold ? BOLD_FACTOR : 1.0);
        double space = WIDTHS[' '] * scale;
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            lines++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    used += space;
                    continue;
                }
                double width = width(word, scale);
                double needed = used == 0 ? width : used + space + width;
                if (needed <= widthPoints) {
                    used = needed;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                // A word longer than the line is broken between letters, as Excel does.
                while (width > widthPoints) {
                    lines++;
                    width -= widthPoints;
                }
                used = width;
            }
        }
        return lines;
    }

    /** Width in points of {@code word} at {@code scale} (points per 1000 font units). */
    static double width(String word, double scale) {
        double units = 0;
        for (int i = 0; i < word.length(); i++) {
            units += advance(word.charAt(i));
        }
        return units * scale;
    }

    private static int advance(char c) {
        if (c < 128) {
            return WIDTHS[c];
        }
        switch (c) {
            case 'đ':
                return 500;
            case 'Đ':
                return 722;
            case 'ư', 'ơ':
                return 540;
            case 'Ư', 'Ơ':
                return 780;
            case '–', '“', '”':
                return 500;
            case '—', '…':
                return 1000;
            case '‘', '’':
                return 333;
            default:
                break;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (base != c && base < 128) {
            return advance(base) + (decomposed.indexOf('\u031B') >= 0 ? 40 : 0);
        }
        return 600;
    }
}
