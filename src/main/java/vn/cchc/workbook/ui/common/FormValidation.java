package vn.cchc.workbook.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

import impl.org.controlsfx.skin.DecorationPane;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * The one way a dialog checks its fields: ControlsFX {@link ValidationSupport} marks every wrong field (an icon whose
 * tooltip says what is wrong, and the theme's red border), the OK button is disabled while any field is wrong, and a
 * message line under the form repeats the message of the field being typed in, for a user who never hovers.
 *
 * <p>What is wrong is decided elsewhere: by the view model (an error property per field, computed with
 * {@link FieldRules}), or by a {@link FieldRules} check on the field's text. This class only draws.
 *
 * <p>The form must be placed with {@link #around(Node)} before the dialog is shown. ControlsFX otherwise wraps the
 * scene's root in a {@link DecorationPane} the first time it marks a field, re-parenting the whole dialog while the
 * user types, which takes the keyboard focus out of the field (seen under Monocle); a decoration pane in place from
 * the start is found by ControlsFX and used as it is.
 */
public final class FormValidation {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ValidationSupport support = new ValidationSupport();
    private final DecorationPane decorations = new DecorationPane();
    private final List<Control> order = new ArrayList<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FormValidation() {
        support.setValidationDecorator(new Marks());
        decorations.getStyleClass().add("form-validation");
        support.validationResultProperty().addListener((obs, old, now) -> updateMessage());
    }

    /** The form inside the pane that carries the marks; put this, not {@code form}, into the dialog. */
    public Node around(Node form) {
        decorations.setRoot(form);
        return decorations;
    }

    /**
     * Marks {@code control} while {@code error} (kept by the view model; "" when right) is not empty. The check runs
     * again whenever the error changes, also when another field changed it (a period text needed only for "Khác").
     */
    public FormValidation check(Control control, ObservableStringValue error) {
        register(control, false, () -> error.get());
        error.addListener((obs, old, now) -> support.revalidate(control));
        return this;
    }

    /** Marks {@code field} while {@code rule} (usually a {@link FieldRules} check) finds its text wrong. */
    public FormValidation check(TextInputControl field, Function<String, String> rule) {
        register(field, false, () -> rule.apply(field.getText()));
        return this;
    }

    /** As {@link #check(TextInputControl, Function)}, with the small "cần nhập" corner of a required field. */
    public FormValidation require(TextInputControl field, Function<String, String> rule) {
        register(field, true, () -> rule.apply(field.getText()));
        return this;
    }

    private void register(Control control, boolean required, java.util.function.Supplier<String> problem) {
        order.add(control);
        support.registerValidator(control, required, (Control target, Object value) -> {
            String text = problem.get();
            return ValidationResult.fromErrorIf(target, text == null ? "" : text, text != null && !text.isEmpty());
        });
        control.focusedProperty().addListener((obs, was, focused) -> updateMessage());
    }

    /** Disables {@code button} (the dialog's OK) while any field is wrong. */
    public void disableWhileInvalid(Node button) {
        button.disableProperty().bind(support.invalidProperty());
    }

    /** Disables {@code button} while any field is wrong or {@code alsoWhen} holds (nothing typed yet). */
    public void disableWhileInvalid(Node button, javafx.beans.value.ObservableBooleanValue alsoWhen) {
        button.disableProperty().bind(support.invalidProperty().or(alsoWhen));
    }

    public ReadOnlyBooleanProperty invalidProperty() {
        return support.invalidProperty();
    }

    /** Whether every field is right now (the checks run one pulse after a change). */
    public boolean isValid() {
        return !Boolean.TRUE.equals(support.isInvalid());
    }

    /**
     * A line for under the form: the message of the focused field when it is wrong, else of the first wrong field,
     * else {@code afterApply} (what the view model said when OK was refused for a reason no field shows).
     */
    public Label messageLine(String id, ObservableStringValue afterApply) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("field-error");
        line.setWrapText(true);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.textProperty().bind(Bindings.createStringBinding(
                () -> message.get().isEmpty() && afterApply != null ? afterApply.get() : message.get(),
                message, afterApply == null ? message : afterApply));
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** The message the line shows (the focused or first wrong field's), "" when every field is right. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The message ControlsFX holds for {@code control}, "" when it is right. */
    public String messageOf(Control control) {
        return support.getHighestMessage(control).map(ValidationMessage::getText).orElse("");
    }

    private void updateMessage() {
        String shown = "";
        for (Control control : order) {
            String text = messageOf(control);
            if (!text.isEmpty() && (control.isFocused() || shown.isEmpty())) {
                shown = text;
                if (control.isFocused()) {
                    break;
                }
            }
        }
        message.set(shown);
    }

    /** ControlsFX's icon and tooltip, plus the theme's red border (AtlantaFX's {@code :danger}) on the field. */
    private static final class Marks extends GraphicValidationDecoration {
        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            super.applyValidationDecoration(message);
            if (message.getSeverity() == Severity.ERROR) {
                message.getTarget().pseudoClassStateChanged(DANGER, true);
            }
        }

        @Override
        public void removeDecorations(Control target) {
            super.removeDecorations(target);
            target.pseudoClassStateChanged(DANGER, false);
        }
    }
}
