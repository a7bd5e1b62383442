package vn.cchc.workbook.ui.criteria;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.DraftNode;
import vn.cchc.workbook.domain.criteria.editing.VersionDetails;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.criteria.ImportedRow;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.WindowMemory;

/**
 * The window shown after reading a province's Excel appendix and before anything is stored: the tree that was read,
 * each node's row in the sheet and guessed rule (changeable), and every problem by sheet and row. "Quay lại" picks
 * another file or sheet, "Sửa trong trình soạn thảo" continues in the editor, "Lưu vào thư viện" stores the set, and
 * "Hủy" closes the window leaving nothing behind.
 */
public final class CriteriaImportPreview {

    private final CriteriaImportPreviewModel model;
    private final CriteriaLibrary library;
    private final CriteriaDialogs dialogs;
    private final Consumer<CriteriaDraft> openEditor;
    private final Consumer<CriteriaSet> onSaved;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<Long> tree = new TreeTableView<>();
    /** "Mã in": the province's own code where the numbering restarts in each field; shown only then. */
    private TreeTableColumn<Long, String> printed;
    private final ComboBox<RuleKind> rule = new ComboBox<>();
    private final Label source = new Label();
    private final Label reason = new Label();
    private Stage stage;
    private boolean selecting;

    CriteriaImportPreview(CriteriaImportPreviewModel model, CriteriaLibrary library, CriteriaDialogs dialogs,
                          Consumer<CriteriaDraft> openEditor, Consumer<CriteriaSet> onSaved) {
        this.model = model;
        this.library = library;
        this.dialogs = dialogs;
        this.openEditor = openEditor;
        this.onSaved = onSaved;
        root.setTop(header());
        SplitPane split = new SplitPane(treeAndProblems(), details());
        split.setDividerPositions(0.7);
        root.setCenter(split);
        root.setBottom(buttons());
        model.versionProperty().addListener((obs, old, now) -> rebuild());
        model.selectedProperty().addListener((obs, old, now) -> {
            select(now);
            showDetails();
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selecting) {
                model.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        rebuild();
    }

    /**
     * Asks for an .xlsx file, reads it off the JavaFX thread and shows the preview. Nothing is stored unless the user
     * chooses "Lưu vào thư viện".
     */
    public static void chooseAndShow(Window owner, CriteriaLibrary library, CriteriaDialogs dialogs,
                                     Consumer<CriteriaDraft> openEditor, Consumer<CriteriaSet> onSaved) {
        dialogs.chooseFileToOpen(owner, Messages.get("criteriaui.preview.choose"),
                        CriteriaDialogs.FileKind.CRITERIA_TABLE)
                .ifPresent(file -> Tasks.create(() -> CriteriaExcel.read(file, null))
                        .onSuccess(reading -> show(owner, new CriteriaImportPreviewModel(file, reading), library,
                                dialogs, openEditor, onSaved))
                        .onError(error -> dialogs.showError(owner, error)).start());
    }

    static CriteriaImportPreview show(Window owner, CriteriaImportPreviewModel model, CriteriaLibrary library,
                                      CriteriaDialogs dialogs, Consumer<CriteriaDraft> openEditor,
                                      Consumer<CriteriaSet> onSaved) {
        CriteriaImportPreview preview = new CriteriaImportPreview(model, library, dialogs, openEditor, onSaved);
        Stage stage = new Stage();
        preview.stage = stage;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("criteriaui.preview.title", model.file().getFileName()));
        stage.setScene(CriteriaStyles.scene(owner, preview.root, 1366, 768));
        ScreenFit.placeWindow(stage, owner, 1366, 768, WindowMemory.NONE, "criteriaPreview");
        WindowFocus.onShown(stage, preview.tree);
        stage.show();
        return preview;
    }

    BorderPane root() {
        return root;
    }

    CriteriaImportPreviewModel model() {
        return model;
    }

    Stage stage() {
        return stage;
    }

    // ---- layout ----

    private Node header() {
        Label file = new Label(Messages.get("criteriaui.preview.file", model.file().getFileName()));
        file.getStyleClass().add("section-title");
        ComboBox<String> sheets = new ComboBox<>(model.sheets());
        sheets.setId("previewSheet");
        sheets.setValue(model.sheetProperty().get());
        model.sheetProperty().addListener((obs, old, now) -> sheets.setValue(now));
        sheets.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.sheetProperty().get())) {
                readSheet(now);
            }
        });
        Label sheetLabel = new Label(Messages.get("criteriaui.preview.sheet"));
        HBox sheetBox = new HBox(8, sheetLabel, sheets);
        sheetBox.setAlignment(Pos.CENTER_LEFT);
        sheetBox.visibleProperty().bind(Bindings.size(model.sheets()).greaterThan(1));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        Label summary = new Label();
        summary.setId("previewSummary");
        summary.textProperty().bind(model.summaryProperty());
        javafx.scene.control.CheckBox published = new javafx.scene.control.CheckBox(
                Messages.get("criteriasets.ui.preview.asPublished"));
        published.setId("previewAsPublished");
        published.setWrapText(true);
        published.selectedProperty().bindBidirectional(model.asPublishedProperty());
        published.selectedProperty().addListener((obs, old, now) -> readSheet(model.chosenSheet()));
        Label note = new Label(Messages.get("criteriaui.preview.note"));
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, file, spacer, sheetBox);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, summary, published, note);
        box.setPadding(new Insets(10, 12, 4, 12));
        return box;
    }

    private Node treeAndProblems() {
        tree.setId("previewTree");
        tree.setShowRoot(false);
        ColumnPolicy.fillOrScroll(tree);
        TreeTableColumn<Long, Long> code = new TreeTableColumn<>(Messages.get("criteriaui.column.code"));
        code.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue().getValue()));
        code.setCellFactory(column -> new CodeCell());
        code.setPrefWidth(120);
        printed = column("printedcodes.column", 60, id -> model.draft().node(id).printedCode());
        printed.setVisible(false);
        TreeTableColumn<Long, String> title = column("criteriaui.column.title", 400, id -> model.draft().node(id).title());
        TreeTableColumn<Long, String> points = column("criteriaui.column.points", 60, model::points);
        points.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<Long, String> row = column("criteriaui.preview.row", 70,
                id -> model.rowOf(id).map(r -> Integer.toString(r.row())).orElse(""));
        row.setStyle("-fx-alignment: CENTER-RIGHT;");
        TreeTableColumn<Long, String> ruleColumn = column("criteriaui.column.rule", 230, model::ruleText);
        tree.getColumns().setAll(List.of(code, printed, title, points, row, ruleColumn));
        // Each at least as wide as its header: "Mã in" was cut to "Mã…".
        tree.getColumns().forEach(vn.cchc.workbook.ui.common.ColumnHeaders::fit);

        ListView<CriteriaImportPreviewModel.ProblemRow> problems = new ListView<>(model.problems());
        problems.setId("previewProblems");
        problems.setPlaceholder(new Label(Messages.get("criteriaui.preview.noProblems")));
        problems.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CriteriaImportPreviewModel.ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setGraphic(empty || item == null ? null : mark(item.problem().isError()));
            }
        });
        problems.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.nodeId() != null) {
                model.selectedProperty().set(now.nodeId());
            }
        });
        problems.setPrefHeight(170);
        Label problemsTitle = new Label();
        problemsTitle.getStyleClass().add("section-title");
        problemsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("criteriaui.preview.problems", model.problems().size()), model.problems()));
        VBox box = new VBox(6, tree, problemsTitle, problems);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private TreeTableColumn<Long, String> column(String key, double width,
                                                 java.util.function.Function<Long, String> value) {
        TreeTableColumn<Long, String> column = new TreeTableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return column;
    }

    private Node details() {
        Label heading = new Label(Messages.get("criteriaui.preview.details"));
        heading.getStyleClass().add("section-title");
        source.setId("previewSource");
        source.setWrapText(true);
        rule.setId("previewRule");
        rule.getItems().setAll(RuleKind.FOR_LEAVES);
        rule.setConverter(new StringConverter<>() {
            @Override
            public String toString(RuleKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public RuleKind fromString(String text) {
                return null;
            }
        });
        rule.valueProperty().addListener((obs, old, now) -> {
            Long id = model.selectedProperty().get();
            if (!selecting && id != null && now != null) {
                model.changeRule(id, now);
            }
        });
        reason.setId("previewReason");
        reason.setWrapText(true);
        reason.getStyleClass().add("hint");
        Label hint = new Label(Messages.get("criteriaui.preview.ruleHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(new Label(Messages.get("criteriaui.preview.source")), 0, 0);
        grid.add(source, 1, 0);
        grid.add(new Label(Messages.get("criteriaui.column.rule")), 0, 1);
        grid.add(rule, 1, 1);
        grid.add(reason, 0, 2, 2, 1);
        grid.add(hint, 0, 3, 2, 1);
        VBox box = new VBox(10, heading, grid);
        box.setPadding(new Insets(12));
        box.setMinWidth(320);
        return box;
    }

    private Node buttons() {
        Button back = new Button(Messages.get("criteriaui.preview.back"),
                CriteriaEditorView.icon(MaterialDesignA.ARROW_LEFT));
        back.setId("previewBack");
        back.setOnAction(event -> back());
        Button edit = new Button(Messages.get("criteriaui.preview.edit"));
        edit.setId("previewEdit");
        edit.setOnAction(event -> {
            stage.close();
            openEditor.accept(model.draft());
        });
        Button save = new Button(Messages.get("criteriaui.preview.save"));
        save.setId("previewSave");
        save.getStyleClass().add("accent");
        save.setOnAction(event -> save());
        Button cancel = new Button(Messages.get("criteriaui.button.cancel"));
        cancel.setId("previewCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, back, spacer, edit, save, cancel);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    // ---- behaviour ----

    private void rebuild() {
        selecting = true;
        try {
            // The preview shows the whole tree unfolded after every change.
            tree.setRoot(DraftTreeItems.root(model.draft().roots(), new java.util.HashSet<>()));
            if (printed != null) {
                printed.setVisible(model.draft().nodes().stream().anyMatch(node -> !node.printedCode().isEmpty()));
            }
        } finally {
            selecting = false;
        }
        select(model.selectedProperty().get());
        showDetails();
    }

    private void select(Long nodeId) {
        selecting = true;
        try {
            DraftTreeItems.select(tree, nodeId);
        } finally {
            selecting = false;
        }
    }

    private void showDetails() {
        Long id = model.selectedProperty().get();
        selecting = true;
        try {
            if (id == null || model.draft().find(id).isEmpty()) {
                source.setText("");
                reason.setText("");
                rule.setValue(null);
                rule.setDisable(true);
                return;
            }
            DraftNode node = model.draft().node(id);
            Optional<ImportedRow> row = model.rowOf(id);
            source.setText(row.map(r -> r.printedCode().isBlank() ? r.where()
                    : Messages.get("criteriaui.preview.sourceValue", r.where(), r.printedCode())).orElse(""));
            rule.getItems().setAll(node.isLeaf() ? RuleKind.FOR_LEAVES : List.of(RuleKind.SUM));
            rule.setValue(RuleKind.of(node.rule()));
            rule.setDisable(!node.isLeaf());
            reason.setText(model.guessReason(id));
        } finally {
            selecting = false;
        }
    }

    /** "Quay lại": choose another file; the preview shows it, or stays as it is when the user gives up. */
    private void back() {
        dialogs.chooseFileToOpen(stage, Messages.get("criteriaui.preview.choose"),
                        CriteriaDialogs.FileKind.CRITERIA_TABLE)
                .ifPresent(file -> Tasks.create(() -> CriteriaExcel.read(file, null)).onSuccess(reading -> {
                    stage.close();
                    show(stage.getOwner(), new CriteriaImportPreviewModel(file, reading), library, dialogs, openEditor,
                            onSaved);
                }).onError(error -> dialogs.showError(stage, error)).start());
    }

    private void readSheet(String sheet) {
        model.choose(sheet);
        Path file = model.file();
        Tasks.create(() -> CriteriaExcel.read(file, sheet, model.asPublishedProperty().get()))
                .onSuccess(model::show).onError(error -> {
            dialogs.showError(stage, error);
            model.show(model.reading());
        }).start();
    }

    private void save() {
        if (!model.canSave()) {
            dialogs.showError(stage, new vn.cchc.workbook.domain.InvalidInputException("criteriaui.preview.cannotSave"));
            return;
        }
        Optional<VersionDetails> details = SaveVersionDialog.ask(stage, model.draft().suggestedVersion(), false,
                SaveVersionDialog.Taken.of(library));
        if (details.isEmpty()) {
            return;
        }
        Tasks.create(() -> {
            CriteriaSet set = model.draft().toNewVersion(details.get(), library.takenIds());
            library.save(set);
            return set;
        }).onSuccess(saved -> {
            stage.close();
            onSaved.accept(saved);
            dialogs.showInfo(stage.getOwner(), Messages.get("criteriaui.save.done", saved.name(), saved.version()));
        }).onError(error -> dialogs.showError(stage, error)).start();
    }

    private static FontIcon mark(boolean error) {
        FontIcon icon = CriteriaEditorView.icon(error ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignA.ALERT);
        icon.getStyleClass().add(error ? "problem-error" : "problem-warning");
        return icon;
    }

    private final class CodeCell extends TreeTableCell<Long, Long> {
        @Override
        protected void updateItem(Long nodeId, boolean empty) {
            super.updateItem(nodeId, empty);
            if (empty || nodeId == null || model.draft().find(nodeId).isEmpty()) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(model.draft().node(nodeId).code());
            List<Problem> problems = model.problemsOf(nodeId);
            if (problems.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setGraphic(mark(problems.stream().anyMatch(Problem::isError)));
            Tooltip tip = new Tooltip(String.join("\n", problems.stream().map(Problem::message).toList()));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }
}
