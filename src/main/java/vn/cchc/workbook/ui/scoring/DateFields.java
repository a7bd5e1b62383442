package vn.cchc.workbook.ui.scoring;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.domain.text.Messages;

/** Dates as Vietnamese documents write them: dd/MM/yyyy; "6/9/2023" is read too. */
final class DateFields {

    static final DateTimeFormatter SHOWN = VietnameseDates.DATE;

    private DateFields() {
    }

    /** The date typed as d/M/yyyy (or dd/MM/yyyy), or empty when the text is not one. */
    static java.util.Optional<LocalDate> parse(String text) {
        if (text == null || text.length() > 20) {
            return java.util.Optional.empty();
        }
        return VietnameseDates.parse(text);
    }

    static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * Takes the date typed into {@code picker}'s text when the focus leaves it: blank removes the date, an unreadable
     * date is refused with a message (and stays typed) instead of silently becoming the previous value.
     */
    static void commitTypedDate(DatePicker picker, java.util.function.Consumer<String> message) {
        Runnable take = () -> {
            String text = picker.getEditor().getText();
            if (text == null || text.isBlank()) {
                picker.setValue(null);
                return;
            }
            parse(text).ifPresentOrElse(typed -> {
                picker.setValue(typed);
                message.accept("");
            }, () -> message.accept(VietnameseDates.problem(text)));
        };
        picker.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                take.run();
            }
        });
        picker.getEditor().setOnAction(event -> take.run());
    }

    static DatePicker picker() {
        DatePicker picker = new DatePicker();
        vn.cchc.workbook.ui.common.FittingPrompt.install(picker, Messages.get("forms.datePrompt"),
                Messages.get("forms.datePrompt.short"));
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
                // An unreadable date keeps the previous value rather than fail; the field shows it again.
                return parse(text).orElse(picker.getValue());
            }
        });
        return picker;
    }
}
