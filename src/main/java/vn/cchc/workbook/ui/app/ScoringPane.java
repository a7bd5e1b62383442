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

    /** Marks the rows of {@code codes}: their changes are not on disk (the writer stopped on a refused write). */
    default void markUnwritten(java.util.Set<String> codes) {
    }

    /** Selects and shows the row of {@code code}. */
    default void reveal(String code) {
        selectedCode().set(code);
    }

    /** Puts the keyboard focus where scoring starts (the first Tự đánh giá cell), as when a workbook opens. */
    default void focus() {
    }

    /** Puts the keyboard focus in the table on the row already selected (after {@link #reveal}). */
    default void focusSelected() {
    }

    /** What the scoring view last said (a refused key, a paste), for the status bar. */
    default javafx.beans.value.ObservableValue<String> statusMessage() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    /** Says {@code text} in the status line: why a command (Ctrl+Z while nothing can be written) did nothing. */
    default void say(String text) {
    }

    /**
     * Stores what is being typed before the window saves, exports, closes or runs another command.
     *
     * @return false when a value was refused; it stays shown with its message and the command does not run
     */
    default boolean commitPendingEdits() {
        return true;
    }

    /** The divider between the table and the detail pane, remembered by the window. */
    default java.util.Optional<javafx.beans.property.DoubleProperty> dividerPosition() {
        return java.util.Optional.empty();
    }

    /** Builds what a pane made before the window's first frame held back (the detail pane's lower sections). */
    default void releaseHeldDetails() {
    }

    /** Carries out a command of the "Chấm điểm" menu, as its key or its button in the view does. */
    default void run(ScoringCommand command) {
    }

    /** Whether a filter of the "Chấm điểm" menu is on (the menu shows it ticked). */
    default boolean isOn(ScoringCommand filter) {
        return false;
    }

    /** Whether any filter is on (a search, a department, or one of the menu's), so that "Bỏ lọc" can apply. */
    default boolean isFiltered() {
        return false;
    }

    /** Turns a filter of the "Chấm điểm" menu on or off; the keyboard goes back to the table. */
    default void setOn(ScoringCommand filter, boolean on) {
    }

    /** Stops listening to the session (the window shows another workbook). */
    default void dispose() {
    }
}
