package vn.cchc.workbook.ui.scoring;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;

import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.FittingPrompt;
import vn.cchc.workbook.ui.common.Fonts;
import vn.cchc.workbook.ui.common.WrappingRow;

/**
 * The scoring view the shell embeds: a filter bar, the assessment's tree table with a totals line and the detail
 * pane beside it, and a summary tab. Keyboard: Ctrl+F searches, arrows move, typing or Enter/F2 edits a score,
 * Enter commits and goes down, Tab goes right, Esc cancels, Delete clears a score, Ctrl+1/Ctrl+2 switch tabs.
 */
public final class ScoringView {

    private static final double DETAIL_MIN_WIDTH = 280;

    private final ScoringViewModel model;
    private final BorderPane content = new BorderPane();
    private final CellMessage message = new CellMessage();
    private final javafx.beans.value.ChangeListener<Node> focusMoved = (obs, old, now) -> message.focusMoved(now);
    private final StackPane root = new StackPane(content, message.layer());
    private final ScoreTable table;
    private final DetailPane detail;
    private SummaryPane summary;
    private final CustomTextField search = new CustomTextField();
    private final CustomTextField goTo = new CustomTextField();
    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();

    public ScoringView(ScoringViewModel model, Consumer<Path> openFile) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(openFile, "openFile");
        this.table = new ScoreTable(model, message);
        this.detail = new DetailPane(model, openFile);
        table.onTypedForDetail(this::typeIntoEmptyField);

        root.getStyleClass().add("scoring-view");
        root.getStylesheets().add(stylesheet());
        root.setStyle(Fonts.familyStyle());
        content.setTop(filterBar());

        VBox tableBox = new VBox(table.control(), totalsBar());
        VBox.setVgrow(table.control(), Priority.ALWAYS);
        split.getItems().setAll(tableBox, detail.root());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(detail.root(), false);
        // The least width where a caption and its field still sit side by side; the grid's own minimum is its
        // columns' (ScoreTable), so at the window's 960-px minimum both fit.
        ((Region) detail.root()).setMinWidth(DETAIL_MIN_WIDTH);

