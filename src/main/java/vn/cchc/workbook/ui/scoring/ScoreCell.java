package vn.cchc.workbook.ui.scoring;

import java.util.List;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * A Tự đánh giá or Thẩm định cell. It shows the points; editing works on the rule's input: points ("0,5"), b/a for a
 * ratio ("11/16"), the number of violations, or a level picked from a list. A refused value stays in the editor with
 * the domain's message under it, and nothing is stored.
 */
final class ScoreCell extends TreeTableCell<ScoringRow, RowView> {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass COMPUTED = PseudoClass.getPseudoClass("computed");

    private final ScoreTable owner;
    private final ScoreSlot slot;
    /** Made when a cell first has a hint (rule-driven rows only): a tooltip is a popup window of its own. */
    private Tooltip hint;
    private Control editor;
    /** The code of the row being edited (the cell may be reused for another row before the edit ends). */
    private String editedCode;
    /** Whether the edit started by typing a character (arrows then leave the cell, as in Excel). */
    private boolean typedStart;
    /** Set while the cell ends its own edit (stored, or Esc), so that ending does not store again. */
    private boolean closing;
    /** Set while Enter/Tab close the level list, so closing it does not store a second time. */
    private boolean selecting;

    ScoreCell(ScoreTable owner, ScoreSlot slot) {
        this.owner = owner;
        this.slot = slot;
        getStyleClass().add("score-cell");
    }

