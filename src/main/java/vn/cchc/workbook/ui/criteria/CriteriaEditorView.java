package vn.cchc.workbook.ui.criteria;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.DraftNode;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.WindowMemory;
import vn.cchc.workbook.ui.common.WrappingToolBar;

/**
 * The criteria editor window: the tree of the set (code, title, points, rule) with each node's problems beside it,
 * a form for the selected node, the list of problems, and "Lưu thành phiên bản mới…". It shows the view model; every
 * decision is made there.
 */
public final class CriteriaEditorView {

    private final CriteriaEditorViewModel model;
    private final CriteriaLibrary library;
    private final CriteriaDialogs dialogs;
    private final Consumer<CriteriaSet> onSaved;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<Long> tree = new TreeTableView<>();
    /** "Mã in": the province's own code where it differs from the code (set up with the tree). */
    private TreeTableColumn<Long, String> printedColumn;
    private final Set<Long> collapsed = new HashSet<>();
    private boolean selecting;

    public CriteriaEditorView(CriteriaEditorViewModel model, CriteriaLibrary library, CriteriaDialogs dialogs,
                              Consumer<CriteriaSet> onSaved) {
        this.model = model;
        this.library = library;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        root.getStyleClass().add("criteria-editor");
        root.setTop(toolBar());
        SplitPane split = new SplitPane(treeAndProblems(), form());
        split.setDividerPositions(0.6);
        root.setCenter(split);
        root.setBottom(statusBar());
        rebuildTree();
        model.structureVersionProperty().addListener((obs, old, now) -> rebuildTree());
        model.contentVersionProperty().addListener((obs, old, now) -> {
            showPrintedColumn();
            tree.refresh();
        });
        model.selectedProperty().addListener((obs, old, now) -> selectInTree(now));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selecting) {
                model.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        selectInTree(model.selectedProperty().get());
    }

