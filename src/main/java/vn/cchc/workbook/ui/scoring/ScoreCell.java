package vn.cchc.workbook.ui.scoring;

import java.util.List;

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

import vn.cchc.workbook.domain.UserFacingException;
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
    private boolean committing;

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
        if (row == null || !row.state().editable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = owner.takeTypedText();
        editor = row.node().rule() instanceof ScoringRule.Levels levels
                ? levelEditor(row, levels.levels(), typed) : textEditor(row, typed);
        editor.getStyleClass().add("score-editor");
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        owner.message().hide();
        editor = null;
        ScoringRow row = row();
        show(row == null ? null : new RowView(row, row.state()));
    }

    private TextField textEditor(ScoringRow row, String typed) {
        TextField field = new TextField(typed != null ? typed : owner.model().inputText(row.code(), slot));
        if (row.node().rule() instanceof ScoringRule.Ratio) {
            field.setPromptText("b/a");
        }
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            KeyCode code = event.getCode();
            if (code == KeyCode.ENTER) {
                event.consume();
                finish(commitText(row, field), Move.DOWN, false);
            } else if (code == KeyCode.TAB) {
                event.consume();
                finish(commitText(row, field), Move.ACROSS, event.isShiftDown());
            } else if (code == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
                owner.stopEditingAndRefocus();
            } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
                event.consume();
                finish(commitText(row, field), code == KeyCode.DOWN ? Move.DOWN : Move.UP, false);
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            field.pseudoClassStateChanged(DANGER, false);
            owner.message().hide();
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            boolean leftCell = field.getScene() == null || field.getScene().getFocusOwner() != field;
            if (!focused && leftCell && isEditing() && editor == field) {
                // Leaving the cell (not the window) keeps a valid value and drops an invalid one.
                try {
                    owner.model().commitScore(row.code(), slot, field.getText());
                } catch (UserFacingException refused) {
                    // Nothing stored; the cell shows the value that stands.
                }
                cancelEdit();
            }
        });
        if (typed != null) {
            field.end();
        } else {
            field.selectAll();
        }
        return field;
    }

    private boolean commitText(ScoringRow row, TextField field) {
        try {
            owner.model().commitScore(row.code(), slot, field.getText());
            return true;
        } catch (UserFacingException refused) {
            field.pseudoClassStateChanged(DANGER, true);
            owner.message().show(this, refused.getMessage());
            return false;
        }
    }

    private ComboBox<Integer> levelEditor(ScoringRow row, List<Level> levels, String typed) {
        ComboBox<Integer> box = new ComboBox<>();
        box.getItems().add(-1);
        for (int i = 0; i < levels.size(); i++) {
            box.getItems().add(i);
        }
        box.setCellFactory(list -> new LevelCell(levels));
        box.setButtonCell(new LevelCell(levels));
        box.setMaxWidth(Double.MAX_VALUE);
        Integer current = null;
        if (typed != null && typed.chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(typed) - 1;
            current = index >= 0 && index < levels.size() ? index : null;
        }
        if (current == null && owner.model().input(row.code(), slot)
                instanceof vn.cchc.workbook.domain.assessment.RuleInput.LevelChoice choice) {
            current = choice.index();
        }
        box.setValue(current == null ? -1 : current);
        if (typed == null) {
            javafx.application.Platform.runLater(() -> {
                if (editor == box && box.getScene() != null) {
                    box.show();
                }
            });
        }
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            KeyCode code = event.getCode();
            if (code == KeyCode.ENTER || code == KeyCode.TAB) {
                event.consume();
                committing = true;
                box.hide();
                committing = false;
                finish(commitLevel(row, box), code == KeyCode.ENTER ? Move.DOWN : Move.ACROSS, event.isShiftDown());
            } else if (code == KeyCode.ESCAPE) {
                event.consume();
                cancelEdit();
                owner.stopEditingAndRefocus();
            } else if (code.isDigitKey()) {
                int index = Integer.parseInt(event.getText().isEmpty() ? "0" : event.getText()) - 1;
                if (index >= -1 && index < levels.size()) {
                    event.consume();
                    box.setValue(index);
                }
            }
        });
        box.setOnHidden(event -> {
            // A level picked with the mouse is taken at once.
            if (!committing && isEditing() && editor == box && box.getValue() != null) {
                finish(commitLevel(row, box), Move.NONE, false);
            }
        });
        return box;
    }

    private boolean commitLevel(ScoringRow row, ComboBox<Integer> box) {
        Integer value = box.getValue();
        try {
            owner.model().commitLevel(row.code(), slot, value == null || value < 0 ? null : value);
            return true;
        } catch (UserFacingException refused) {
            owner.message().show(this, refused.getMessage());
            return false;
        }
    }

    private enum Move { NONE, DOWN, UP, ACROSS }

    private void finish(boolean committed, Move move, boolean backwards) {
        if (!committed) {
            return;
        }
        int index = getIndex();
        TreeTableColumn<ScoringRow, ?> column = getTableColumn();
        cancelEdit();
        owner.stopEditingAndRefocus();
        switch (move) {
            case DOWN -> owner.moveDown(index, column);
            case UP -> owner.focusCell(Math.max(0, index - 1), column);
            case ACROSS -> owner.moveAcross(index, column, backwards);
            case NONE -> owner.focusCell(index, column);
        }
    }

    /** "Ban hành chậm (0,5 điểm)"; the blank choice removes the score. */
    private static final class LevelCell extends ListCell<Integer> {
        private final List<Level> levels;

        LevelCell(List<Level> levels) {
            this.levels = levels;
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setText(null);
            } else if (index < 0) {
                setText(Messages.get("scoring.detail.level.none"));
            } else {
                Level level = levels.get(index);
                setText((index + 1) + ". " + Messages.get("scoring.detail.level.option", level.label(),
                        Points.formatShort(level.points())));
            }
        }
    }
}
