package vn.cchc.workbook.ui.app;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;

/** What the main window needs from the scoring view of one open workbook. */
public interface ScoringPane {

    Node node();

    /** The code of the selected row; set it to select (and show) that row. */
    StringProperty selectedCode();

    /** Re-reads every figure from the session (after undo, redo, or a change made outside the view). */
    void refresh();

    /** Selects and shows the row of {@code code}. */
    default void reveal(String code) {
        selectedCode().set(code);
    }

    /** Puts the keyboard focus where scoring starts (the table). */
    default void focus() {
    }

    /** Stops listening to the session (the window shows another workbook). */
    default void dispose() {
    }
}