    @Override
    protected void updateItem(RowView item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing()) {
            return;
        }
        show(empty ? null : item);
    }

    private void show(RowView item) {
        setGraphic(null);
        if (item == null) {
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(COMPUTED, false);
            return;
        }
        RowState state = item.state();
        String text = slot == ScoreSlot.SELF ? state.selfText() : state.appraisedText();
        String how = slot == ScoreSlot.SELF ? state.selfHint() : state.appraisedHint();
        if (state.notApplicable() && item.row().isLeaf()) {
            text = Messages.get("scoring.cell.notApplicable");
            how = Messages.get("scoring.cell.notApplicableHint");
        }
        setText(text);
        if (how.isEmpty()) {
            setTooltip(null);
        } else {
            if (hint == null) {
                hint = new Tooltip();
                hint.setShowDelay(Duration.millis(300));
            }
            hint.setText(how);
            setTooltip(hint);
        }
        pseudoClassStateChanged(COMPUTED, !how.isEmpty());
    }

    private ScoringRow row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        ScoringRow row = row();
        if (row == null || !row.state().editable() || !owner.takeEditRequest(getIndex(), getTableColumn())) {
            if (getTreeTableView() != null && getTreeTableView().getEditingCell() != null) {
                Platform.runLater(() -> {
                    var editing = getTreeTableView() == null ? null : getTreeTableView().getEditingCell();
                    if (editing != null && !isEditing() && owner.editingCell() == null) {
                        getTreeTableView().edit(-1, null);
                    }
                });
            }
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String reopened = owner.takeReopenText();
        String typed = owner.takeTypedText();
        typedStart = typed != null;
        editedCode = row.code();
        editor = row.node().rule() instanceof ScoringRule.Levels levels
                ? levelEditor(row, levels, typed, reopened) : textEditor(row, typed, reopened);
        editor.getStyleClass().add("score-editor");
        setText(null);
        setGraphic(editor);
        owner.setEditingCell(this);
        // The editor's skin, and with it its key handling, is made now rather than at the next pulse: keys typed
        // before that pulse (a quick "15/20") would otherwise reach a text field that drops them.
        editor.applyCss();
        editor.requestFocus();
        if (editor instanceof TextField field && (typed != null || reopened != null)) {
            // The skin selects the whole text on focus; typing goes on after what was typed.
            field.end();
        }
    }

    /**
     * Ends the edit. Esc and a value just stored end it quietly; any other ending (a click on another row, the table
     * reusing the cell while scrolling) stores what was typed, and a refused value is opened again with its message,
     * so nothing typed is ever dropped.
     */
    @Override
    public void cancelEdit() {
        Control open = editor;
        boolean keep = !closing && open != null && isEditing();
        String code = editedCode;
        TreeTableColumn<ScoringRow, ?> column = getTableColumn();
        String pending = keep ? pendingText(open) : null;
        super.cancelEdit();
        editor = null;
        if (owner.editingCell() == this) {
            owner.setEditingCell(null);
        }
        if (keep && pending != null) {
            try {
                store(code, open);
            } catch (UserFacingException refused) {
                owner.reopen(code, column, pending, refused);
            }
        } else if (!keep) {
            owner.message().hide();
        }
        ScoringRow row = row();
        show(row == null ? null : new RowView(row, row.state()));
    }

    /** Stores the value being edited and closes the cell; false (the cell stays open, with its message) if refused. */
    boolean commitAndClose() {
        if (!isEditing() || editor == null) {
            return true;
        }
        if (!commit(row(), editor)) {
            return false;
        }
        closing = true;
        try {
            cancelEdit();
        } finally {
            closing = false;
        }
        return true;
    }

    /** The editor's value when it differs from what is stored, else null (nothing to store). */
    private String pendingText(Control open) {
        if (open instanceof TextField field) {
            String stored = owner.model().inputText(editedCode, slot);
            return field.getText().strip().equals(stored) ? null : field.getText();
        }
        if (open instanceof ComboBox<?> box && box.getValue() instanceof Integer index) {
            RuleInput stored = owner.model().input(editedCode, slot);
            Integer storedIndex = stored instanceof RuleInput.LevelChoice choice ? choice.index() : -1;
            if (index.equals(storedIndex)) {
                return null;
            }
            List<Level> levels = owner.model().levels(editedCode);
            return index < 0 || index >= levels.size() ? "" : InputText.levelText(levels, index);
        }
        return null;
    }

    private void store(String code, Control open) {
        if (open instanceof TextField field) {
            owner.model().commitScore(code, slot, field.getText());
        } else if (open instanceof ComboBox<?> box && box.getValue() instanceof Integer index) {
            owner.model().commitLevel(code, slot, index < 0 ? null : index);
        }
    }

    /** Stores the editor's value; a refusal is shown under the cell (and in the status line) and the editor stays. */
    private boolean commit(ScoringRow row, Control open) {
        if (row == null) {
            return true;
        }
        try {
            store(row.code(), open);
            owner.clearMessage();
            open.pseudoClassStateChanged(DANGER, false);
            return true;
        } catch (UserFacingException refused) {
            open.pseudoClassStateChanged(DANGER, true);
            owner.showRefusal(this, refused);
            return false;
        }
    }

    private void escape() {
        closing = true;
        try {
            cancelEdit();
        } finally {
            closing = false;
        }
        owner.clearMessage();
        owner.stopEditingAndRefocus();
    }

    private TextField textEditor(ScoringRow row, String typed, String reopened) {
        String initial = reopened != null ? reopened : typed != null ? typed : owner.model().inputText(row.code(), slot);
        TextField field = new TextField(initial);
        ScoringRule rule = row.node().rule();
        boolean counted = rule instanceof ScoringRule.Ratio || rule instanceof ScoringRule.Deductions
                || rule instanceof ScoringRule.PerItem;
        if (rule instanceof ScoringRule.Ratio) {
            field.setPromptText("b/a");
        }
        if (counted) {
            // Shown once the editor is in the cell, where the hint can sit under it; a cell reopened with its
            // refusal keeps the refusal until the next key.
            Platform.runLater(() -> {
                if (editor == field && field.getScene() != null && !owner.message().isShowingRefusal()) {
                    showTypingHint(row, field);
                }
            });
        }
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            KeyCode code = event.getCode();
            if (code == KeyCode.ENTER) {
                event.consume();
                finish(commit(row, field), event.isShiftDown() ? Move.UP : Move.DOWN);
            } else if (code == KeyCode.TAB) {
                event.consume();
                finish(commit(row, field), event.isShiftDown() ? Move.BACK : Move.ACROSS);
            } else if (code == KeyCode.ESCAPE) {
                event.consume();
                escape();
            } else if ((code == KeyCode.UP || code == KeyCode.DOWN) && !event.isAltDown()) {
                event.consume();
                finish(commit(row, field), code == KeyCode.DOWN ? Move.DOWN : Move.UP);
            } else if ((code == KeyCode.LEFT || code == KeyCode.RIGHT) && typedStart && !event.isShiftDown()
                    && !event.isShortcutDown()) {
                // Started by typing (Excel's "enter" mode): the arrows leave the cell; after F2 they move the caret.
                event.consume();
                finish(commit(row, field), code == KeyCode.RIGHT ? Move.RIGHT : Move.LEFT);
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            field.pseudoClassStateChanged(DANGER, false);
            if (counted && editor == field) {
                showTypingHint(row, field);
            } else {
                owner.message().hide();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> leftCell(field, focused));
        if (typed != null || reopened != null) {
            field.end();
        } else {
            field.selectAll();
        }
        return field;
    }

    /**
     * Under a count or a ratio being typed, what the keys give ("1 lần vi phạm → 0,75 điểm"), or what the cell takes
     * while they give nothing yet: the column shows points, and "1" typed on a deductions criterion is one violation,
     * not one point.
     */
    private void showTypingHint(ScoringRow row, TextField field) {
        String hint = "";
        try {
            RuleInput input = InputText.parse(row.node().rule(), field.getText());
            hint = input == null ? "" : RowStates.hint(row.node(), input);
        } catch (UserFacingException notYet) {
            // Nothing the keys give yet: what the cell takes, below.
        }
        if (hint.isBlank()) {
            hint = switch (row.node().rule()) {
                case ScoringRule.Deductions d -> Messages.get("scoring.cell.violationsPrompt",
                        Points.formatShort(d.perViolation()));
                case ScoringRule.PerItem p -> Messages.get("scoring.cell.itemsPrompt", Points.formatShort(p.perItem()));
                default -> Messages.get("scoring.input.ratioFormat");
            };
        }
        owner.showHint(this, hint);
    }

    /** The focus went elsewhere in the window (the detail pane, the filter bar, another tab): store or reopen. */
    private void leftCell(Control field, boolean focused) {
        if (focused || !isEditing() || editor != field || closing) {
            return;
        }
        javafx.scene.Scene scene = field.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isFocused()) {
            // Another window (a popup, another program) took the focus: the edit goes on when the clerk comes back.
            return;
        }
        Platform.runLater(() -> {
            if (isEditing() && editor == field && !field.isFocused()) {
                cancelEdit();
            }
        });
    }

    private ComboBox<Integer> levelEditor(ScoringRow row, ScoringRule.Levels rule, String typed, String reopened) {
        List<Level> levels = rule.levels();
        ComboBox<Integer> box = new ComboBox<>();
        box.getItems().add(-1);
        for (int i = 0; i < levels.size(); i++) {
            box.getItems().add(i);
        }
        box.setCellFactory(list -> new LevelCell(levels, true));
        box.setButtonCell(new LevelCell(levels, false));
        box.setMaxWidth(Double.MAX_VALUE);
        // What was typed since the editor opened: a level's position ("2") or its points ("0,5"), key by key.
        StringBuilder keys = new StringBuilder();
        String start = reopened != null ? reopened : typed;
        if (owner.model().input(row.code(), slot) instanceof RuleInput.LevelChoice choice) {
            box.setValue(choice.index());
        } else {
            box.setValue(-1);
        }
        if (start != null && !start.isBlank()) {
            keys.append(start.strip());
            // Shown once the editor is in the cell, where its message can sit under it.
            Platform.runLater(() -> {
                if (editor == box) {
                    showTypedLevel(box, rule, keys);
                }
            });
        } else {
            Platform.runLater(() -> {
                if (editor == box && box.getScene() != null) {
                    box.show();
                }
            });
        }
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            KeyCode code = event.getCode();
            if (code == KeyCode.ENTER || code == KeyCode.TAB) {
                event.consume();
                if (!keys.isEmpty() && !showTypedLevel(box, rule, keys)) {
                    // Nothing typed is dropped: the editor stays open with its message.
                    return;
                }
                selecting = true;
                box.hide();
                selecting = false;
                Move move = code == KeyCode.ENTER ? (event.isShiftDown() ? Move.UP : Move.DOWN)
                        : (event.isShiftDown() ? Move.BACK : Move.ACROSS);
                finish(commit(row, box), move);
            } else if (code == KeyCode.ESCAPE) {
                event.consume();
                escape();
            } else if (code == KeyCode.BACK_SPACE && !keys.isEmpty()) {
                event.consume();
                keys.setLength(keys.length() - 1);
                showTypedLevel(box, rule, keys);
            } else if (code.isNavigationKey()) {
                // A level chosen from the list with the arrows: what was typed no longer counts.
                keys.setLength(0);
                owner.clearMessage();
                box.pseudoClassStateChanged(DANGER, false);
            }
        });
        box.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String key = event.getCharacter();
            if (key == null || key.length() != 1 || !"0123456789,.".contains(key)) {
                return;
            }
            event.consume();
            String longer = keys + key;
            if (InputText.levelNamed(levels, longer).isEmpty() && !InputText.couldNameLevel(levels, longer)
                    && (InputText.levelNamed(levels, key).isPresent() || InputText.couldNameLevel(levels, key))) {
                // "1" then "2" picks the second level, as before; "0" then ",5" goes on to 0,5 points.
                longer = key;
            }
            keys.setLength(0);
            keys.append(longer);
            showTypedLevel(box, rule, keys);
        });
        box.setOnHidden(event -> {
            // A level picked with the mouse is taken at once.
            if (!selecting && isEditing() && editor == box && box.getValue() != null) {
                finish(commit(row, box), Move.NONE);
            }
        });
        box.focusedProperty().addListener((obs, was, focused) -> leftCell(box, focused));
        return box;
    }

    /**
     * Shows in {@code box} the level the keys typed so far name; while they could still become one ("0,") it waits
     * quietly, otherwise it says why under the cell.
     *
     * @return whether the keys name a level (none typed counts as the box's own choice)
     */
    private boolean showTypedLevel(ComboBox<Integer> box, ScoringRule.Levels rule, CharSequence keys) {
        if (keys.isEmpty()) {
            owner.clearMessage();
            box.pseudoClassStateChanged(DANGER, false);
            return true;
        }
        try {
            box.setValue(InputText.levelIndex(rule, keys.toString()));
            owner.clearMessage();
            box.pseudoClassStateChanged(DANGER, false);
            return true;
        } catch (InvalidInputException notALevel) {
            // The box keeps its last level, so leaving the cell now stores nothing the keys did not name.
            if (InputText.couldNameLevel(rule.levels(), keys.toString())) {
                owner.clearMessage();
            } else {
                box.pseudoClassStateChanged(DANGER, true);
                owner.showRefusal(this, notALevel);
            }
            return false;
        }
    }

    private enum Move { NONE, DOWN, UP, ACROSS, BACK, LEFT, RIGHT }

    private void finish(boolean committed, Move move) {
        if (!committed) {
            return;
        }
        int index = getIndex();
        TreeTableColumn<ScoringRow, ?> column = getTableColumn();
        closing = true;
        try {
            cancelEdit();
        } finally {
            closing = false;
        }
        owner.stopEditingAndRefocus();
        switch (move) {
            case DOWN -> owner.moveVertically(index, column, 1);
            case UP -> owner.moveVertically(index, column, -1);
            case ACROSS -> owner.moveAcross(index, column, false);
            case BACK -> owner.moveAcross(index, column, true);
            case LEFT -> owner.moveSideways(index, column, -1);
            case RIGHT -> owner.moveSideways(index, column, 1);
            case NONE -> owner.focusCell(index, column);
        }
    }

    /**
     * "2. Ban hành chậm (0,5 điểm)" in the list; "2 · 0,5" in the narrow cell itself (the level and its points, so
     * that "0,5" typed shows what it chose), whose full wording is in the list, the tooltip and the detail pane. The
     * blank choice removes the score.
     */
    private static final class LevelCell extends ListCell<Integer> {
        private final List<Level> levels;
        private final boolean full;

        LevelCell(List<Level> levels, boolean full) {
            this.levels = levels;
            this.full = full;
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setText(null);
            } else if (index < 0) {
                setText(full ? Messages.get("scoring.detail.level.none") : "–");
            } else if (!full) {
                setText(Messages.get("scoring.grid.levelShort", index + 1,
                        Points.formatShort(levels.get(index).points())));
            } else {
                Level level = levels.get(index);
                setText((index + 1) + ". " + Messages.get("scoring.detail.level.option", level.label(),
                        Points.formatShort(level.points())));
            }
        }
    }
}
