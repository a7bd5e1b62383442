package vn.cchc.workbook.cli;

import java.time.LocalDate;

import picocli.CommandLine.ITypeConverter;

import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * A date as Vietnamese documents write it: {@code 06/9/2023} or {@code 06/09/2023} (day first; "-" and "." are
 * accepted as separators too). A wrong date is a usage error (exit code 2) naming the option and saying what is
 * wrong with the value.
 */
final class VietnameseDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        return VietnameseDates.parse(value)
                .orElseThrow(() -> new UsageErrorHandler.Explained(VietnameseDates.problem(value)));
    }
}
