package vn.cchc.workbook.domain.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Limits;

/**
 * Points as people write them: "0,5" or "0.5", shown with a decimal comma and two decimals ("69,82").
 * Figures are kept exact everywhere else; rounding half-up to two decimals happens only here, for display and export.
 */
public final class Points {

    public static final int DISPLAY_SCALE = 2;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private Points() {
    }

    /** The figure as shown and exported: rounded half-up to two decimals. */
    public static BigDecimal rounded(BigDecimal value) {
        return value.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A criterion's points as they count: at most two decimals, half-up (1,125 → 1,13), as provinces give them; the
     * scale is kept when it is already two or fewer, so typed points stay as typed.
     */
    public static BigDecimal criterionPoints(BigDecimal points) {
        return points.scale() > DISPLAY_SCALE ? points.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP) : points;
    }

    /** "69,82"; "0,50"; "-1,00". */
    public static String format(BigDecimal value) {
        return value == null ? "" : rounded(value).toPlainString().replace('.', ',');
    }

    /** Like {@link #format} but without trailing zeros ("0,5", "2", "0,69"): for points typed or quoted in sentences. */
    public static String formatShort(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = rounded(value).stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return shown.toPlainString().replace('.', ',');
    }

    /**
     * Reads a number typed by a person: decimal comma or point, surrounding spaces and a trailing "điểm" allowed.
     * Thousands separators are refused, since "1.000" and "1,000" would be ambiguous for points.
     *
     * @throws InvalidInputException naming the text when it is not a number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("domain.input.empty");
        }
        String cleaned = text.strip();
        String lower = cleaned.toLowerCase(Messages.VIETNAMESE);
        if (lower.endsWith("điểm")) {
            cleaned = cleaned.substring(0, cleaned.length() - "điểm".length()).strip();
        }
        if (!NUMBER.matcher(cleaned).matches()) {
            throw new InvalidInputException("domain.input.notANumber", Limits.abbreviate(text.strip(), 40));
        }
        BigDecimal value = cleaned.length() > 40 ? null : new BigDecimal(cleaned.replace(',', '.'));
        if (value == null || !Limits.isSane(value)) {
            throw new InvalidInputException("limits.decimal.typed", Limits.abbreviate(text.strip(), 40),
                    Limits.MAX_DECIMALS);
        }
        return value;
    }
}
