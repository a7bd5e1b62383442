package vn.cchc.workbook.ui.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.ColumnHeaders;
import vn.cchc.workbook.ui.common.Fonts;

/**
 * The assessment as a tree table laid out like the appendix officials print: STT, Nội dung, Điểm chuẩn, Tự đánh
 * giá, Thẩm định, Điểm trừ, Đơn vị phụ trách, Ý kiến thẩm định. Works like a spreadsheet (see {@link GridKeys}): arrows
 * move one cell, typing or F2 edits a score, Enter commits and goes down past the rows that take no value, Tab goes
 * right, Esc restores, Delete clears, Ctrl+C and Ctrl+V copy and paste.
 */
final class ScoreTable {

    /**
     * The least width of a figure column: "100,00" in the grid's bold figures, with the cell's padding
     * ({@code ScoringGridSizesTest} measures it in the window's font).
     */
    private static final double FIGURE = 64;
    /** The tree's indentation per level (-fx-indent in scoring.css). */
    private static final double CODE_INDENT = 8;
    /** The disclosure arrow's room before a code and the cell's padding around it. */
    private static final double CODE_ROOM = 34;
    /** The least width of the code and title columns together (95 + 100 px with the bundled sets' codes). */
    private static final double CODE_AND_TITLE = 195;
    /** The title's least width whatever the codes: two short words a line. */
    private static final double TITLE_LEAST = 70;
    /** Room for the vertical scroll bar, which takes its width from the columns. */
    private static final double SCROLL_BAR = 12;
    /** The key of a column's full name in its properties. */
    private static final Object NAME = new Object();

    private final ScoringViewModel model;
    private final TreeTableView<ScoringRow> table = new TreeTableView<>();
    private final TreeItem<ScoringRow> root = new TreeItem<>();
    private final Map<String, TreeItem<ScoringRow>> items = new HashMap<>();
    private final Map<TreeItem<ScoringRow>, List<TreeItem<ScoringRow>>> allChildren = new HashMap<>();
    private final List<TreeTableColumn<ScoringRow, RowView>> scoreColumns = new ArrayList<>();
    private final CellMessage message;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean syncingSelection;
    private ScoreCell editingCell;
    /** Whether the message shown is the stopped writer's refusal of a typed value. */
    private boolean writerRefusal;

    /** The key typed to start editing, handed to the editor as its first character. */
    private String typedToEdit;
    /** The cell an edit was asked for, until that cell starts editing (a cell may start it on the next layout). */
    private TreeTablePosition<ScoringRow, ?> requestedEdit;
    /** How long a reopening waits for the mouse button to come up before it opens the cell anyway. */
    private static final double LATE_REOPEN_MILLIS = 400;
    /** The refused text a cell is reopened with after the clerk clicked away from it. */
    /** The detail pane's field where the opinion column's values are typed. */
    static final String OPINION_FIELD = "detail-opinion";

    private String reopenText;
    private boolean mouseDown;
    private Runnable afterMouseUp;
    /** Takes a key typed in a column whose values are typed in the detail pane; false when it cannot. */
    private java.util.function.BiPredicate<String, String> typedForDetail = (field, typed) -> false;