        Tab tableTab = new Tab(Messages.get("scoring.tab.table"), split);
        tableTab.setGraphic(new FontIcon("mdi2t-table-edit"));
        Tab summaryTab = new Tab(Messages.get("scoring.tab.summary"));
        summaryTab.setGraphic(new FontIcon("mdi2c-chart-bar"));
        // Built when first shown: the chart and the department table are a good part of the window's nodes, and a
        // tab pane styles and lays out the content of hidden tabs too, which would slow down the first frame.
        summaryTab.setOnSelectionChanged(event -> {
            if (summaryTab.isSelected() && summary == null) {
                summary = new SummaryPane(model);
                summaryTab.setContent(summary.root());
            }
        });
        tabs.getTabs().setAll(tableTab, summaryTab);
        // Leaving the table for the summary stores the cell being typed in; a refused value keeps the table shown.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old == tableTab && now != tableTab && !table.commitPendingEdit()) {
                Platform.runLater(() -> tabs.getSelectionModel().select(tableTab));
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("scoring-tabs");
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        content.setCenter(tabs);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> message.hide());
        // Followed while the view is in a scene, so a view left behind by the next workbook is not held.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusMoved);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusMoved);
            }
        });
    }

    public Node getRoot() {
        return root;
    }

    public ScoringViewModel model() {
        return model;
    }

    /** What the grid last refused or did ("Dòng 1.4 là dòng tổng…"), for the window's status line. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return table.statusProperty();
    }

    /** The position of the divider between the table and the detail pane (0–1), remembered by the window. */
    public DoubleProperty dividerPositionProperty() {
        return split.getDividers().get(0).positionProperty();
    }

    /**
     * Stores what is being typed in a cell or a detail field before the window saves, exports, closes or switches
     * away.
     *
     * @return false when a value was refused: it stays where it was typed, with its message, and the caller stops
     */
    public boolean commitPendingEdits() {
        return table.commitPendingEdit() && detail.commitFocusedField();
    }

    /** Says {@code text} in the status line (a command that did nothing, and why). */
    public void say(String text) {
        table.say(text);
    }

    /** Puts the cursor in the "go to criterion" field (Ctrl+G). */
    public void focusGoTo() {
        tabs.getSelectionModel().select(0);
        goTo.requestFocus();
        goTo.selectAll();
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        tabs.getSelectionModel().select(0);
        search.requestFocus();
        search.selectAll();
    }

    /** Puts the keyboard focus in the table, on the selected row. */
    public void focusTable() {
        tabs.getSelectionModel().select(0);
        table.control().requestFocus();
    }

    /** Whether the keyboard is in the table (a cell or its editor). */
    public boolean tableHasFocus() {
        javafx.scene.Node owner = table.control().getScene() == null ? null
                : table.control().getScene().getFocusOwner();
        for (javafx.scene.Node node = owner; node != null; node = node.getParent()) {
            if (node == table.control()) {
                return true;
            }
        }
        return false;
    }

    /** Selects the first score cell before the view is first shown (no keyboard yet). */
    public void selectStart() {
        table.selectFirstScoreCell();
    }

    /**
     * For a view made before the window's first frame: the detail pane shows the criterion, its scores and its
     * guidance at once, and its sections below the first screen after {@link #releaseLowerDetails} (decision 49).
     */
    public void holdLowerDetails() {
        detail.holdLowerSections();
    }

    /** Builds the detail sections held back by {@link #holdLowerDetails}. */
    public void releaseLowerDetails() {
        detail.releaseLowerSections();
    }

    /**
     * Where the keyboard starts when a workbook opens: the Tự đánh giá cell of the first criterion that takes one, so
     * a clerk typing from a paper list can start at once (not the "Đi tới mã" box, the first field in the window).
     */
    public void focusStart() {
        tabs.getSelectionModel().select(0);
        table.focusFirstScoreCell();
    }

    /** The stylesheet of this view, also used by its dialogs and popups. */
    public static String stylesheet() {
        return Objects.requireNonNull(ScoringView.class.getResource("scoring.css"), "scoring.css").toExternalForm();
    }

    private void shortcuts(KeyEvent event) {
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
            event.consume();
            focusSearch();
        } else if (new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN).match(event)) {
            event.consume();
            focusGoTo();
        } else if (event.getCode() == KeyCode.F6 && !event.isShortcutDown() && !event.isAltDown()) {
            event.consume();
            switchPane();
        } else if (new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN).match(event)) {
            event.consume();
            focusTable();
        } else if (new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN).match(event)) {
            event.consume();
            showSummary();
        }
    }

    /**
     * A key typed in the grid's opinion column: when the criterion's opinion is still empty and may be typed, the
     * keyboard goes to the pane's opinion field with that key, so a clerk typing into the cell keeps typing there (F6
     * back). False, leaving the column's message, for a written opinion, a group row, or one that may not change.
     */
    private boolean typeIntoEmptyField(String field, String typed) {
        return table.commitPendingEdit() && detail.typeIntoEmpty(field, typed);
    }

    /** F6: between the table and the detail pane, keeping the selected criterion. */
    public void switchPane() {
        if (detail.hasFocus()) {
            focusTable();
        } else if (table.commitPendingEdit()) {
            tabs.getSelectionModel().select(0);
            // From the opinion or department column, straight to the field that column shows.
            String field = table.detailFieldOfFocusedColumn();
            if (field == null || !detail.focusField(field)) {
                detail.focusFirstField();
            }
        }
    }

    /** Ctrl+2: the "Tổng hợp" tab, with the keyboard in its department table. */
    public void showSummary() {
        tabs.getSelectionModel().select(1);
        // The keyboard goes with it (into the department table): the table it left is no longer shown, and
        // with the focus nowhere Ctrl+1 would not reach this view to come back.
        if (tabs.getSelectionModel().getSelectedIndex() == 1 && summary != null) {
            summary.focus();
        }
    }

    /** "Bỏ lọc": every criterion shown again, the keyboard back in the table. */
    public void clearFilter() {
        model.filter().clear();
        focusTable();
    }

    // ---- filter bar --------------------------------------------------------------------------------------------

    private Node filterBar() {
        search.setId("scoring-search");
        FittingPrompt.install(search, Messages.get("scoring.filter.search.prompt"),
                Messages.get("scoring.filter.search.shortPrompt"), Messages.get("scoring.filter.search.shortestPrompt"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.filter().searchTextProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (search.getText().isEmpty()) {
                    focusTable();
                } else {
                    search.clear();
                }
            } else if (event.getCode() == KeyCode.ENTER) {
                // Enter goes to the first match, in its Tự đánh giá cell when it takes a score.
                event.consume();
                model.filter().firstMatch().ifPresentOrElse(row -> table.goTo(row.code()), this::focusTable);
            } else if (event.getCode() == KeyCode.DOWN) {
                event.consume();
                focusTable();
            }
        });

        goTo.setId("scoring-goto");
        FittingPrompt.install(goTo, Messages.get("scoring.goto.prompt"), Messages.get("scoring.goto.shortPrompt"),
                Messages.get("scoring.goto.shortestPrompt"));
        goTo.setLeft(new FontIcon("mdi2a-arrow-right-bold-box-outline"));
        goTo.setPrefColumnCount(12);
        // In a narrow window it keeps room for a code ("3.13.2"); the search field gives way first.
        goTo.setMinWidth(100);
        goTo.setTooltip(new Tooltip(Messages.get("scoring.goto.tooltip")));
        goTo.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                goToTyped();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                goTo.clear();
                message.hide();
                focusTable();
            }
        });
        goTo.textProperty().addListener((obs, old, text) -> message.hide());

        ToggleButton deductions = toggle("scoring.filter.deductions", "scoring-only-deductions",
                "mdi2m-minus-circle-outline");
        deductions.selectedProperty().bindBidirectional(model.filter().onlyDeductionsProperty());
        ToggleButton unscored = toggle("scoring.filter.unscored", "scoring-only-unscored",
                "mdi2c-circle-outline");
        unscored.selectedProperty().bindBidirectional(model.filter().onlyUnscoredProperty());
        ToggleButton notApplicable = toggle("scoring.filter.notApplicable", "scoring-only-not-applicable",
                "mdi2c-cancel");
        notApplicable.selectedProperty().bindBidirectional(model.filter().onlyNotApplicableProperty());

        ComboBox<Department> department = departmentChoice();

        Button clear = new Button(Messages.get("scoring.filter.clear"), new FontIcon("mdi2f-filter-remove-outline"));
        clear.setId("scoring-clear-filter");
        clear.disableProperty().bind(model.filter().activeProperty().not());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setOnAction(event -> clearFilter());
        Label count = new Label();
        count.setId("scoring-match-count");
        count.getStyleClass().add("filter-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.filter().activeProperty().get()
                        ? Messages.get("scoring.filter.count", model.filter().matchCountProperty().get(), model.rows().size())
                        : "",
                model.filter().activeProperty(), model.filter().matchCountProperty()));

        HBox bar = new HBox(6, goTo, search, deductions, unscored, notApplicable, department, clear, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("filter-bar");
        HBox.setHgrow(search, Priority.SOMETIMES);
        return bar;
    }

    /** Ctrl+G: the code typed as printed ("3.13.2") puts the cursor in that criterion's Tự đánh giá cell. */
    private void goToTyped() {
        String typed = goTo.getText();
        var row = model.findCode(typed);
        if (row.isEmpty()) {
            message.show(goTo, model.whyNoCode(typed));
            return;
        }
        if (!model.filter().isVisible(row.get().code())) {
            model.filter().clear();
        }
        goTo.clear();
        table.goTo(row.get().code());
    }

    private static ToggleButton toggle(String key, String id, String icon) {
        ToggleButton button = new ToggleButton(Messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setFocusTraversable(true);
        // In a narrow window the text fields and the department list give way; a filter keeps its name.
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private ComboBox<Department> departmentChoice() {
        Department all = new Department("", Messages.get("scoring.filter.department.all"));
        ComboBox<Department> box = new ComboBox<>();
        box.setId("scoring-department-filter");
        box.setPrefWidth(230);
        // Keeps "Tất cả đơn vị phụ trách" whole in a narrow window; the search field gives way instead.
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Department department) {
                return department == null ? all.name() : department.name();
            }

            @Override
            public Department fromString(String text) {
                return null;
            }
        });
        Runnable fill = () -> {
            Department chosen = model.filter().departmentProperty().get();
            box.getItems().setAll(all);
            box.getItems().addAll(model.departments());
            box.setValue(chosen == null ? all : chosen);
        };
        fill.run();
        model.departments().addListener((ListChangeListener<Department>) change -> fill.run());
        box.valueProperty().addListener((obs, old, value) ->
                model.filter().departmentProperty().set(value == null || value == all ? null : value));
        model.filter().departmentProperty().addListener((obs, old, value) -> {
            Department shown = value == null ? all : value;
            if (box.getValue() != shown) {
                box.setValue(shown);
            }
        });
        box.setTooltip(new Tooltip(Messages.get("scoring.column.departments")));
        return box;
    }

    // ---- totals line -------------------------------------------------------------------------------------------

    /**
     * The one totals line: the self score and the appraisal, each named, against the applicable maximum; then the
     * deductions, the index and what is left to score on the working track, whose name is in their captions.
     */
    private Node totalsBar() {
        ScoringTotals totals = model.totals();
        // Wraps between figures when the grid is narrow (two lines at the window's 960-px minimum): on one line its
        // width became the grid's minimum, and the detail pane was pushed out of sight.
        WrappingRow bar = new WrappingRow(10, 2);
        bar.setId("totals-bar");
        bar.getStyleClass().add("totals-bar");
        bar.setPadding(new Insets(6, 8, 6, 8));
        var ofMax = (java.util.function.Function<ReadOnlyStringProperty, javafx.beans.value.ObservableValue<String>>)
                value -> Bindings.createStringBinding(() -> Messages.get("scoring.totals.ofMax", value.get(),
                        totals.maximumTextProperty().get()), value, totals.maximumTextProperty());
        bar.getChildren().addAll(
                figure(constant(Messages.get("scoring.totals.self")), "totals-self",
                        ofMax.apply(totals.selfTotalTextProperty())),
                figure(constant(Messages.get("scoring.totals.appraised")), "totals-appraised",
                        ofMax.apply(totals.appraisedTotalTextProperty())),
                figure(onTrack("scoring.totals.deduction"), "totals-deduction", totals.deductionTextProperty()),
                figure(onTrack("scoring.totals.index"), "totals-index", totals.indexTextProperty()),
                figure(onTrack("scoring.totals.unscored"), "totals-unscored",
                        totals.unscoredCountProperty().asString()));
        Label locked = new Label(Messages.get("scoring.totals.locked"), new FontIcon("mdi2l-lock"));
        locked.getStyleClass().add("totals-locked");
        locked.visibleProperty().bind(model.editableProperty().not());
        locked.managedProperty().bind(locked.visibleProperty());
        bar.getChildren().add(locked);
        return bar;
    }

    private static javafx.beans.value.ObservableValue<String> constant(String text) {
        return new javafx.beans.property.SimpleStringProperty(text);
    }

    /** "Điểm trừ (thẩm định)": a caption naming the working track. */
    private javafx.beans.value.ObservableValue<String> onTrack(String key) {
        return model.totals().trackNameProperty().map(track -> Messages.get(key, track));
    }

    private static Node figure(javafx.beans.value.ObservableValue<String> caption, String id,
                               javafx.beans.value.ObservableValue<String> value) {
        Label name = new Label();
        name.textProperty().bind(caption);
        name.getStyleClass().add("totals-caption");
        name.setId(id + "-caption");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("totals-figure");
        figure.textProperty().bind(value);
        ScoringTotals.markNone(figure);
        figure.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(5, name, figure);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    /** Selects {@code code} in the table and focuses it, e.g. after the shell undid an edit there. */
    public void reveal(String code) {
        Platform.runLater(() -> {
            model.setSelectedCode(code);
            focusTable();
        });
    }
}
