package vn.cchc.workbook.ui.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The assessment as a tree table laid out like the appendix officials print: STT, Nội dung, Điểm chuẩn, Tự đánh
 * giá, Thẩm định, Điểm trừ, Đơn vị phụ trách, Ý kiến thẩm định. Works like a small spreadsheet: arrows move,
 * typing or Enter/F2 edits a score, Enter commits and goes down, Tab goes right, Esc cancels, Delete clears.
 */
final class ScoreTable {

    private final ScoringViewModel model;
    private final TreeTableView<ScoringRow> table = new TreeTableView<>();
    private final TreeItem<ScoringRow> root = new TreeItem<>();
    private final Map<String, TreeItem<ScoringRow>> items = new HashMap<>();
    private final Map<TreeItem<ScoringRow>, List<TreeItem<ScoringRow>>> allChildren = new HashMap<>();
    private final List<TreeTableColumn<ScoringRow, RowView>> scoreColumns = new ArrayList<>();
    private final CellMessage message;
    private boolean syncingSelection;

    /** The key typed to start editing, handed to the editor as its first character. */
    private String typedToEdit;

    ScoreTable(ScoringViewModel model, CellMessage message) {
        this.model = model;
        this.message = message;
        buildItems();
        table.setRoot(root);
        table.setShowRoot(false);
        table.setEditable(true);
        table.getStyleClass().addAll("score-table", atlantafx.base.theme.Styles.DENSE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("scoring.placeholder")));
        table.setRowFactory(view -> new StyledRow());
        addColumns();