    /** Opens the editor in its own window. {@code onSaved} hears of every version stored. */
    public static CriteriaEditorView open(Window owner, CriteriaDraft draft, CriteriaLibrary library, CriteriaDialogs dialogs,
                             Consumer<CriteriaSet> onSaved) {
        CriteriaEditorViewModel model = new CriteriaEditorViewModel(draft);
        CriteriaEditorView view = new CriteriaEditorView(model, library, dialogs, onSaved);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(model),
                model.changedProperty(), model.contentVersionProperty()));
        Scene scene = CriteriaStyles.scene(owner, view.root(), 1366, 768);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (model.changedProperty().get() && !dialogs.confirm(stage,
                    Messages.get("criteriaui.editor.discard"), Messages.get("criteriaui.editor.discardConfirm"))) {
                event.consume();
            }
        });
        ScreenFit.placeWindow(stage, owner, 1366, 768, WindowMemory.NONE, "criteriaEditor");
        WindowFocus.onShown(stage, view.tree);
        stage.show();
        return view;
    }

    private static String title(CriteriaEditorViewModel model) {
        CriteriaDraft draft = model.draft();
        String name = draft.name().isBlank() ? Messages.get("criteriaui.editor.untitled") : draft.name();
        return Messages.get("criteriaui.editor.title", name) + (model.changedProperty().get() ? " *" : "");
    }

    public Stage stage() {
        return (Stage) root.getScene().getWindow();
    }

    public BorderPane root() {
        return root;
    }

    public CriteriaEditorViewModel model() {
        return model;
    }

    // ---- toolbar ----

    private Button addSibling;
    private Button addChild;
    private Button delete;
    private Button moveUp;
    private Button moveDown;
    private Button indent;
    private Button outdent;
    private Button renumber;
    private Button undo;
    private Button redo;
    private Button save;

    private javafx.scene.layout.FlowPane toolBar() {
        addSibling = button("editorAddSibling", "criteriaui.editor.addSibling", MaterialDesignP.PLUS, "Shortcut+N",
                model::addSibling);
        addChild = button("editorAddChild", "criteriaui.editor.addChild", MaterialDesignF.FILE_TREE, "Shortcut+Shift+N",
                model::addChild);
        delete = button("editorDelete", "criteriaui.editor.delete", MaterialDesignD.DELETE_OUTLINE, "Shortcut+Delete",
                this::deleteSelected);
        moveUp = button("editorMoveUp", "criteriaui.editor.moveUp", MaterialDesignA.ARROW_UP, "Alt+Up", model::moveUp);
        moveDown = button("editorMoveDown", "criteriaui.editor.moveDown", MaterialDesignA.ARROW_DOWN, "Alt+Down",
                model::moveDown);
        indent = button("editorIndent", "criteriaui.editor.indent", MaterialDesignF.FORMAT_INDENT_INCREASE, "Alt+Right",
                model::indent);
        outdent = button("editorOutdent", "criteriaui.editor.outdent", MaterialDesignF.FORMAT_INDENT_DECREASE,
                "Alt+Left", model::outdent);
        renumber = button("editorRenumber", "criteriaui.editor.renumber", MaterialDesignF.FORMAT_LIST_NUMBERED,
                "Shortcut+R", model::renumber);
        undo = button("editorUndo", "criteriaui.editor.undo", MaterialDesignU.UNDO, "Shortcut+Z", model::undo);
        redo = button("editorRedo", "criteriaui.editor.redo", MaterialDesignR.REDO, "Shortcut+Y", model::redo);
        Button importJson = button("editorImportJson", "criteriaui.editor.importJson", MaterialDesignI.IMPORT, null,
                this::importJson);
        Button exportJson = button("editorExportJson", "criteriaui.editor.exportJson", MaterialDesignE.EXPORT, null,
                this::exportJson);
        save = button("editorSave", "criteriaui.editor.save", MaterialDesignC.CONTENT_SAVE_OUTLINE, "Shortcut+S",
                this::saveAsNewVersion);
        save.getStyleClass().add("accent");

        delete.disableProperty().bind(model.hasSelectionProperty().not());
        moveUp.disableProperty().bind(model.canMoveUpProperty().not());
        moveDown.disableProperty().bind(model.canMoveDownProperty().not());
        indent.disableProperty().bind(model.canIndentProperty().not());
        outdent.disableProperty().bind(model.canOutdentProperty().not());
        addChild.disableProperty().bind(model.hasSelectionProperty().not());
        undo.disableProperty().bind(model.canUndoProperty().not());
        redo.disableProperty().bind(model.canRedoProperty().not());
        for (Button iconOnly : List.of(moveUp, moveDown, indent, outdent, undo, redo)) {
            iconOnly.setText("");
        }

        // Wraps rather than hiding "Lưu thành phiên bản mới…" behind an overflow menu when the font is wider.
        return WrappingToolBar.of(addSibling, addChild, delete, new Separator(Orientation.VERTICAL),
                moveUp, moveDown, indent, outdent, renumber, new Separator(Orientation.VERTICAL), undo, redo,
                new Separator(Orientation.VERTICAL), importJson, exportJson, new Separator(Orientation.VERTICAL), save);
    }

    private static Button button(String id, String key, Ikon icon, String shortcut, Runnable action) {
        Button button = new Button(Messages.get(key), icon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        String tip = Messages.get(key);
        if (shortcut != null) {
            button.getProperties().put("shortcut", shortcut);
            tip = tip + " (" + KeyCombination.valueOf(shortcut).getDisplayText() + ")";
        }
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(18);
        icon.getStyleClass().add("app-icon");
        return icon;
    }

    /** Each toolbar button's shortcut works anywhere in the window (a text field keeps its own Ctrl+Z). */
    void installShortcuts(Scene scene) {
        for (Button button : List.of(addSibling, addChild, delete, moveUp, moveDown, indent, outdent, renumber, undo,
                redo, save)) {
            String shortcut = (String) button.getProperties().get("shortcut");
            scene.getAccelerators().put(KeyCombination.valueOf(shortcut), () -> {
                if (!button.isDisabled()) {
                    button.fire();
                }
            });
        }
    }

    private void deleteSelected() {
        Optional<DraftNode> node = model.node(model.selectedProperty().get());
        if (node.isEmpty()) {
            return;
        }
        if (!node.get().isLeaf() && !dialogs.confirm(window(),
                Messages.get("criteriaui.editor.deleteParent", node.get().code(), node.get().children().size()),
                Messages.get("criteriaui.editor.delete"))) {
            return;
        }
        model.delete();
    }

    // ---- the tree and the problems ----

    /** Shows the "Mã in" column while any node has a printed code. */
    private void showPrintedColumn() {
        if (printedColumn == null) {
            return;
        }
        printedColumn.setVisible(model.draft().nodes().stream().anyMatch(node -> !node.printedCode().isEmpty()));
    }

    private Node treeAndProblems() {
        tree.setId("criteriaTree");
        tree.setShowRoot(false);
        ColumnPolicy.fillOrScroll(tree);

        TreeTableColumn<Long, Long> codeColumn = new TreeTableColumn<>(Messages.get("criteriaui.column.code"));
        codeColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue().getValue()));
        codeColumn.setCellFactory(column -> new CodeCell());
        codeColumn.setPrefWidth(130);
        codeColumn.setMinWidth(110);

        // The province's own code, where it differs: shown only for a set that has any.
        printedColumn = textColumn("printedcodes.column", DraftNode::printedCode);
        printedColumn.setPrefWidth(70);
        printedColumn.setMinWidth(56);
        vn.cchc.workbook.ui.common.ColumnHeaders.fit(printedColumn);
        showPrintedColumn();

        TreeTableColumn<Long, String> titleColumn = textColumn("criteriaui.column.title", DraftNode::title);
        titleColumn.setPrefWidth(420);
        TreeTableColumn<Long, String> pointsColumn = textColumn("criteriaui.column.points",
                node -> Points.formatShort(node.maxPoints()));
        pointsColumn.setPrefWidth(70);
        pointsColumn.setMinWidth(60);
        pointsColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<Long, String> ruleColumn = textColumn("criteriaui.column.rule",
                node -> RuleTexts.describe(node.rule()));
        ruleColumn.setPrefWidth(200);
        tree.getColumns().setAll(List.of(codeColumn, printedColumn, titleColumn, pointsColumn, ruleColumn));

        ListView<CriteriaEditorViewModel.ProblemRow> problems = new ListView<>(model.problems());
        problems.setId("editorProblems");
        problems.setCellFactory(list -> new ProblemCell());
        problems.setPlaceholder(new Label(Messages.get("criteriaui.problems.none")));
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.nodeId() != null) {
                model.selectedProperty().set(now.nodeId());
            }
        });
        problems.setPrefHeight(150);
        Label problemsTitle = new Label();
        problemsTitle.getStyleClass().add("section-title");
        problemsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("criteriaui.problems.title", model.problems().size()), model.problems()));
        VBox box = new VBox(6, tree, problemsTitle, problems);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private TreeTableColumn<Long, String> textColumn(String key, java.util.function.Function<DraftNode, String> value) {
        TreeTableColumn<Long, String> column = new TreeTableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                model.node(cell.getValue().getValue()).map(value).orElse("")));
        return column;
    }

    private void rebuildTree() {
        selecting = true;
        try {
            tree.setRoot(DraftTreeItems.root(model.draft().roots(), collapsed));
        } finally {
            selecting = false;
        }
        selectInTree(model.selectedProperty().get());
    }

    private void selectInTree(Long nodeId) {
        selecting = true;
        try {
            DraftTreeItems.select(tree, nodeId);
        } finally {
            selecting = false;
        }
    }

    /** The code, with an error or warning mark and the node's problems as its tooltip. */
    private final class CodeCell extends TreeTableCell<Long, Long> {
        @Override
        protected void updateItem(Long nodeId, boolean empty) {
            super.updateItem(nodeId, empty);
            getStyleClass().removeAll("node-error", "node-warning");
            if (empty || nodeId == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Optional<DraftNode> node = model.node(nodeId);
            setText(node.map(DraftNode::code).orElse(""));
            List<Problem> problems = model.problemsOf(nodeId);
            if (problems.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean error = problems.stream().anyMatch(Problem::isError);
            FontIcon mark = icon(error ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignA.ALERT);
            mark.getStyleClass().add(error ? "problem-error" : "problem-warning");
            setGraphic(mark);
            getStyleClass().add(error ? "node-error" : "node-warning");
            Tooltip tip = new Tooltip(String.join("\n", problems.stream().map(Problem::message).toList()));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }

    private static final class ProblemCell extends ListCell<CriteriaEditorViewModel.ProblemRow> {
        @Override
        protected void updateItem(CriteriaEditorViewModel.ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.text());
            FontIcon mark = icon(row.problem().isError() ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignA.ALERT);
            mark.getStyleClass().add(row.problem().isError() ? "problem-error" : "problem-warning");
            setGraphic(mark);
        }
    }

    // ---- the form ----

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);

        Label heading = new Label(Messages.get("criteriaui.form.heading"));
        heading.getStyleClass().add("section-title");
        grid.add(heading, 0, 0, 2, 1);
        int row = 1;

        TextField code = field("formCode", model.codeProperty());
        code.setMaxWidth(160);
        row = addRow(grid, row, "criteriaui.form.code", code);

        // The province's own code where its numbering restarts in each field ("1.1" for the code "I.1.1").
        TextField printedCode = field("formPrintedCode", model.printedCodeProperty());
        printedCode.setMaxWidth(160);
        printedCode.setPromptText(Messages.get("printedcodes.form.prompt"));
        Label printedHint = new Label(Messages.get("printedcodes.form.hint"));
        printedHint.setWrapText(true);
        printedHint.getStyleClass().add("hint");
        row = addRow(grid, row, "printedcodes.form.label", new VBox(4, printedCode, printedHint));

        TextArea title = area("formTitle", model.titleProperty(), 3);
        row = addRow(grid, row, "criteriaui.form.title", title);

        TextField points = field("formPoints", model.pointsProperty());
        points.setMaxWidth(100);
        // "50" or "12,5" stays readable beside the children's sum and its button in a narrow form.
        points.setMinWidth(64);
        Label pointsError = errorLabel("formPointsError", model.pointsErrorProperty());
        Label childrenSum = new Label();
        childrenSum.setId("formChildrenSum");
        childrenSum.textProperty().bind(model.childrenSumProperty());
        Button takeSum = new Button(Messages.get("criteriaui.form.takeSum"), icon(MaterialDesignS.SIGMA));
        takeSum.setId("formTakeSum");
        takeSum.setOnAction(event -> model.takeChildrenSum());
        takeSum.visibleProperty().bind(model.selectedIsParentProperty());
        takeSum.managedProperty().bind(takeSum.visibleProperty());
        HBox pointsRow = new HBox(8, points, childrenSum, takeSum);
        pointsRow.setAlignment(Pos.CENTER_LEFT);
        row = addRow(grid, row, "criteriaui.form.points", new VBox(4, pointsRow, pointsError));

        ComboBox<RuleKind> kind = new ComboBox<>();
        kind.setId("formRuleKind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(RuleKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public RuleKind fromString(String text) {
                return null;
            }
        });
        // A parent offers only "sum", a leaf every other kind. Swapping the items clears the combo's value, so the
        // combo follows the model one way and writes back only a kind the user picked.
        Runnable fillKinds = () -> {
            kind.getItems().setAll(model.selectedIsParentProperty().get() ? List.of(RuleKind.SUM) : RuleKind.FOR_LEAVES);
            kind.setValue(model.ruleKindProperty().get());
        };
        model.selectedIsParentProperty().addListener((obs, old, parent) -> fillKinds.run());
        model.ruleKindProperty().addListener((obs, old, now) -> kind.setValue(now));
        kind.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.ruleKindProperty().get()) {
                model.ruleKindProperty().set(now);
            }
        });
        fillKinds.run();
        kind.disableProperty().bind(model.selectedIsParentProperty().or(model.hasSelectionProperty().not()));
        row = addRow(grid, row, "criteriaui.form.rule", kind);

        VBox ruleParameters = new VBox(6);
        ruleParameters.setId("formRuleParameters");
        Runnable showParameters = () -> ruleParameters.getChildren().setAll(parametersFor(model.ruleKindProperty().get()));
        model.ruleKindProperty().addListener((obs, old, now) -> showParameters.run());
        showParameters.run();
        grid.add(ruleParameters, 1, row++);
        // The province's own words beside the guessed rule, so the user can check the guess against them.
        Label wording = new Label();
        wording.setId("formRuleWording");
        wording.setWrapText(true);
        wording.getStyleClass().add("hint");
        wording.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.ruleWordingProperty().get().isBlank() ? ""
                        : Messages.get("criteriasets.ui.ruleWording", model.ruleWordingProperty().get()),
                model.ruleWordingProperty()));
        wording.visibleProperty().bind(model.ruleWordingProperty().isNotEmpty());
        wording.managedProperty().bind(wording.visibleProperty());
        grid.add(wording, 1, row++);
        Label ruleError = errorLabel("formRuleError", model.ruleErrorProperty());
        grid.add(ruleError, 1, row++);

        row = addRow(grid, row, "criteriaui.form.guidance", area("formGuidance", model.guidanceProperty(), 4));
        row = addRow(grid, row, "criteriaui.form.evidence", area("formEvidence", model.evidenceProperty(), 3));
        row = addRow(grid, row, "criteriaui.form.department", field("formDepartment", model.departmentProperty()));

        Label problems = new Label();
        problems.setId("formProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("form-problems");
        problems.textProperty().bind(model.nodeProblemsProperty());
        problems.visibleProperty().bind(model.nodeProblemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        grid.add(problems, 0, row, 2, 1);

        grid.disableProperty().bind(model.hasSelectionProperty().not());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(380);
        return scroll;
    }

    private List<Node> parametersFor(RuleKind kind) {
        if (kind == null) {
            return List.of();
        }
        return switch (kind) {
            case MANUAL -> List.of(labelled("criteriaui.form.step", small(field("formStep", model.stepProperty()))),
                    hint("criteriaui.form.stepHint"));
            case GIVEN -> List.of(hint("criteriaui.form.givenHint"));
            case SUM -> List.of(hint("criteriaui.form.sumHint"));
            case RATIO -> List.of(
                    labelled("criteriaui.form.threshold", small(field("formThreshold", model.thresholdPercentProperty())),
                            new Label(Messages.get("criteriaui.form.thresholdAfter"))),
                    labelled("criteriaui.form.fullAt", small(field("formFullAt", model.fullAtPercentProperty())),
                            new Label(Messages.get("criteriaui.form.fullAtAfter"))),
                    hint("criteriaui.form.ratioHint"));
            case DEDUCTIONS -> List.of(labelled("criteriaui.form.perViolation",
                    small(field("formPerViolation", model.perViolationProperty()))));
            case PER_ITEM -> List.of(labelled("criteriasets.ui.form.perItem",
                    small(field("formPerItem", model.perItemProperty()))), hint("criteriasets.ui.form.perItemHint"));
            case LEVELS -> List.of(levelsEditor());
        };
    }

    private Node levelsEditor() {
        VBox rows = new VBox(4);
        rows.setId("formLevels");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (CriteriaEditorViewModel.LevelRow level : model.levels()) {
                TextField label = new TextField();
                label.textProperty().bindBidirectional(level.label());
                label.setPromptText(Messages.get("criteriaui.form.levelLabel"));
                HBox.setHgrow(label, Priority.ALWAYS);
                TextField points = new TextField();
                points.textProperty().bindBidirectional(level.points());
                points.setPrefColumnCount(4);
                Button remove = new Button("", icon(MaterialDesignD.DELETE_OUTLINE));
                remove.setTooltip(new Tooltip(Messages.get("criteriaui.form.levelRemove")));
                remove.setOnAction(event -> model.levels().remove(level));
                HBox line = new HBox(6, label, points, new Label(Messages.get("criteriaui.form.pointsUnit")), remove);
                line.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(line);
            }
        };
        // Rebuild the rows only when levels are added or removed, not on every key typed into one of them.
        model.levels().addListener((javafx.collections.ListChangeListener<CriteriaEditorViewModel.LevelRow>) change -> {
            boolean shape = false;
            while (change.next()) {
                shape |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (shape) {
                fill.run();
            }
        });
        fill.run();
        Button add = new Button(Messages.get("criteriaui.form.levelAdd"), icon(MaterialDesignP.PLUS));
        add.setId("formLevelAdd");
        add.setOnAction(event -> model.levels().add(new CriteriaEditorViewModel.LevelRow("", "0")));
        return new VBox(6, new Label(Messages.get("criteriaui.form.levels")), rows, add);
    }

    private static TextField small(TextField field) {
        field.setPrefColumnCount(5);
        field.setMaxWidth(90);
        return field;
    }

    private static HBox labelled(String key, Node... fields) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(new Label(Messages.get(key)));
        box.getChildren().addAll(fields);
        return box;
    }

    private static Label hint(String key) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }

    private static int addRow(GridPane grid, int row, String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(4, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        FormFields.tabMovesOn(area);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static Label errorLabel(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private Node statusBar() {
        Label summary = new Label();
        summary.setId("editorSummary");
        summary.textProperty().bind(model.summaryProperty());
        HBox bar = new HBox(summary);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    // ---- files and saving ----

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void saveAsNewVersion() {
        Optional<vn.cchc.workbook.domain.criteria.editing.VersionDetails> details =
                SaveVersionDialog.ask(window(), model.suggestedVersion(), model.draft().origin().isPresent(),
                        SaveVersionDialog.Taken.of(library));
        if (details.isEmpty()) {
            return;
        }
        save.setDisable(true);
        Tasks.create(() -> {
            CriteriaSet set = model.newVersion(details.get(), library.takenIds());
            library.save(set);
            return set;
        }).onSuccess(saved -> {
            save.setDisable(false);
            model.saved(saved);
            onSaved.accept(saved);
            dialogs.showInfo(window(), Messages.get("criteriaui.save.done", saved.name(), saved.version()));
        }).onError(error -> {
            save.setDisable(false);
            dialogs.showError(window(), error);
        }).start();
    }

    private void exportJson() {
        CriteriaSet set = model.draft().toCriteriaSet();
        dialogs.chooseFileToSave(window(), Messages.get("criteriaui.editor.exportJson"), CriteriaDialogs.FileKind.JSON,
                set.id() + ".json").ifPresent(file -> Tasks.create(() -> {
                    library.writeJson(set, file);
                    return file;
                })
                .onSuccess(done -> dialogs.showInfo(window(),
                        Messages.get("criteriaui.json.written", done.getFileName())))
                .onError(error -> dialogs.showError(window(), error)).start());
    }

    /** Opens a JSON set in a new editor window: the one open here is left as it is. */
    private void importJson() {
        dialogs.chooseFileToOpen(window(), Messages.get("criteriaui.editor.importJson"), CriteriaDialogs.FileKind.JSON)
                .ifPresent(file -> Tasks.create(() -> library.readJson(file))
                .onSuccess(set -> open(window(), CriteriaDraft.unsaved(set), library, dialogs, onSaved))
                .onError(error -> dialogs.showError(window(), error)).start());
    }
}
