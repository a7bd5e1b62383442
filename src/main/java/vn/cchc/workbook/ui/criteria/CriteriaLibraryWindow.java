package vn.cchc.workbook.ui.criteria;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.CriteriaSetIds;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.WindowMemory;
import vn.cchc.workbook.ui.common.WrappingToolBar;

/**
 * "Bộ tiêu chí…": the sets in the store and the samples shipped with the program, and what can be done with them:
 * open in the editor, start from a sample, import from a province's Excel file (through the preview) or from JSON,
 * export as JSON, download the blank template, and start an assessment from the chosen set.
 */
public final class CriteriaLibraryWindow {

    private final CriteriaLibrary library;
    private final CriteriaDialogs dialogs;
    private final Consumer<CriteriaSet> startAssessment;
    private final TableView<CriteriaLibrary.Entry> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    /** Wide enough for a province's set name and a sample's version note at 1366 px (fitted to smaller screens). */
    private static final double WIDTH = 1320;
    private static final double HEIGHT = 640;

    private Stage stage;

    CriteriaLibraryWindow(CriteriaLibrary library, CriteriaDialogs dialogs, Consumer<CriteriaSet> startAssessment) {
        this.library = library;
        this.dialogs = dialogs;
        this.startAssessment = startAssessment;
        root.setTop(toolBar());
        root.setCenter(tableBox());
        root.setBottom(bottomBar());
    }

    /**
     * Shows the library, the entry point of the "Bộ tiêu chí…" menu item.
     *
     * @param startAssessment called with the chosen set on "Tạo sổ chấm điểm từ bộ này" (the library closes first)
     */
    public static Stage show(Window owner, WorkbookStore store, Consumer<CriteriaSet> startAssessment) {
        return show(owner, new CriteriaLibrary(store), CriteriaDialogs.FX, startAssessment);
    }

