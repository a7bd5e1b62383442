package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers read from a sheet or from words, kept in one form so that the same figure always compares equal. */
final class Numbers {

    /** Cells hold binary doubles; more decimals than this are noise from Excel's arithmetic (2.9999999999999996). */
    private static final int CELL_SCALE = 6;

    private Numbers() {
    }

    /** Without trailing zeros and never with an exponent: 1, 0.5, 0.25. */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal fromCell(double value) {
        return normalize(BigDecimal.valueOf(value).setScale(CELL_SCALE, RoundingMode.HALF_UP));
    }

    /** "1,5" or "1.5" (already matched as a number). */
    static BigDecimal fromText(String digits) {
        return normalize(new BigDecimal(digits.strip().replace(',', '.')));
    }

    /** "70" (per cent) → 0.7. */
    static BigDecimal fromPercent(String digits) {
        return normalize(fromText(digits).movePointLeft(2));
    }

    /** 0.7 → "70"; 0.655 → "65,5". */
    static String percent(BigDecimal fraction) {
        return normalize(fraction.movePointRight(2)).toPlainString().replace('.', ',');
    }

    /** 0.5 → "0,5"; 1 → "1"; exact, never rounded. */
    static String text(BigDecimal value) {
        return normalize(value).toPlainString().replace('.', ',');
    }
}
