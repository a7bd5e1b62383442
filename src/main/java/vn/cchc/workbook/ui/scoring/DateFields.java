package vn.cchc.workbook.ui.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.text.Messages;

/** Dates as Vietnamese documents write them: dd/MM/yyyy; "6/9/2023" is read too. */
final class DateFields {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateFields() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    static DatePicker picker() {
        DatePicker picker = new DatePicker();
        picker.setPromptText(Messages.get("scoring.detail.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), TYPED);
                } catch (DateTimeParseException unreadable) {
                    // Keep the previous value rather than fail; the field shows it again.
                    return picker.getValue();
                }
            }
        });
        return picker;
    }
}