    static Stage show(Window owner, CriteriaLibrary library, CriteriaDialogs dialogs,
                      Consumer<CriteriaSet> startAssessment) {
        CriteriaLibraryWindow window = new CriteriaLibraryWindow(library, dialogs, startAssessment);
        Stage stage = new Stage();
        window.stage = stage;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("criteriaui.library.title"));
        stage.setScene(CriteriaStyles.scene(owner, window.root, WIDTH, HEIGHT));
        ScreenFit.placeWindow(stage, owner, WIDTH, HEIGHT, WindowMemory.NONE, "criteria");
        WindowFocus.onShown(stage, window.table);
        stage.show();
        window.reload(null);
        return stage;
    }

    BorderPane root() {
        return root;
    }

    private javafx.scene.layout.FlowPane toolBar() {
        Button open = button("libraryOpen", "criteriaui.library.open", MaterialDesignP.PENCIL, this::openSelected);
        Button fromSample = button("libraryFromSample", "criteriaui.library.fromSample", MaterialDesignC.CONTENT_COPY,
                this::newFromSelected);
        Button fromExcel = button("libraryImportExcel", "criteriaui.library.importExcel", MaterialDesignF.FILE_EXCEL_OUTLINE,
                this::importExcel);
        Button importJson = button("libraryImportJson", "criteriaui.library.importJson", MaterialDesignI.IMPORT,
                this::importJson);
        Button exportJson = button("libraryExportJson", "criteriaui.library.exportJson", MaterialDesignE.EXPORT,
                this::exportJson);
        Button template = button("libraryTemplate", "criteriaui.library.template", MaterialDesignF.FILE_DOWNLOAD_OUTLINE,
                this::writeTemplate);
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        open.disableProperty().bind(none);
        fromSample.disableProperty().bind(none);
        exportJson.disableProperty().bind(none);
        // Wraps rather than hiding "Tải mẫu bộ tiêu chí…" behind an overflow menu when the font is wider.
        return WrappingToolBar.of(open, fromSample, new Separator(Orientation.VERTICAL), fromExcel, importJson, exportJson,
                new Separator(Orientation.VERTICAL), template);
    }

    private static Button button(String id, String key, Ikon icon, Runnable action) {
        Button button = new Button(Messages.get(key), CriteriaEditorView.icon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private VBox tableBox() {
        table.setId("libraryTable");
        table.setPlaceholder(new Label(Messages.get("criteriaui.library.empty")));
        ColumnPolicy.fillOrScroll(table);
        table.getColumns().setAll(List.of(
                column("criteriaui.library.name", 340, entry -> entry.set().name()),
                column("criteriaui.library.level", 115, entry -> Messages.get(entry.set().level().messageKey())),
                column("criteriaui.library.year", 55, entry -> Integer.toString(entry.set().year())),
                column("criteriaui.library.version", 230, entry -> entry.set().version()),
                column("criteriaui.library.decision", 135, entry -> decision(entry.set())),
                column("criteriaui.library.size", 150, entry -> Messages.get("criteriaui.library.sizeValue",
                        entry.set().nodes().size(), Points.formatShort(entry.set().mainMaximum()))),
                column("criteriaui.library.source", 165, entry -> Messages.get(entry.bundled()
                        ? "criteriaui.library.sourceSample" : "criteriaui.library.sourceStore"))));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<CriteriaLibrary.Entry> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        Label hint = new Label(Messages.get("criteriaui.library.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        // A set kept as the province published it carries its differences as warnings: shown with the set.
        Label published = new Label();
        published.setId("libraryPublishedWarnings");
        published.setWrapText(true);
        published.getStyleClass().add("form-problems");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                published.setText(now == null ? "" : publishedWarnings(now.set())));
        published.visibleProperty().bind(published.textProperty().isNotEmpty());
        published.managedProperty().bind(published.visibleProperty());
        VBox box = new VBox(8, table, published, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** "Giữ như bản đã ban hành: 2 chỗ …" and each difference, for a set kept as published; else "". */
    static String publishedWarnings(CriteriaSet set) {
        if (!set.asPublished()) {
            return "";
        }
        List<vn.cchc.workbook.domain.Problem> warnings = vn.cchc.workbook.domain.criteria.CriteriaValidator
                .validate(set).stream().filter(problem -> !problem.isError()).toList();
        StringBuilder text = new StringBuilder(Messages.get("criteriasets.ui.library.published", warnings.size()));
        for (vn.cchc.workbook.domain.Problem warning : warnings) {
            text.append('\n').append(warning.describe());
        }
        return text.toString();
    }

    private static String decision(CriteriaSet set) {
        if (set.decision().number().isBlank()) {
            return "";
        }
        return set.decision().date() == null ? set.decision().number()
                : Messages.get("criteriaui.library.decisionValue", set.decision().number(), set.decision().date());
    }

    private static TableColumn<CriteriaLibrary.Entry, String> column(
            String key, double width, java.util.function.Function<CriteriaLibrary.Entry, String> value) {
        TableColumn<CriteriaLibrary.Entry, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // Long texts (a sample's version note, a long set name) are cut in the cell: the tooltip has them whole.
        column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isBlank() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return vn.cchc.workbook.ui.common.ColumnHeaders.fit(column);
    }

    private HBox bottomBar() {
        Button start = new Button(Messages.get("criteriaui.library.start"),
                CriteriaEditorView.icon(MaterialDesignC.CLIPBOARD_PLUS_OUTLINE));
        start.setId("libraryStart");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        start.setOnAction(event -> startFromSelected());
        Button close = new Button(Messages.get("criteriaui.button.close"));
        close.setId("libraryClose");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, start, close);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    // ---- actions ----

    private Optional<CriteriaSet> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(CriteriaLibrary.Entry::set);
    }

    /** Reloads the list from the store, then selects the set with {@code selectId} (or keeps the selection). */
    void reload(String selectId) {
        String keep = selectId != null ? selectId : selected().map(CriteriaSet::id).orElse(null);
        Tasks.create(library::entries).onSuccess(entries -> {
            table.getItems().setAll(entries);
            entries.stream().filter(entry -> entry.set().id().equals(keep)).findFirst()
                    .ifPresentOrElse(entry -> table.getSelectionModel().select(entry),
                            () -> table.getSelectionModel().selectFirst());
        }).onError(error -> dialogs.showError(stage, error)).start();
    }

    private void openSelected() {
        selected().ifPresent(set -> openEditor(CriteriaDraft.editing(set)));
    }

    /** A new set (not a version of the sample) with the sample's content: the usual start for a province's own set. */
    private void newFromSelected() {
        selected().ifPresent(set -> openEditor(CriteriaDraft.unsaved(
                set.withIdentity(set.id(), Messages.get("criteriaui.library.copyName", set.name()), "1"))));
    }

    void openEditor(CriteriaDraft draft) {
        CriteriaEditorView.open(stage, draft, library, dialogs, saved -> reload(saved.id()));
    }

    private void importExcel() {
        CriteriaImportPreview.chooseAndShow(stage, library, dialogs, this::openEditor, saved -> reload(saved.id()));
    }

    /**
     * Stores the set read from a JSON file. A file of a set already stored (same id, same content) changes nothing; a
     * different set under a taken id is stored under a new id, so nothing in the store is ever replaced.
     */
    private void importJson() {
        dialogs.chooseFileToOpen(stage, Messages.get("criteriaui.library.importJson"), CriteriaDialogs.FileKind.JSON)
                .ifPresent(file -> Tasks.create(() -> {
                    CriteriaSet set = library.readJson(file);
                    Optional<CriteriaSet> same = library.store().loadCriteriaSet(set.id());
                    if (same.isPresent() && same.get().equals(set)) {
                        return set;
                    }
                    Set<String> taken = library.takenIds();
                    if (taken.contains(set.id())) {
                        set = set.withIdentity(CriteriaSetIds.newId(set.name(), set.year(), set.version(), taken),
                                set.name(), set.version());
                    }
                    library.save(set);
                    return set;
                })
                .onSuccess(set -> {
                    reload(set.id());
                    dialogs.showInfo(stage, Messages.get("criteriaui.library.imported", set.name()));
                })
                .onError(error -> dialogs.showError(stage, error)).start());
    }

    private void exportJson() {
        selected().ifPresent(set -> dialogs.chooseFileToSave(stage, Messages.get("criteriaui.library.exportJson"),
                CriteriaDialogs.FileKind.JSON, set.id() + ".json").ifPresent(file -> Tasks.create(() -> {
                    library.writeJson(set, file);
                    return file;
                })
                .onSuccess(done -> dialogs.showInfo(stage, Messages.get("criteriaui.json.written", done.getFileName())))
                .onError(error -> dialogs.showError(stage, error)).start()));
    }

    private void writeTemplate() {
        dialogs.chooseFileToSave(stage, Messages.get("criteriaui.library.template"), CriteriaDialogs.FileKind.EXCEL,
                Messages.get("criteriaui.library.templateFile")).ifPresent(file -> Tasks.create(() -> {
                    CriteriaExcel.writeTemplate(file);
                    return file;
                })
                .onSuccess(done -> dialogs.showInfo(stage,
                        Messages.get("criteriaui.library.templateWritten", done.getFileName())))
                .onError(error -> dialogs.showError(stage, error)).start());
    }

    private void startFromSelected() {
        selected().ifPresent(set -> {
            stage.close();
            startAssessment.accept(set);
        });
    }
}