        model.filter().visibleCodesProperty().addListener((obs, old, visible) -> applyVisibility());
        applyVisibility();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncingSelection) {
                syncingSelection = true;
                model.setSelectedCode(item == null ? null : item.getValue().code());
                syncingSelection = false;
            }
        });
        model.selectedCodeProperty().addListener((obs, old, code) -> selectFromModel(code));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        table.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && table.getFocusModel().getFocusedCell().getColumn() < 0 && !root.getChildren().isEmpty()) {
                int row = Math.max(0, table.getSelectionModel().getSelectedIndex());
                focusCell(row, scoreColumns.get(0));
            }
        });
    }

    TreeTableView<ScoringRow> control() {
        return table;
    }

    CellMessage message() {
        return message;
    }

    // ---- structure ---------------------------------------------------------------------------------------------

    private void buildItems() {
        for (ScoringRow row : model.rows()) {
            TreeItem<ScoringRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            items.put(row.code(), item);
            TreeItem<ScoringRow> parent = row.parentCode() == null ? root : items.get(row.parentCode());
            allChildren.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
        }
    }

    /** Shows the rows the filter keeps, reusing the same tree items so selection and expansion survive. */
    private void applyVisibility() {
        String selected = model.getSelectedCode();
        syncingSelection = true;
        applyVisibility(root, model.filter().visibleCodesProperty().get());
        if (model.filter().visibleCodesProperty().get() != null) {
            items.values().forEach(item -> item.setExpanded(true));
        }
        syncingSelection = false;
        if (selected != null) {
            selectFromModel(selected);
        }
    }

    private void applyVisibility(TreeItem<ScoringRow> parent, Set<String> visible) {
        List<TreeItem<ScoringRow>> children = allChildren.getOrDefault(parent, List.of());
        List<TreeItem<ScoringRow>> shown = new ArrayList<>();
        for (TreeItem<ScoringRow> child : children) {
            if (visible == null || visible.contains(child.getValue().code())) {
                shown.add(child);
                applyVisibility(child, visible);
            }
        }
        if (!shown.equals(parent.getChildren())) {
            parent.getChildren().setAll(shown);
        }
    }

    private void selectFromModel(String code) {
        if (syncingSelection) {
            return;
        }
        TreeItem<ScoringRow> item = code == null ? null : items.get(code);
        if (item == null || table.getRow(item) < 0) {
            return;
        }
        int index = table.getRow(item);
        if (table.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        syncingSelection = true;
        TreeTablePosition<ScoringRow, ?> focused = table.getFocusModel().getFocusedCell();
        TreeTableColumn<ScoringRow, ?> column = focused != null && focused.getTableColumn() != null
                ? focused.getTableColumn() : scoreColumns.get(0);
        focusCell(index, column);
        syncingSelection = false;
    }

    // ---- columns -----------------------------------------------------------------------------------------------

    private void addColumns() {
        TreeTableColumn<ScoringRow, RowView> code = column("scoring.column.code", "col-code", 104, 90);
        code.setCellFactory(c -> new TextCell(v -> v.row().code(), false));
        TreeTableColumn<ScoringRow, RowView> title = column("scoring.column.title", "col-title", 300, 200);
        title.setCellFactory(c -> new TextCell(v -> v.row().title(), true));
        TreeTableColumn<ScoringRow, RowView> max = column("scoring.column.max", "col-number", 66, 58);
        max.setCellFactory(c -> new TextCell(v -> v.row().maxText(), false));
        TreeTableColumn<ScoringRow, RowView> self = column("scoring.column.self", "col-number", 86, 82);
        self.setCellFactory(c -> new ScoreCell(this, ScoreSlot.SELF));
        TreeTableColumn<ScoringRow, RowView> appraised = column("scoring.column.appraised", "col-number", 76, 70);
        appraised.setCellFactory(c -> new ScoreCell(this, ScoreSlot.APPRAISED));
        TreeTableColumn<ScoringRow, RowView> deduction = column("scoring.column.deduction", "col-number", 62, 56);
        deduction.setCellFactory(c -> {
            TextCell cell = new TextCell(v -> v.state().deductionText(), false);
            cell.getStyleClass().add("deduction-cell");
            return cell;
        });
        TreeTableColumn<ScoringRow, RowView> departments = column("scoring.column.departments", "col-departments",
                150, 90);
        departments.setCellFactory(c -> {
            TextCell cell = new TextCell(v -> v.state().departmentsText(), false);
            cell.setWrapText(true);
            return cell;
        });
        TreeTableColumn<ScoringRow, RowView> opinion = column("scoring.column.opinion", "col-opinion", 170, 90);
        opinion.setCellFactory(c -> new TextCell(v -> v.state().opinion(), false));
        self.setEditable(true);
        appraised.setEditable(true);
        scoreColumns.add(self);
        scoreColumns.add(appraised);
        table.setTreeColumn(code);
        table.getColumns().setAll(List.of(code, title, max, self, appraised, deduction, departments, opinion));
        for (TreeTableColumn<ScoringRow, RowView> column : List.of(code, max, self, appraised, deduction)) {
            column.setMaxWidth(column.getPrefWidth() + 30);
        }
    }

    private TreeTableColumn<ScoringRow, RowView> column(String key, String styleClass, double width, double min) {
        // Narrow columns carry a two-line header ("Tự\nđánh giá"); headers do not wrap by themselves.
        String header = Messages.has(key + ".header") ? Messages.get(key + ".header") : Messages.get(key);
        TreeTableColumn<ScoringRow, RowView> column = new TreeTableColumn<>(header);
        column.setId("column-" + key.substring(key.lastIndexOf('.') + 1));
        column.getStyleClass().add(styleClass);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setSortable(false);
        column.setReorderable(false);
        column.setEditable(false);
        column.setCellValueFactory(features -> {
            ScoringRow row = features.getValue().getValue();
            return Bindings.createObjectBinding(() -> new RowView(row, row.state()), row.stateProperty());
        });
        return column;
    }

    // ---- keyboard ----------------------------------------------------------------------------------------------

    private void keyPressed(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return;
        }
        message.hide();
        TreeTablePosition<ScoringRow, ?> cell = table.getFocusModel().getFocusedCell();
        if (cell == null || cell.getRow() < 0) {
            return;
        }
        KeyCode code = event.getCode();
        if ((code == KeyCode.ENTER || code == KeyCode.F2) && !event.isShortcutDown()) {
            TreeTableColumn<ScoringRow, ?> column = editableColumn(cell);
            if (column != null) {
                event.consume();
                typedToEdit = null;
                table.edit(cell.getRow(), column);
            } else if (code == KeyCode.ENTER) {
                event.consume();
                moveDown(cell.getRow(), cell.getTableColumn());
            }
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && isScoreColumn(cell.getTableColumn())) {
            event.consume();
            clearScore(cell);
        } else if (code == KeyCode.TAB && !event.isControlDown()) {
            event.consume();
            moveAcross(cell.getRow(), cell.getTableColumn(), event.isShiftDown());
        }
    }

    private void keyTyped(KeyEvent event) {
        if (table.getEditingCell() != null || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        String character = event.getCharacter();
        if (character.isEmpty() || !isEditStart(character.charAt(0))) {
            return;
        }
        TreeTablePosition<ScoringRow, ?> cell = table.getFocusModel().getFocusedCell();
        TreeTableColumn<ScoringRow, ?> column = cell == null ? null : editableColumn(cell);
        if (column != null) {
            event.consume();
            typedToEdit = character;
            table.edit(cell.getRow(), column);
        }
    }

    private static boolean isEditStart(char c) {
        return Character.isDigit(c) || c == ',' || c == '.' || c == '-' || c == '/';
    }

    private TreeTableColumn<ScoringRow, ?> editableColumn(TreeTablePosition<ScoringRow, ?> cell) {
        TreeItem<ScoringRow> item = table.getTreeItem(cell.getRow());
        if (item == null || !item.getValue().state().editable() || !isScoreColumn(cell.getTableColumn())) {
            return null;
        }
        return cell.getTableColumn();
    }

    private boolean isScoreColumn(TreeTableColumn<ScoringRow, ?> column) {
        return column != null && scoreColumns.contains(column);
    }

    private void clearScore(TreeTablePosition<ScoringRow, ?> cell) {
        TreeItem<ScoringRow> item = table.getTreeItem(cell.getRow());
        if (item == null || !item.getValue().state().editable()) {
            return;
        }
        ScoreSlot slot = cell.getTableColumn() == scoreColumns.get(0) ? ScoreSlot.SELF : ScoreSlot.APPRAISED;
        try {
            model.commitScore(item.getValue().code(), slot, "");
        } catch (UserFacingException refused) {
            message.show(table, refused.getMessage());
        }
    }

    /** The first character typed to start editing, once. */
    String takeTypedText() {
        String text = typedToEdit;
        typedToEdit = null;
        return text;
    }

    ScoringViewModel model() {
        return model;
    }

    // ---- moving ------------------------------------------------------------------------------------------------

    void moveDown(int row, TreeTableColumn<ScoringRow, ?> column) {
        int next = Math.min(row + 1, table.getExpandedItemCount() - 1);
        focusCell(next, column);
    }

    void moveAcross(int row, TreeTableColumn<ScoringRow, ?> column, boolean backwards) {
        int at = scoreColumns.indexOf(column);
        if (at < 0) {
            focusCell(row, scoreColumns.get(0));
            return;
        }
        int next = at + (backwards ? -1 : 1);
        if (next >= scoreColumns.size()) {
            focusCell(Math.min(row + 1, table.getExpandedItemCount() - 1), scoreColumns.get(0));
        } else if (next < 0) {
            focusCell(Math.max(row - 1, 0), scoreColumns.get(scoreColumns.size() - 1));
        } else {
            focusCell(row, scoreColumns.get(next));
        }
    }

    void focusCell(int row, TreeTableColumn<ScoringRow, ?> column) {
        if (row < 0) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        scrollIntoView(row);
    }

    private void scrollIntoView(int row) {
        Platform.runLater(() -> {
            // Only scroll when the row is off screen, so the view does not jump while typing down a column.
            var flow = table.lookup(".virtual-flow");
            if (flow instanceof javafx.scene.control.skin.VirtualFlow<?> virtual) {
                var first = virtual.getFirstVisibleCell();
                var last = virtual.getLastVisibleCell();
                if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                    return;
                }
            }
            table.scrollTo(Math.max(0, row - 3));
        });
    }

    void stopEditingAndRefocus() {
        table.requestFocus();
    }

    /** Rows styled by kind and state: field and criterion rows bold, deductions marked, not-applicable greyed. */
    /**
     * Marks its row with pseudo-classes (:depth-0, :leaf, :has-deduction, …), not style classes: a changed style
     * class makes JavaFX match every stylesheet rule again for the row and all its cells, which on each reused row
     * costs more than the rest of the row's update (and most of the table's first layout); a pseudo-class only
     * switches between styles already matched.
     */
    private static final class StyledRow extends TreeTableRow<ScoringRow> {
        private static final PseudoClass[] DEPTHS = {PseudoClass.getPseudoClass("depth-0"),
                PseudoClass.getPseudoClass("depth-1"), PseudoClass.getPseudoClass("depth-2")};
        private static final PseudoClass LEAF = PseudoClass.getPseudoClass("leaf");
        private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
        private static final PseudoClass HAS_DEDUCTION = PseudoClass.getPseudoClass("has-deduction");
        private static final PseudoClass UNSCORED = PseudoClass.getPseudoClass("unscored");
        private final ChangeListener<RowState> stateListener = (obs, old, state) -> style();
        private ScoringRow watched;

        StyledRow() {
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ScoringRow row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.stateProperty().removeListener(stateListener);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.stateProperty().addListener(stateListener);
            }
            style();
        }

        private void style() {
            ScoringRow row = watched;
            RowState state = row == null ? null : row.state();
            boolean leaf = row != null && row.isLeaf();
            int depth = row == null || leaf ? -1 : Math.min(row.depth(), 2);
            for (int i = 0; i < DEPTHS.length; i++) {
                pseudoClassStateChanged(DEPTHS[i], depth == i);
            }
            pseudoClassStateChanged(LEAF, leaf);
            pseudoClassStateChanged(NOT_APPLICABLE, state != null && state.notApplicable());
            pseudoClassStateChanged(HAS_DEDUCTION, state != null && state.hasDeduction());
            pseudoClassStateChanged(UNSCORED, state != null && state.unscored() && leaf);
        }
    }
}
