package vn.cchc.workbook.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * The checks a dialog's text fields share, each giving the Vietnamese message that names the field and what is wrong,
 * or "" when the text is right. Plain Java, so view models use them and their tests need no window; the numbers and
 * dates are read by the domain's own parsers ({@link Points}, {@link VietnameseDates}) and bounded by {@link Limits}.
 * {@link FormValidation} only draws the marks.
 */
public final class FieldRules {

    /** Longer than any date or year anyone types: such a text is refused before it is parsed. */
    private static final int SHORT_INPUT = 40;

    private FieldRules() {
    }

    /** Something must be typed (blanks do not count). */
    public static String required(String text, String field) {
        return text == null || text.isBlank() ? Messages.get("forms.required", field) : "";
    }

    /** At most {@code max} characters. */
    public static String maxLength(String text, String field, int max) {
        int length = text == null ? 0 : text.length();
        return length > max ? Messages.get("forms.tooLong", field, max, length) : "";
    }

    /** At most {@code max} entries in a list. */
    public static String maxCount(int count, String field, int max) {
        return count > max ? Messages.get("forms.tooMany", field, max, count) : "";
    }

    /** Required, then at most {@code max} characters. */
    public static String requiredText(String text, String field, int max) {
        return first(required(text, field), maxLength(text, field, max));
    }

    /** A whole number from {@code min} to {@code max}; blank is allowed unless {@code required}. */
    public static String integer(String text, String field, long min, long max, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? required(text, field) : "";
        }
        Long value = parseInteger(text);
        if (value == null) {
            return Messages.get("forms.notAWholeNumber", field, Limits.abbreviate(text.strip(), SHORT_INPUT));
        }
        return value < min || value > max ? Messages.get("forms.outOfRange", field, min, max) : "";
    }

    /** A year of four digits from {@code min} to {@code max}; blank is allowed unless {@code required}. */
    public static String year(String text, String field, int min, int max, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? required(text, field) : "";
        }
        Long value = parseInteger(text);
        return value == null || value < min || value > max
                ? Messages.get("forms.notAYear", field, Limits.abbreviate(text.strip(), SHORT_INPUT), min, max) : "";
    }

    /** The year typed, when {@link #year} accepts it. */
    public static Optional<Integer> yearValue(String text, int min, int max) {
        Long value = text == null ? null : parseInteger(text);
        return value == null || value < min || value > max ? Optional.empty() : Optional.of(value.intValue());
    }

    /** A figure as the user types it ("69,82"), read by {@link Points#parse}; blank is allowed unless {@code required}. */
    public static String number(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? required(text, field) : "";
        }
        if (text.length() > Limits.DECIMAL_TEXT_LENGTH) {
            return Messages.get("forms.notANumber", field, Limits.abbreviate(text.strip(), SHORT_INPUT));
        }
        try {
            Points.parse(text);
            return "";
        } catch (UserFacingException refused) {
            // The domain's own reason (not a number, too many decimals, too big), named with the field.
            return Messages.get("forms.fieldProblem", field, refused.getMessage());
        }
    }

    /** The figure typed, when {@link #number} accepts it; empty for blank or wrong text. */
    public static Optional<BigDecimal> numberValue(String text) {
        if (text == null || text.isBlank() || text.length() > Limits.DECIMAL_TEXT_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(Points.parse(text));
        } catch (UserFacingException | ArithmeticException notANumber) {
            return Optional.empty();
        }
    }

    /** A date typed as dd/MM/yyyy (6/9/2023 too); blank is allowed unless {@code required}. */
    public static String date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            return required ? required(text, field) : "";
        }
        return dateValue(text).isPresent() ? "" : Messages.get("forms.notADate", field, VietnameseDates.problem(text));
    }

    /** The date typed, when {@link #date} accepts it; empty for blank or wrong text. */
    public static Optional<LocalDate> dateValue(String text) {
        if (text == null || text.isBlank() || text.length() > SHORT_INPUT) {
            return Optional.empty();
        }
        return VietnameseDates.parse(text);
    }

    /** The first message that is not empty, or "". */
    public static String first(String... messages) {
        for (String message : messages) {
            if (message != null && !message.isEmpty()) {
                return message;
            }
        }
        return "";
    }

    private static Long parseInteger(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9'
                || c == '-')) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
