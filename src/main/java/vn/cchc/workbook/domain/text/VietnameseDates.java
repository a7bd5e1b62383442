package vn.cchc.workbook.domain.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese documents write them, in one place: shown as {@code 06/09/2023}; read from {@code 6/9/2023},
 * {@code 06/09/2023}, {@code 6-9-2023} or {@code 6.9.2023} (day first), strictly (no 31/02), within the years a
 * CCHC document can carry.
 */
public final class VietnameseDates {

    /** The earliest and latest year accepted in a typed date (CCHC indices began in 2012). */
    public static final int FIRST_YEAR = 1945;
    public static final int LAST_YEAR = 2100;

    /** "06/09/2023". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** "06/09/2023 14:05". */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern TYPED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private VietnameseDates() {
    }

    /** "06/09/2023"; an empty text for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "06/09/2023 14:05". */
    public static String format(LocalDateTime when) {
        return when == null ? "" : DATE_TIME.format(when);
    }

    /** "06/09/2023 14:05" in this computer's time zone; an empty text for no time. */
    public static String format(java.time.Instant when) {
        return when == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(when, java.time.ZoneId.systemDefault()));
    }

    /** The date typed, or empty when the text is not a real date in the accepted years (blank included). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPED.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(3));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
