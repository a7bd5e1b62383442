package vn.cchc.workbook.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Measures printed text with the real metrics of Times New Roman: the installed font when the system has it, else
 * Liberation Serif bundled with the program, which has the same advance widths and line metrics (it was made to be
 * metric-compatible), so a layout measured on a machine without Times New Roman prints the same in Excel on one
 * that has it. LibreOffice itself prints Times New Roman as Liberation Serif when the former is missing.
 *
 * <p>Widths are advances at fractional precision without kerning, as Excel and LibreOffice place cell text.
 * Thread-safe; word widths are cached.
 */
public final class TextMeasure {

    private static final Logger LOG = Logger.getLogger(TextMeasure.class.getName());
    private static final float UNIT_SIZE = 1000f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String BUNDLED = "/vn/cchc/workbook/reports/fonts/LiberationSerif-";

    /** Font style: regular, bold, italic (bold italic is measured as bold, the wider of the two). */
    public enum Style { REGULAR, BOLD, ITALIC }

    private static final TextMeasure INSTANCE = new TextMeasure();

    private final Font[] fonts = new Font[Style.values().length];
    private final String source;
    private final double lineFactor;
    @SuppressWarnings("unchecked")
    private final Map<String, Double>[] cache = new Map[Style.values().length];

    private TextMeasure() {
        Font installed = new Font(SheetStyles.FONT, Font.PLAIN, 1);
        boolean system = SheetStyles.FONT.equalsIgnoreCase(installed.getFamily(Locale.ROOT));
        String found = system ? "installed " + SheetStyles.FONT : "bundled Liberation Serif";
        for (Style style : Style.values()) {
            fonts[style.ordinal()] = (system ? installedFont(style) : bundled(style)).deriveFont(UNIT_SIZE);
            cache[style.ordinal()] = new ConcurrentHashMap<>();
        }
        this.source = found;
        LineMetrics metrics = fonts[0].getLineMetrics("ÀẬỹg", CONTEXT);
        this.lineFactor = (metrics.getAscent() + metrics.getDescent() + metrics.getLeading()) / UNIT_SIZE;
    }

    public static TextMeasure get() {
        return INSTANCE;
    }

    /** Which font the measures come from, for the log and the docs. */
    String source() {
        return source;
    }

    /** Distance between two lines of wrapped text, in points, at {@code size} points: ascent + descent + leading. */
    public double linePitch(double size) {
        return lineFactor * size;
    }

    /** Advance width in points of {@code text} on one line. */
    double width(String text, double size, Style style) {
        if (text.isEmpty()) {
            return 0;
        }
        Double units = cache[style.ordinal()].get(text);
        if (units == null) {
            units = fonts[style.ordinal()].getStringBounds(text, CONTEXT).getWidth();
            if (text.length() <= 64) {
                cache[style.ordinal()].put(text, units);
            }
        }
        return units * size / UNIT_SIZE;
    }

    /**
     * The lines {@code text} takes when wrapped at spaces in {@code widthPoints}, as Excel and LibreOffice wrap:
     * explicit line breaks start new lines; a word longer than the line is broken between letters.
     */
    public List<String> wrap(String text, double widthPoints, double size, Style style) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        double space = width(" ", size, style);
        for (String paragraph : text.split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            double used = 0;
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = width(word, size, style);
                if (line.length() > 0 && used + space + w <= widthPoints) {
                    line.append(' ').append(word);
                    used += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, size, style) > widthPoints && rest.length() > 1) {
                    int cut = fitting(rest, widthPoints, size, style);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                used = width(rest, size, style);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of {@code word} fit in {@code widthPoints}; at least one. */
    private int fitting(String word, double widthPoints, double size, Style style) {
        int count = 1;
        while (count < word.length() && width(word.substring(0, count + 1), size, style) <= widthPoints) {
            count++;
        }
        return count;
    }

    private static Font installedFont(Style style) {
        int awt = switch (style) {
            case REGULAR -> Font.PLAIN;
            case BOLD -> Font.BOLD;
            case ITALIC -> Font.ITALIC;
        };
        return new Font(SheetStyles.FONT, awt, 1);
    }

    private static Font bundled(Style style) {
        String name = switch (style) {
            case REGULAR -> "Regular";
            case BOLD -> "Bold";
            case ITALIC -> "Italic";
        };
        try (InputStream in = TextMeasure.class.getResourceAsStream(BUNDLED + name + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException unreadable) {
            // The program's own resource: failing to read it is a broken build, not a user error.
            LOG.log(Level.SEVERE, "Bundled font unreadable: " + name, unreadable);
            throw new IllegalStateException("Bundled font unreadable: " + name, unreadable);
        }
    }
}
