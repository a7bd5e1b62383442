package vn.cchc.workbook.ui.common;

import java.time.LocalDate;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.text.VietnameseDates;

/** Form controls the dialogs share: a date field in the Vietnamese format, a display-only converter. */
public final class FormFields {

    private FormFields() {
    }

    /** A date field bound both ways to {@code property}, shown as 06/09/2023 and read as {@link VietnameseDates} reads. */
    public static DatePicker datePicker(ObjectProperty<LocalDate> property, double prefWidth) {
        DatePicker picker = new DatePicker();
        picker.setPrefWidth(prefWidth);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return VietnameseDates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return VietnameseDates.parse(text).orElse(null);
            }
        });
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    /** Shows a choice as {@code toText} names it; the choice is never typed. */
    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
