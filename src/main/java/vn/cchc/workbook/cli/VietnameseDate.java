package vn.cchc.workbook.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date as Vietnamese documents write it: {@code 06/9/2023} or {@code 06/09/2023} (day first; "-" and "." are
 * accepted as separators too). A wrong date is a usage error (exit code 2) naming the option and the value.
 */
final class VietnameseDate implements ITypeConverter<LocalDate> {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    @Override
    public LocalDate convert(String value) {
        Matcher matcher = DATE.matcher(value.strip());
        if (!matcher.matches()) {
            throw new TypeConversionException(value);
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
        } catch (DateTimeException impossible) {
            throw new TypeConversionException(value);
        }
    }
}
