package vn.cchc.workbook.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * Form controls the dialogs share: a typed date field in the Vietnamese format, a display-only converter, text areas
 * that Tab leaves.
 */
public final class FormFields {

    private FormFields() {
    }

    /**
     * A date typed as 06/09/2023 into a plain text field, bound to {@code property}: a readable date sets it, a blank
     * field clears it, and a date that cannot be read (half typed, 31/02/2024) leaves it unchanged while the text stays
     * exactly as typed; {@link #checkDate} marks the field then. Unlike a {@code DatePicker}, whose skin replaces a
     * text it cannot read with the last value when the focus leaves, nothing typed is ever dropped.
     */
    public static TextField dateField(ObjectProperty<LocalDate> property, String id) {
        TextField field = new TextField(VietnameseDates.format(property.get()));
        field.setId(id);
        field.setPrefColumnCount(9);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setPromptText(Messages.get("forms.datePrompt"));
        boolean[] typing = {false};
        field.textProperty().addListener((obs, old, text) -> {
            typing[0] = true;
            try {
                if (text == null || text.isBlank()) {
                    property.set(null);
                } else {
                    FieldRules.dateValue(text).ifPresent(property::set);
                }
            } finally {
                typing[0] = false;
            }
        });
        property.addListener((obs, old, date) -> {
            if (!typing[0] && !Objects.equals(FieldRules.dateValue(field.getText()).orElse(null), date)) {
                field.setText(VietnameseDates.format(date));
            }
        });
        return field;
    }

    /** Marks {@code field} (a {@link #dateField}) while its text is not a date; blank is wrong only when required. */
    public static void checkDate(FormValidation validation, TextField field, String fieldName, boolean required) {
        if (required) {
            validation.require(field, text -> FieldRules.date(text, fieldName, true));
        } else {
            validation.check(field, text -> FieldRules.date(text, fieldName, false));
        }
    }

    /**
     * The hint of a unit's parent authority field, "Ví dụ: UBND tỉnh …" from 2025 and "Ví dụ: UBND huyện …" before
     * for a commune: who a unit of {@code kind} reports to in {@code year}; blank when there is no usual one.
     */
    public static String parentPrompt(vn.cchc.workbook.domain.assessment.UnitKind kind, int year) {
        String parent = vn.cchc.workbook.domain.assessment.UnitDefaults.of(kind, year, "", "", "").parentAuthority();
        return parent.isEmpty() ? "" : Messages.get("criteriasets.ui.new.parentPrompt", parent);
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

    /**
     * Makes Tab and Shift+Tab leave a text area like every other field, and Ctrl+Tab type the tab character where one
     * is wanted (the reverse of JavaFX's default, which surprises everyone used to forms).
     */
    public static void tabMovesOn(TextArea area) {
        boolean[] forwarding = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.TAB || forwarding[0]) {
                return;
            }
            event.consume();
            if (event.isControlDown() && !event.isShiftDown()) {
                area.replaceSelection("\t");
                return;
            }
            // The text area's own key map moves the focus on Ctrl+Tab (and back on Ctrl+Shift+Tab).
            forwarding[0] = true;
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            } finally {
                forwarding[0] = false;
            }
        });
    }
}
