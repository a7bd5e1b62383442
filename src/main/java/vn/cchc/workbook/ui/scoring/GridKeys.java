package vn.cchc.workbook.ui.scoring;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.Level;

/**
 * The score table's keys while no cell is being edited, as a clerk used to Excel expects them:
 * <ul>
 * <li>arrows move one cell; Left/Right go through every column (the ones typed into and the ones read), never
 * expanding or collapsing; Ctrl+Right / Ctrl+Left expand and collapse a group row;</li>
 * <li>Home/End go to the row's first and last column, Ctrl+Home/Ctrl+End and Ctrl+Up/Ctrl+Down to the first and last
 * row, Page Up/Page Down a screen up and down (Ctrl with them too): every one moves the cursor and the selection
 * together, where JavaFX's Ctrl keys would move only the focus and leave the detail pane on the row left behind;</li>
 * <li>in the Tự đánh giá and Thẩm định columns, Up/Down and Enter/Shift+Enter skip the rows that take no value
 * (group rows, rows marked không áp dụng), so values typed down a column land on the intended criteria;</li>
 * <li>Tab/Shift+Tab go right/left through the score columns; F2 edits in place; typing starts an edit;
 * Delete clears a score; Ctrl+C / Ctrl+V copy and paste (see {@link GridClipboard}).</li>
 * </ul>
 * A key that cannot do anything where the cursor is (typing on a group row, in a column that is only read, in a locked
 * workbook) is never swallowed silently: the grid says why under the cell and in the status line.
 */
final class GridKeys {

    private final ScoreTable table;
    private final GridClipboard clipboard;

    GridKeys(ScoreTable table, GridClipboard clipboard) {
        this.table = table;
        this.clipboard = clipboard;
    }

    void keyPressed(KeyEvent event) {
        if (table.isEditing()) {
            return;
        }
        TreeTablePosition<ScoringRow, ?> cell = table.focusedCell();
        if (cell == null) {
            return;
        }
        int row = cell.getRow();
        TreeTableColumn<ScoringRow, ?> column = cell.getTableColumn();
        KeyCode code = event.getCode();
        boolean plain = !event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown();
        if ((code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) && !event.isAltDown() && !event.isShiftDown()) {
            // With or without Ctrl: a screen of rows, the selection with the cursor.
            event.consume();
            table.clearMessage();
            table.movePage(row, column, code == KeyCode.PAGE_DOWN ? 1 : -1);
            return;
        }
        if (event.isShortcutDown() && !event.isAltDown() && !event.isShiftDown()) {
            switch (code) {
                case C -> {
                    event.consume();
                    clipboard.copy();
                }
                case V -> {
                    event.consume();
                    clipboard.paste();
                }
                case LEFT, RIGHT -> {
                    event.consume();
                    table.setExpanded(row, code == KeyCode.RIGHT);
                }
                case HOME, END, UP, DOWN -> {
                    event.consume();
                    table.clearMessage();
                    table.moveToEdge(row, column, code == KeyCode.END || code == KeyCode.DOWN);
                }
                default -> { }
            }
            return;
        }
        if (event.isAltDown()) {
            return;
        }
        switch (code) {
            case UP, DOWN -> {
                if (plain) {
                    event.consume();
                    table.clearMessage();
                    table.moveVertically(row, column, code == KeyCode.DOWN ? 1 : -1);
                }
            }
            case LEFT, RIGHT -> {
                if (plain) {
                    event.consume();
                    table.clearMessage();
                    table.moveSideways(row, column, code == KeyCode.RIGHT ? 1 : -1);
                }
            }
            case HOME, END -> {
                if (plain) {
                    event.consume();
                    table.clearMessage();
                    table.moveToRowEdge(row, code == KeyCode.END);
                }
            }
            case ENTER -> {
                event.consume();
                table.clearMessage();
                table.moveVertically(row, column, event.isShiftDown() ? -1 : 1);
            }
            case TAB -> {
                event.consume();
                table.clearMessage();
                table.moveAcross(row, column, event.isShiftDown());
            }
            case F2 -> {
                if (plain) {
                    event.consume();
                    edit(row, column, null);
                }
            }
            case DELETE, BACK_SPACE -> {
                if (plain) {
                    event.consume();
                    clear(row, column);
                }
            }
            default -> { }
        }
    }

    /** A double click edits the cell, as in a spreadsheet; a single click only selects it. */
    void mouseClicked(javafx.scene.input.MouseEvent event) {
        if (event.getClickCount() != 2 || event.getButton() != javafx.scene.input.MouseButton.PRIMARY
                || table.isEditing()) {
            return;
        }
        TreeTablePosition<ScoringRow, ?> cell = table.focusedCell();
        if (cell != null && table.slotOf(cell.getTableColumn()) != null) {
            event.consume();
            edit(cell.getRow(), cell.getTableColumn(), null);
        }
    }

    void keyTyped(KeyEvent event) {
        if (table.isEditing() || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        String character = event.getCharacter();
        if (character.isEmpty() || Character.isISOControl(character.charAt(0)) || character.isBlank()) {
            return;
        }
        TreeTablePosition<ScoringRow, ?> cell = table.focusedCell();
        if (cell == null) {
            return;
        }
        event.consume();
        // Typing in the opinion column, as in a spreadsheet's cell, starts the opinion in the detail pane with that
        // key (it only said "nhấn F6", and the rest of the sentence was lost); an opinion already written is not
        // typed over: the column still says where to edit it.
        String field = table.detailFieldOfFocusedColumn();
        if (ScoreTable.OPINION_FIELD.equals(field) && table.typeForDetail(field, character)) {
            return;
        }
        edit(cell.getRow(), cell.getTableColumn(), character);
    }

    private void edit(int row, TreeTableColumn<ScoringRow, ?> column, String typed) {
        Optional<String> why = table.whyNotEditable(row, column);
        if (why.isPresent()) {
            table.refuse(why.get());
            return;
        }
        ScoringRow value = table.rowAt(row);
        Optional<String> level = typed == null ? Optional.empty() : levelRefusal(value, typed);
        if (level.isPresent()) {
            table.refuse(level.get());
            return;
        }
        table.clearMessage();
        table.startEdit(row, column, typed);
    }

    /**
     * A key typed on a levels criterion must start a level's position or points: "5" on a 3-level criterion worth
     * 1; 0,5; 0 is refused, aloud, while "0" (on the way to "0,5") opens the level list.
     */
    private Optional<String> levelRefusal(ScoringRow row, String typed) {
        List<Level> levels = table.model().levels(row.code());
        if (levels.isEmpty() || InputText.couldNameLevel(levels, typed)) {
            return Optional.empty();
        }
        try {
            table.model().scored(table.model().entry(row.code()), ScoreSlot.SELF, typed);
            return Optional.empty();
        } catch (UserFacingException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    private void clear(int row, TreeTableColumn<ScoringRow, ?> column) {
        Optional<String> why = table.whyNotEditable(row, column);
        if (why.isPresent()) {
            table.refuse(why.get());
            return;
        }
        try {
            table.model().commitScore(table.rowAt(row).code(), table.slotOf(column), "");
            table.clearMessage();
        } catch (UserFacingException refused) {
            table.refuse(refused.getMessage());
        }
    }
}
