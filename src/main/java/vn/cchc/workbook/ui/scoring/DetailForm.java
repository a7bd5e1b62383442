package vn.cchc.workbook.ui.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Entry;

/**
 * The detail pane's form for one selected row: how its fields commit (Enter or leaving the field), how a refusal is
 * shown (on the field and in the message line, the typed text kept), and how they are refilled after every change
 * without overwriting what the clerk is typing. The sections register their fields here in focus order, so the pane
 * can put the cursor back into the same field after moving to the next criterion.
 */
final class DetailForm {

    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ScoringViewModel model;
    private final String code;
    private final Label message;
    private final List<Runnable> refills = new ArrayList<>();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private boolean refilling;
    /** Whether the last refusal shown was the stopped edit writer's. */
    private boolean refusedByWriter;

    DetailForm(ScoringViewModel model, String code, Label message) {
        this.model = model;
        this.code = code;
        this.message = message;
    }

    ScoringViewModel model() {
        return model;
    }

    String code() {
        return code;
    }

    Entry entry() {
        return model.entry(code);
    }

    boolean refilling() {
        return refilling;
    }

    void onRefill(Runnable refill) {
        refills.add(refill);
    }

    void refill() {
        refilling = true;
        try {
            refills.forEach(Runnable::run);
        } finally {
            refilling = false;
        }
    }

    /** Registers {@code field} under {@code key} (also its id), in focus order. */
    <T extends Control> T field(String key, T field) {
        field.setId(key);
        fields.put(key, field);
        return field;
    }

    Map<String, Control> fields() {
        return fields;
    }

    /**
     * The text field holding a refused value (the typed text kept, marked, with its message), if one does. Choices
     * (a check box, a level list) are not counted: a refused choice shows the stored one again and loses no typing.
     */
    java.util.Optional<Control> refusedField() {
        return fields.values().stream()
                .filter(field -> field instanceof TextInputControl && field.getScene() != null
                        && field.getPseudoClassStates().contains(DANGER))
                .findFirst();
    }

    void showMessage(String text) {
        message.setText(text == null ? "" : text);
    }

    /** Runs one edit; a refusal is shown above the sections and on the field, and nothing is stored. */
    /** Shows why something was refused (a background attachment that failed), under the row's title. */
    void refuse(String why) {
        message.setText(why);
    }

    boolean attempt(Control field, Runnable edit) {
        try {
            edit.run();
            message.setText("");
            if (field != null) {
                field.pseudoClassStateChanged(DANGER, false);
            }
            return true;
        } catch (UserFacingException refused) {
            refusedByWriter = refused instanceof vn.cchc.workbook.app.StoreException;
            message.setText(refused.getMessage());
            if (field != null) {
                field.pseudoClassStateChanged(DANGER, true);
            }
            return false;
        }
    }

    /**
     * Commits {@code field} on Enter (text fields) and when the focus leaves it; Esc restores the stored value. A
     * refused value stays in the field, marked, until the clerk corrects it or presses Esc.
     */
    void commitOnEnterOrLeave(TextInputControl field, Supplier<String> stored, Consumer<String> commit) {
        Runnable save = () -> {
            if (!field.getText().strip().equals(stored.get())) {
                attempt(field, () -> commit.accept(field.getText()));
            }
        };
        if (field instanceof TextField text) {
            text.setOnAction(event -> save.run());
        }
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !refilling) {
                save.run();
            }
        });
        escapeRestores(field, () -> field.setText(stored.get()));
        onRefill(() -> {
            if (!field.isFocused() && !field.getPseudoClassStates().contains(DANGER)) {
                field.setText(stored.get());
            }
        });
    }

    /** Whether the last refusal shown came from the stopped edit writer (not from the domain's rules). */
    boolean refusedByWriter() {
        return refusedByWriter;
    }

    /**
     * Esc in {@code field} gives up what was typed: {@code restore} puts the stored value back, and the refusal's mark
     * and message go. The way out of a refused value that cannot be stored (the pane keeps its row while a text field
     * holds one; see {@link DetailPane}).
     */
    void escapeRestores(Control field, Runnable restore) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                restore.run();
                field.pseudoClassStateChanged(DANGER, false);
                message.setText("");
            }
        });
    }
}
