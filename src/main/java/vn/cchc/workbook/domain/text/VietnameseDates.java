package vn.cchc.workbook.domain.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.Limits;

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
    /** "06/09/2023 14:05:09": a backup's time, where two may fall in one minute. */
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
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

    /**
     * Why {@code text} is not a date {@link #parse} accepts, as a sentence that quotes it ("“31/02/2026” không có
     * thật: tháng 2 năm 2026 có 28 ngày."); empty when it is one. Blank text is "not a date" here: callers that allow
     * a blank field check for it first.
     */
    public static String problem(String text) {
        Reading reading = read(text);
        if (reading.date() != null) {
            return "";
        }
        String typed = text == null ? "" : Limits.abbreviate(text.strip(), 40);
        return switch (reading.why()) {
            case "domain.date.year" -> Messages.get(reading.why(), typed, reading.year(), FIRST_YEAR, LAST_YEAR);
            case "domain.date.month" -> Messages.get(reading.why(), typed, reading.month());
            case "domain.date.day" -> Messages.get(reading.why(), typed, reading.month(), reading.year(),
                    YearMonth.of(reading.year(), reading.month()).lengthOfMonth());
            default -> Messages.get(reading.why(), typed);
        };
    }

    /** "06/09/2023 14:05:09" in this computer's time zone; an empty text for no time. */
    public static String formatToTheSecond(java.time.Instant when) {
        return when == null ? ""
                : DATE_TIME_SECONDS.format(LocalDateTime.ofInstant(when, java.time.ZoneId.systemDefault()));
    }

    /** The date typed, or empty when the text is not a real date in the accepted years (blank included). */
    public static Optional<LocalDate> parse(String text) {
        return Optional.ofNullable(read(text).date());
    }

    /**
     * {@code text} read once by the rules both {@link #parse} and {@link #problem} follow: the date, or the key of the
     * message saying why it is none, with the day, month and year that were typed.
     */
    private static Reading read(String text) {
        Matcher matcher = TYPED.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return new Reading(null, "domain.date.notADate", 0, 0);
        }
        int day = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        int year = Integer.parseInt(matcher.group(3));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return new Reading(null, "domain.date.year", month, year);
        }
        if (month < 1 || month > 12) {
            return new Reading(null, "domain.date.month", month, year);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return new Reading(null, "domain.date.day", month, year);
        }
        return new Reading(LocalDate.of(year, month, day), "", month, year);
    }

    private record Reading(LocalDate date, String why, int month, int year) {
    }
}