    ScoreTable(ScoringViewModel model, CellMessage message) {
        this.model = model;
        this.message = message;
        buildItems();
        table.setRoot(root);
        table.setShowRoot(false);
        table.setEditable(true);
        table.getStyleClass().addAll("score-table", atlantafx.base.theme.Styles.DENSE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Not ColumnPolicy: the grid's keyboard paths expect every column on screen. The columns' minimums fit
        // beside the detail pane from the window's 960-px minimum up (see addColumns), so none is laid out past the edge.
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
        GridKeys keys = new GridKeys(this, new GridClipboard(this));
        table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, keys::mouseClicked);
        table.addEventFilter(KeyEvent.KEY_PRESSED, keys::keyPressed);
        table.editingCellProperty().addListener((obs, old, now) -> {
            if (now == null) {
                requestedEdit = null;
                reopenText = null;
            }
        });
        table.sceneProperty().addListener((obs, old, scene) -> followMouse(scene));
        model.writeStoppedProperty().addListener((obs, was, stopped) -> {
            if (!stopped) {
                writerResumed();
            }
        });
        table.addEventFilter(KeyEvent.KEY_TYPED, keys::keyTyped);
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

    /**
     * The columns, sized so that all of them fit beside a usable detail pane from the window's 960-px minimum up (the
     * grid keeps JavaFX's constrained policy, which never scrolls sideways: a column that does not fit is laid out past
     * the edge). Each minimum is what its content needs: a figure column holds "100,00" and its two-line header; the
     * text columns give way first, since the detail pane shows their whole text (Nội dung and the departments wrap,
     * an opinion is whole in its tooltip). The preferred widths share out the room of a larger window.
     */
    private void addColumns() {
        double codes = codeWidth();
        TreeTableColumn<ScoringRow, RowView> code = column("scoring.column.code", "col-code", codes + 8, codes);
        code.setCellFactory(c -> new TextCell(v -> v.row().shownCode(), false));
        // The code and the title share their least width: the deeper a set's codes, the narrower (and taller) its
        // titles at the window's smallest size, so every column still fits beside the detail pane.
        TreeTableColumn<ScoringRow, RowView> title = column("scoring.column.title", "col-title", 290,
                Math.max(TITLE_LEAST, CODE_AND_TITLE - codes));
        title.setCellFactory(c -> new TextCell(v -> v.row().title(), true));
        TreeTableColumn<ScoringRow, RowView> max = column("scoring.column.max", "col-number", 68, FIGURE);
        max.setCellFactory(c -> new TextCell(v -> v.row().maxText(), false));
        TreeTableColumn<ScoringRow, RowView> self = column("scoring.column.self", "col-number", 86, 78);
        self.setCellFactory(c -> new ScoreCell(this, ScoreSlot.SELF));
        TreeTableColumn<ScoringRow, RowView> appraised = column("scoring.column.appraised", "col-number", 76, 70);
        appraised.setCellFactory(c -> new ScoreCell(this, ScoreSlot.APPRAISED));
        TreeTableColumn<ScoringRow, RowView> deduction = column("scoring.column.deduction", "col-number", 66, FIGURE);
        deduction.setCellFactory(c -> {
            TextCell cell = new TextCell(v -> v.state().deductionText(), false);
            cell.getStyleClass().add("deduction-cell");
            return cell;
        });
        TreeTableColumn<ScoringRow, RowView> departments = column("scoring.column.departments", "col-departments",
                170, 80);
        // Wrapped like the title: department names are long ("Công chức Văn phòng - Thống kê") and must be read.
        // Short names where the user set them ("VP-TK"); the full names are then in the tooltip.
        departments.setCellFactory(c -> new TextCell(v -> v.state().departmentsShown(), true,
                v -> v.state().departmentsShown().equals(v.state().departmentsText()) ? ""
                        : v.state().departmentsText()));
        TreeTableColumn<ScoringRow, RowView> opinion = column("scoring.column.opinion", "col-opinion", 180, 80);
        // One line with the whole opinion on hover and in the detail pane; wrapped, one opinion filled the screen.
        opinion.setCellFactory(c -> new TextCell(v -> v.state().opinion(), false));
        shortHeaderWhenNarrow(opinion, "scoring.column.opinion");
        self.setEditable(true);
        appraised.setEditable(true);
        scoreColumns.add(self);
        scoreColumns.add(appraised);
        table.setTreeColumn(code);
        table.getColumns().setAll(List.of(code, title, max, self, appraised, deduction, departments, opinion));
        for (TreeTableColumn<ScoringRow, RowView> column : List.of(code, max, self, appraised, deduction)) {
            // A larger window gives its room to the text columns.
            column.setMaxWidth(column.getPrefWidth() + 12);
        }
        // The grid is never narrower than its columns' minimums: the split pane takes the room from the detail pane
        // (down to its own minimum) instead of laying the right columns past the grid's edge.
        table.minWidthProperty().bind(Bindings.createDoubleBinding(() -> table.getVisibleLeafColumns().stream()
                .mapToDouble(TreeTableColumn::getMinWidth).sum() + SCROLL_BAR + table.snappedLeftInset()
                + table.snappedRightInset(), table.getVisibleLeafColumns(), table.insetsProperty()));
    }

    /**
     * The code column's least width: each code after its row's indentation and the disclosure arrow's room, in the
     * window's font at 14 px (the grid draws 0.95 em), bold on group rows as the grid draws them. A province's set
     * four levels deep ("3.13.2.1") gets a wider column than the bundled ones.
     */
    private double codeWidth() {
        String family = Fonts.vietnameseFamily().orElse(Font.getDefault().getFamily());
        Font regular = Font.font(family, FontWeight.NORMAL, 14);
        Font bold = Font.font(family, FontWeight.BOLD, 14);
        // Only the longest codes of each depth and weight are laid out (one character less too, since letters
        // differ in width): the grid is built before the first frame, and a set may have a thousand rows.
        Map<String, Integer> longest = new HashMap<>();
        for (ScoringRow row : model.rows()) {
            longest.merge(row.depth() + ":" + row.isLeaf(), row.shownCode().length(), Math::max);
        }
        double widest = 0;
        Text text = new Text();
        for (ScoringRow row : model.rows()) {
            if (row.shownCode().length() < longest.get(row.depth() + ":" + row.isLeaf()) - 1) {
                continue;
            }
            text.setText(row.shownCode());
            text.setFont(row.isLeaf() ? regular : bold);
            widest = Math.max(widest, CODE_INDENT * row.depth() + text.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest + CODE_ROOM);
    }

    /**
     * Gives {@code column} its short header ("Ý kiến\nthẩm định") while it is narrower than its full one, so the full
     * header does not set a minimum width the window's smallest size cannot give.
     */
    private static void shortHeaderWhenNarrow(TreeTableColumn<ScoringRow, RowView> column, String key) {
        String full = column.getText();
        String narrow = Messages.get(key + ".shortHeader");
        double fullWidth = ColumnHeaders.unsortedWidth(full);
        column.setMinWidth(Math.max(column.getMinWidth(), ColumnHeaders.unsortedWidth(narrow)));
        column.textProperty().bind(column.widthProperty().map(w -> w.doubleValue() >= fullWidth ? full : narrow));
    }

    private TreeTableColumn<ScoringRow, RowView> column(String key, String styleClass, double width, double min) {
        // Narrow columns carry a two-line header ("Tự\nđánh giá"); headers do not wrap by themselves.
        String header = Messages.has(key + ".header") ? Messages.get(key + ".header") : Messages.get(key);
        TreeTableColumn<ScoringRow, RowView> column = new TreeTableColumn<>(header);
        column.setId("column-" + key.substring(key.lastIndexOf('.') + 1));
        column.getStyleClass().add(styleClass);
        // The column's name in messages ("Cột “Ý kiến thẩm định / lý do trừ điểm” …"), whatever its header shows.
        column.getProperties().put(NAME, Messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setSortable(false);
        column.setReorderable(false);
        column.setEditable(false);
        if (!Messages.has(key + ".shortHeader")) {
            ColumnHeaders.fitUnsorted(column);
        }
        column.setCellValueFactory(features -> {
            ScoringRow row = features.getValue().getValue();
            return Bindings.createObjectBinding(() -> new RowView(row, row.state()), row.stateProperty());
        });
        return column;
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    /** The slot a column edits, or null for a column that is only read. */
    ScoreSlot slotOf(TreeTableColumn<ScoringRow, ?> column) {
        int at = scoreColumns.indexOf(column);
        return at == 0 ? ScoreSlot.SELF : at == 1 ? ScoreSlot.APPRAISED : null;
    }

    List<TreeTableColumn<ScoringRow, RowView>> scoreColumns() {
        return scoreColumns;
    }

    TreeTableColumn<ScoringRow, ?> selfColumn() {
        return scoreColumns.get(0);
    }

    /**
     * The score column this copy works in, where the cursor lands when a workbook opens, on "Đi tới mã" and after a
     * group is folded: the appraisal's in the appraiser's copy (whose self scores are only read), the self score's
     * otherwise.
     */
    TreeTableColumn<ScoringRow, ?> workColumn() {
        return !model.mayChange(Rounds.Part.SELF) && model.mayChange(Rounds.Part.APPRAISAL)
                ? scoreColumns.get(1) : selfColumn();
    }

    ScoringRow rowAt(int index) {
        TreeItem<ScoringRow> item = index < 0 ? null : table.getTreeItem(index);
        return item == null ? null : item.getValue();
    }

    int indexOf(String code) {
        TreeItem<ScoringRow> item = items.get(code);
        return item == null ? -1 : table.getRow(item);
    }

    int rowCount() {
        return table.getExpandedItemCount();
    }

    /** The focused cell, or null before the table had one. */
    TreeTablePosition<ScoringRow, ?> focusedCell() {
        TreeTablePosition<ScoringRow, ?> cell = table.getFocusModel().getFocusedCell();
        return cell == null || cell.getRow() < 0 || cell.getTableColumn() == null ? null : cell;
    }

    /**
     * Where a key typed in the opinion column goes: the view moves the keyboard to the pane's field with it
     * ({@link GridKeys#keyTyped}).
     */
    void onTypedForDetail(java.util.function.BiPredicate<String, String> handler) {
        typedForDetail = java.util.Objects.requireNonNull(handler, "handler");
    }

    /** Hands {@code typed} to the detail pane's {@code field}; false when the pane did not take it. */
    boolean typeForDetail(String field, String typed) {
        return typedForDetail.test(field, typed);
    }

    /** The detail pane's field typed for the focused column (the opinion, the departments), or null. */
    String detailFieldOfFocusedColumn() {
        TreeTablePosition<ScoringRow, ?> cell = focusedCell();
        return cell == null ? null : detailFieldOf(cell.getTableColumn());
    }

    /** The detail pane's field where {@code column}'s values are typed (opinions, departments), or null. */
    private static String detailFieldOf(TreeTableColumn<ScoringRow, ?> column) {
        List<String> classes = column.getStyleClass();
        return classes.contains("col-opinion") ? OPINION_FIELD
                : classes.contains("col-departments") ? "detail-department-choice" : null;
    }

    /**
     * Why the cell at {@code row} in {@code column} cannot take a value, or empty when it can: a column that is only
     * read, a group row, a row marked không áp dụng, a locked workbook, the other side's column in the rounds.
     */
    Optional<String> whyNotEditable(int row, TreeTableColumn<ScoringRow, ?> column) {
        ScoringRow value = rowAt(row);
        if (value == null) {
            return Optional.of(Messages.get("scoring.grid.noRow"));
        }
        ScoreSlot slot = slotOf(column);
        if (slot == null) {
            // Opinions and departments are typed in the detail pane; say how to get there.
            String key = detailFieldOf(column) != null ? "scoring.grid.detailColumn" : "scoring.grid.readOnlyColumn";
            return Optional.of(Messages.get(key, column.getProperties().get(NAME)));
        }
        return model.whyNotScorable(value.code(), slot);
    }

    /**
     * The next row from {@code row} going {@code step} (+1 down, -1 up) that the cursor stops on in {@code column}:
     * in a score column only rows that take a value, elsewhere every row; -1 when there is none.
     */
    int nextRow(int row, TreeTableColumn<ScoringRow, ?> column, int step) {
        boolean scoreColumn = slotOf(column) != null;
        for (int i = row + step; i >= 0 && i < rowCount(); i += step) {
            if (!scoreColumn || model.whyNotScorable(rowAt(i).code()).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Starts editing the cell; {@code typed} is the first character typed (null for F2 or a click). */
    void startEdit(int row, TreeTableColumn<ScoringRow, ?> column, String typed) {
        typedToEdit = typed;
        focusCell(row, column);
        requestedEdit = new TreeTablePosition<>(table, row, column);
        table.edit(row, column);
        if (table.getEditingCell() == null) {
            typedToEdit = null;
        }
    }

    /**
     * Whether an edit was asked for by a key, a double click or a reopening. A single click on the selected cell
     * (JavaFX's default way in) only selects it, as in a spreadsheet, so the next key or paste goes to the grid.
     */
    boolean takeEditRequest(int row, TreeTableColumn<ScoringRow, ?> column) {
        TreeTablePosition<ScoringRow, ?> requested = requestedEdit;
        if (requested != null && requested.getRow() == row && requested.getTableColumn() == column) {
            requestedEdit = null;
            return true;
        }
        return false;
    }

    /** The first text typed to start editing, once. */
    String takeTypedText() {
        String text = typedToEdit;
        typedToEdit = null;
        return text;
    }

    ScoringViewModel model() {
        return model;
    }

    // ---- messages ----------------------------------------------------------------------------------------------

    /** What the grid last refused or did, for the status line; blank when there is nothing to say. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Says why a keystroke or a value was not taken: under the focused cell and in the status line. */
    void refuse(String text) {
        TreeTablePosition<ScoringRow, ?> cell = focusedCell();
        Node anchor = cell == null ? null : cellNode(cell.getRow(), cell.getTableColumn());
        showMessage(anchor, text);
    }

    void showMessage(Node anchor, String text) {
        writerRefusal = false;
        message.show(anchor == null ? table : anchor, text);
        status.set(text);
    }

    /** Shows under {@code anchor} what the keys typed so far give; information, so the status bar keeps its text. */
    void showHint(Node anchor, String text) {
        message.showHint(anchor == null ? table : anchor, text);
    }

    /**
     * Shows why a typed value was refused, under {@code anchor}; remembers whether the stopped edit writer refused it
     * (a {@link StoreException}), so the message can say so once the writer has written again.
     */
    void showRefusal(Node anchor, UserFacingException refused) {
        showMessage(anchor, refused.getMessage());
        writerRefusal = refused instanceof StoreException;
    }

    /**
     * The writer has written the held changes (the user's retry): a value still open in its cell after the writer
     * refused it can be stored now, and the message beside it says so instead of the outdated refusal.
     */
    private void writerResumed() {
        if (writerRefusal && editingCell != null && message.isShowingRefusal()) {
            showMessage(editingCell, Messages.get("writer.resumedKept"));
        }
    }

    void say(String text) {
        message.hide();
        status.set(text);
    }

    void clearMessage() {
        message.hide();
        status.set("");
    }

    /** The cell node showing {@code row} in {@code column}, if it is on screen. */
    Node cellNode(int row, TreeTableColumn<ScoringRow, ?> column) {
        for (Node node : table.lookupAll(".tree-table-cell")) {
            if (node instanceof TreeTableCell<?, ?> cell && cell.getIndex() == row && cell.getTableColumn() == column
                    && cell.isVisible()) {
                return cell;
            }
        }
        return null;
    }

    // ---- editing across cells -----------------------------------------------------------------------------------

    void setEditingCell(ScoreCell cell) {
        editingCell = cell;
    }

    /** Whether a score cell is open for typing (the table may name an editing cell that refused to open). */
    boolean isEditing() {
        return editingCell != null && editingCell.isEditing();
    }

    ScoreCell editingCell() {
        return editingCell;
    }

    /**
     * Commits the cell being edited, if any, before something else happens (save, close, export, another tab).
     *
     * @return false when the value was refused: the cell stays open with its message and the caller stops
     */
    boolean commitPendingEdit() {
        ScoreCell cell = editingCell;
        return cell == null || !cell.isEditing() || cell.commitAndClose();
    }

    /**
     * Opens the cell of {@code code} in {@code column} again with {@code text} and the message of {@code refused}
     * under it: a value refused (or not stored) when the clerk left the cell by clicking elsewhere is never lost.
     */
    void reopen(String code, TreeTableColumn<ScoringRow, ?> column, String text, UserFacingException refused) {
        Runnable open = () -> {
            int row = indexOf(code);
            if (row < 0) {
                status.set(refused.getMessage());
                return;
            }
            table.requestFocus();
            reopenText = text;
            startEdit(row, column, null);
            Platform.runLater(() -> showRefusal(cellNode(row, column), refused));
        };
        // A click elsewhere ends the edit when the button goes down; the click selects its own cell when the button
        // comes up. Reopening before that would be undone at once.
        if (mouseDown) {
            afterMouseUp = open;
            // The button may come up over a popup (a level list opened under the pointer), whose window gets the
            // release: the grid would wait for a release it never sees, and the refused value would stay closed
            // until the next click. A moment later it opens anyway; a click still going on that undoes it ends that
            // edit, which reopens the cell once more with its text kept.
            javafx.animation.PauseTransition late = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(LATE_REOPEN_MILLIS));
            late.setOnFinished(event -> {
                if (afterMouseUp == open) {
                    afterMouseUp = null;
                    mouseDown = false;
                    open.run();
                }
            });
            late.play();
        } else {
            Platform.runLater(open);
        }
    }

    private void followMouse(javafx.scene.Scene scene) {
        if (scene == null) {
            return;
        }
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> mouseDown = true);
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> {
            mouseDown = false;
            Runnable open = afterMouseUp;
            afterMouseUp = null;
            if (open != null) {
                Platform.runLater(open);
            }
        });
    }

    /** The text a reopened cell starts with, once (taken by the cell that starts the edit). */
    String takeReopenText() {
        String text = reopenText;
        reopenText = null;
        return text;
    }

    // ---- moving ------------------------------------------------------------------------------------------------

    /** Moves down (step 1) or up (-1) to the next row the cursor stops on in {@code column}; stays at the end. */
    void moveVertically(int row, TreeTableColumn<ScoringRow, ?> column, int step) {
        int next = nextRow(row, column, step);
        if (next >= 0) {
            focusCell(next, column);
        } else {
            focusCell(row, column);
        }
    }

    /**
     * Ctrl+Home / Ctrl+End (and Ctrl+Up / Ctrl+Down): the first or the last row, in a score column the first or last
     * that takes a value. JavaFX's own keys there move only the focus, leaving the selection, and so the detail pane
     * and where a typed key goes, on the row left behind.
     */
    void moveToEdge(int row, TreeTableColumn<ScoringRow, ?> column, boolean last) {
        int edge = last ? nextRow(rowCount(), column, -1) : nextRow(-1, column, 1);
        focusCell(edge < 0 ? row : edge, column);
    }

    /** Page Up / Page Down: about one screen of rows, landing on a row that takes a value in a score column. */
    void movePage(int row, TreeTableColumn<ScoringRow, ?> column, int step) {
        int page = 10;
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            page = Math.max(1, flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex() - 1);
        }
        int target = Math.max(0, Math.min(rowCount() - 1, row + step * page));
        int landed = nextRow(target - step, column, step);
        if (landed < 0) {
            landed = nextRow(target + step, column, -step);
        }
        focusCell(landed < 0 ? row : landed, column);
    }

    /** Home / End: the row's first or last column, as in a spreadsheet. */
    void moveToRowEdge(int row, boolean last) {
        List<TreeTableColumn<ScoringRow, ?>> visible = table.getVisibleLeafColumns();
        if (!visible.isEmpty()) {
            focusCell(row, visible.get(last ? visible.size() - 1 : 0));
        }
    }

    void moveDown(int row, TreeTableColumn<ScoringRow, ?> column) {
        moveVertically(row, column, 1);
    }

    /** Tab: the next score column, then the first score column of the next row that takes a value. */
    void moveAcross(int row, TreeTableColumn<ScoringRow, ?> column, boolean backwards) {
        int at = scoreColumns.indexOf(column);
        if (at < 0) {
            focusCell(row, scoreColumns.get(backwards ? scoreColumns.size() - 1 : 0));
            return;
        }
        int next = at + (backwards ? -1 : 1);
        if (next >= scoreColumns.size()) {
            TreeTableColumn<ScoringRow, ?> first = scoreColumns.get(0);
            int down = nextRow(row, first, 1);
            focusCell(down < 0 ? row : down, down < 0 ? column : first);
        } else if (next < 0) {
            TreeTableColumn<ScoringRow, ?> last = scoreColumns.get(scoreColumns.size() - 1);
            int up = nextRow(row, last, -1);
            focusCell(up < 0 ? row : up, up < 0 ? column : last);
        } else {
            focusCell(row, scoreColumns.get(next));
        }
    }

    /** Left and right: one column, every column (the read-only ones too), never expanding or collapsing. */
    void moveSideways(int row, TreeTableColumn<ScoringRow, ?> column, int step) {
        List<TreeTableColumn<ScoringRow, ?>> visible = new ArrayList<>(table.getVisibleLeafColumns());
        int at = visible.indexOf(column) + step;
        if (at >= 0 && at < visible.size()) {
            focusCell(row, visible.get(at));
        }
    }

    /** Ctrl+Right expands, Ctrl+Left collapses the group row at {@code row}. */
    void setExpanded(int row, boolean expanded) {
        TreeItem<ScoringRow> item = table.getTreeItem(row);
        if (item != null && !item.isLeaf()) {
            TreeTablePosition<ScoringRow, ?> cell = focusedCell();
            item.setExpanded(expanded);
            focusCell(table.getRow(item), cell == null ? workColumn() : cell.getTableColumn());
        }
    }

    /** Puts the cursor on {@code code}'s {@link #workColumn} cell (or, for a row that takes no value, on the row). */
    void goTo(String code) {
        TreeItem<ScoringRow> item = items.get(code);
        if (item == null) {
            return;
        }
        for (TreeItem<ScoringRow> parent = item.getParent(); parent != null; parent = parent.getParent()) {
            parent.setExpanded(true);
        }
        int row = table.getRow(item);
        if (row < 0) {
            return;
        }
        table.requestFocus();
        focusCell(row, workColumn());
        reveal(row);
    }

    /**
     * Scrolls {@code row} into view with up to three rows above it for context, or fewer when the rows are tall (a
     * small window wraps titles over many lines, and three rows above could push the row itself out of sight).
     */
    private void reveal(int row) {
        table.scrollTo(Math.max(0, row - 3));
        // Once the rows above are laid out at their real heights: JavaFX's VirtualFlow brings a row it has laid out
        // fully into view (only when part of it is out of view).
        javafx.scene.Scene scene = table.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                    && row < table.getExpandedItemCount()) {
                flow.scrollTo(row);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Puts the cursor in the {@link #workColumn} cell of the first row that takes a score (the first row if none). */
    void focusFirstScoreCell() {
        table.requestFocus();
        focusCell(firstScoreRow(), workColumn());
    }

    /**
     * Selects the first score cell without asking for the keyboard: called before the window first shows, so the
     * detail pane is filled before the first layout pass instead of in a second one (docs/performance.md).
     */
    void selectFirstScoreCell() {
        select(firstScoreRow(), workColumn());
    }

    /** The first row whose score can be typed, or the first row when none can (a locked workbook). */
    private int firstScoreRow() {
        return Math.max(0, nextRow(-1, workColumn(), 1));
    }

    void focusCell(int row, TreeTableColumn<ScoringRow, ?> column) {
        if (row < 0) {
            return;
        }
        select(row, column);
        scrollIntoView(row);
    }

    private void select(int row, TreeTableColumn<ScoringRow, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
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
            reveal(row);
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
        private static final PseudoClass UNWRITTEN = PseudoClass.getPseudoClass("unwritten");
        private static final PseudoClass OUTSIDE_PART = PseudoClass.getPseudoClass("outside-part");
        private final ChangeListener<RowState> stateListener = (obs, old, state) -> style();
        private final ChangeListener<Boolean> unwrittenListener = (obs, old, now) -> style();
        private ScoringRow watched;

        StyledRow() {
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ScoringRow row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.stateProperty().removeListener(stateListener);
                watched.unwrittenProperty().removeListener(unwrittenListener);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.stateProperty().addListener(stateListener);
                watched.unwrittenProperty().addListener(unwrittenListener);
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
            pseudoClassStateChanged(UNWRITTEN, row != null && row.isUnwritten());
            pseudoClassStateChanged(OUTSIDE_PART, state != null && state.outsidePart());
        }
    }
}
