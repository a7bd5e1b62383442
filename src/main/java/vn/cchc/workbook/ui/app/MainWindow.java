package vn.cchc.workbook.ui.app;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.EditWriter;
import vn.cchc.workbook.ui.analysis.AnalysisMenu;
import vn.cchc.workbook.ui.common.MenuKeys;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.FxDialogService;
import vn.cchc.workbook.ui.common.Icons;
import vn.cchc.workbook.ui.common.KeepMaximized;
import vn.cchc.workbook.ui.start.RecentWorkbook;
import vn.cchc.workbook.ui.start.StartView;
import vn.cchc.workbook.ui.start.StartViewModel;

/**
 * The main window: menus, toolbar, the start screen or the open workbook, and a status bar with background work,
 * the scoring grid's messages and the reassurance that every edit is already stored.
 */
public final class MainWindow {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    static final double WIDTH = 1366;
    static final double HEIGHT = 768;

    private final Stage stage;
    private final DialogService dialogs;
    private final MainWindowModel model = new MainWindowModel();
    private final StartViewModel startModel = new StartViewModel();
    private final WorkbookActions actions;
    private final EditActions editing;
    private final ExportActions exporting;
    private final ExchangeActions exchange;
    private final HelpActions help;
    private final RoundActions rounds;
    private final SystemViewer viewer = new SystemViewer();
    private final AppSettings settings;
    private final javafx.beans.property.StringProperty paneStatus = new javafx.beans.property.SimpleStringProperty("");
    private WindowState lastNormalBounds;
    /** The start screen is made only when it is shown: on a first start the sample is shown instead. */
    private final javafx.event.EventHandler<javafx.stage.WindowEvent> showing = event -> {
        if (this.content.getChildren().isEmpty()) {
            showContent(this.model.session());
        }
    };
    private final javafx.beans.value.ChangeListener<Number> boundsMoved = (obs, old, now) -> boundsMoved();
    private final StackPane content = new StackPane();
    private StartView startView;
    private final Scene scene;
    private ScoringPane scoringPane;
    private final AnalysisMenu analysis;

    public MainWindow(Stage stage, AppServices services) {
        this(stage, services, FxDialogService::new);
    }

    /** @param dialogs builds the dialogs owned by the window (tests replace the native file choosers) */
    public MainWindow(Stage stage, AppServices services, Function<Window, DialogService> dialogs) {
        this.stage = stage;
        this.settings = services.settings();
        this.dialogs = dialogs.apply(stage);
        MenuKeys.skipDisabledItems();
        actions = new WorkbookActions(services, model, startModel, this.dialogs, stage);
        editing = new EditActions(model, this.dialogs, stage, () -> scoringPane, actions::refreshRecent);
        exporting = new ExportActions(services, model, this.dialogs, stage, viewer);
        exchange = new ExchangeActions(services, model, this.dialogs, stage, viewer);
        actions.setExchange(exchange);
        help = new HelpActions(services, stage, viewer);
        rounds = new RoundActions(services, model, this.dialogs, stage, () -> scoringPane, actions::refreshRecent);
        analysis = new AnalysisMenu(stage, model.sessionProperty(),
                () -> services.settings().lastDirectory().orElse(null),
                folder -> services.settings().setLastDirectory(folder), viewer::open, services.settings());

        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar());
        model.sessionProperty().addListener((obs, old, now) -> showContent(now));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, showing);
        model.lockedProperty().addListener((obs, old, now) -> {
            if (scoringPane != null) {
                scoringPane.refresh();
            }
        });
        model.unwrittenCodesProperty().addListener((obs, old, codes) -> {
            if (scoringPane != null) {
                scoringPane.markUnwritten(codes);
            }
        });
        model.writeStoppedProperty().addListener((obs, was, stopped) -> {
            if (stopped) {
                // Not inside the property change: the question is a dialog of its own.
                Platform.runLater(this::askToRetryWrites);
            }
        });

        // Never larger than the screen: office laptops often have 1366×768 or less.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        KeepMaximized.install(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestExit();
        });
        for (var bound : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            bound.addListener(boundsMoved);
        }
    }

    private void boundsMoved() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
            lastNormalBounds = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /**
     * Takes this window's handlers off its stage. The program has one main window for its whole run; the window tests
     * make one per test on JavaFX's one primary stage, which otherwise kept every earlier window (and its workbook) in
     * memory through these handlers.
     */
    public void detachFromStage() {
        stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, showing);
        for (var bound : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            bound.removeListener(boundsMoved);
        }
    }

    /**
     * Places the window where it was left (or, the first time, maximised on screens up to 1920 pixels wide) before
     * it is shown. The desktop program calls this; tests keep their own sizes.
     */
    public void placeOnScreen() {
        WindowPlacement.apply(stage, settings.windowState());
        if (!stage.isMaximized()) {
            lastNormalBounds = new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /**
     * A later launch handed over a file (or just wants the window): come to the front and open it, asking first about
     * unsaved changes as "Mở sổ…" does.
     */
    public void openFromAnotherLaunch(java.util.Optional<java.nio.file.Path> file) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
        if (file.isPresent() && (scoringPane == null || scoringPane.commitPendingEdits())) {
            actions.openFile(file.get());
        }
    }

    /** Remembers the window's place and the dividers for the next start. */
    private void rememberPlacement() {
        if (stage.isShowing() && !stage.isIconified()) {
            settings.setWindowState(WindowPlacement.of(stage, lastNormalBounds));
        }
    }

    /**
     * Runs a menu or toolbar command after storing what is being typed in the scoring view (a toolbar button takes
     * no focus, so the cell would otherwise still be open); a refused value stops the command and stays shown.
     */
    private Runnable committingFirst(Runnable action) {
        return () -> {
            if (scoringPane == null || scoringPane.commitPendingEdits()) {
                action.run();
            }
        };
    }

    public MainWindowModel model() {
        return model;
    }

    public WorkbookActions actions() {
        return actions;
    }

    public RoundActions rounds() {
        return rounds;
    }

    /** How files are shown with the system's programs (HostServices in the running application). */
    public ExchangeActions exchange() {
        return exchange;
    }

    public SystemViewer systemViewer() {
        return viewer;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    private void showContent(EditSession session) {
        if (scoringPane != null) {
            scoringPane.dispose();
        }
        if (session == null) {
            scoringPane = null;
            paneStatus.unbind();
            paneStatus.set("");
            if (startView == null) {
                startView = new StartView(startModel, actions::newWorkbook, actions::openFile, actions::openSample,
                        actions::openRecent, actions::exportDamaged, actions::deleteDamaged);
                addCriteriaLibraryToStart();
            }
            content.getChildren().setAll(startView.node());
            actions.refreshRecent();
        } else {
            // Made before the window first shows (the sample shown while the store opens): the first frame comes
            // sooner without the detail pane's lower sections, built right after it (decision 49).
            boolean beforeFirstFrame = !stage.isShowing();
            ScoringPane made = ScoringPanes.create(session, viewer::open, beforeFirstFrame);
            scoringPane = made;
            if (beforeFirstFrame) {
                StartupProbe.afterFirstFrame(scene, () -> {
                    if (scoringPane == made) {
                        made.releaseHeldDetails();
                    }
                });
            }
            paneStatus.bind(scoringPane.statusMessage());
            scoringPane.dividerPosition().ifPresent(divider -> {
                settings.divider("scoring").ifPresent(divider::set);
                divider.addListener((obs, old, now) -> settings.setDivider("scoring", now.doubleValue()));
            });
            scoringPane.markUnwritten(model.unwrittenCodesProperty().get());
            content.getChildren().setAll(scoringPane.node());
            scoringPane.focus();
        }
    }

    /**
     * Ctrl+Z / Ctrl+Y undo the workbook's edits wherever the focus is, except inside a text field that has typing of
     * its own to undo (a score being typed, a note): there they undo the typing, as everywhere else on the desktop.
     */
    private void undoKeys(KeyEvent event) {
        boolean undo = UNDO.match(event);
        boolean redo = REDO.match(event) || REDO_SHIFT.match(event);
        if (!undo && !redo) {
            return;
        }
        if (scene.getFocusOwner() instanceof TextInputControl text && (undo ? text.isUndoable() : text.isRedoable())) {
            return;
        }
        event.consume();
        if (undo) {
            editing.undo();
        } else {
            editing.redo();
        }
    }

    private MenuBar menuBar() {
        BooleanExpression noWorkbook = model.workbookOpenProperty().not();
        BooleanExpression notEditable = model.editableProperty().not();
        BooleanExpression noFileActions = model.fileActionsAllowedProperty().not();

        Menu recent = new Menu(Messages.get("ui.menu.file.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem(Messages.get("ui.start.empty")));
        MenuItem saveItem = item("menuSave", "ui.menu.file.save", "Shortcut+S", actions::save);
        saveItem.disableProperty().bind(noFileActions);
        MenuItem saveAs = item("menuSaveAs", "ui.menu.file.saveAs", "Shortcut+Shift+S", actions::saveAs);
        saveAs.disableProperty().bind(noFileActions);
        MenuItem saveWithEvidence = item("menuSaveWithEvidence", "evidence.ui.menu.saveWithEvidence", null,
                actions::saveWithEvidence);
        saveWithEvidence.disableProperty().bind(noFileActions);
        MenuItem export = item("menuExport", "ui.menu.file.export", "Shortcut+E", this::exportExcel);
        export.disableProperty().bind(noFileActions);
        MenuItem documents = item("menuDocuments", "documentsui.menu", "Shortcut+D", exporting::composeDocuments);
        documents.disableProperty().bind(noFileActions);
        MenuItem earlierRounds = item("menuEarlierRounds", "exchange.menu.earlierRounds", null,
                exchange::earlierRounds);
        earlierRounds.disableProperty().bind(noFileActions);
        MenuItem sendPart = item("menuSendPart", "exchange.menu.sendPart", null, exchange::sendPart);
        sendPart.disableProperty().bind(noFileActions);
        MenuItem receivePart = item("menuReceivePart", "exchange.menu.receivePart", null, exchange::receivePart);
        receivePart.disableProperty().bind(notEditable);
        MenuItem close = item("menuClose", "ui.menu.file.close", "Shortcut+W", actions::closeWorkbook);
        close.disableProperty().bind(noWorkbook);
        Menu file = new Menu(Messages.get("ui.menu.file"), null,
                item("menuNew", "ui.menu.file.new", "Shortcut+N", actions::newWorkbook),
                item("menuOpen", "ui.menu.file.open", "Shortcut+O", actions::openFile),
                recent,
                item("menuSample", "ui.menu.file.sample", null, actions::openSample),
                criteriaLibraryItem(),
                new SeparatorMenuItem(), saveItem, saveAs, saveWithEvidence, export, documents,
                new SeparatorMenuItem(), earlierRounds, sendPart, receivePart,
                new SeparatorMenuItem(), close,
                item("menuRecovery", "storesafety.ui.menu", null, actions::recovery),
                item("menuExit", "ui.menu.file.exit", "Shortcut+Q", this::requestExit));

        MenuItem undo = item("menuUndo", "ui.menu.edit.undo", "Shortcut+Z", editing::undo);
        undo.disableProperty().bind(notEditable.or(model.canUndoProperty().not()));
        undo.textProperty().bind(model.undoTextProperty());
        MenuItem redo = item("menuRedo", "ui.menu.edit.redo", "Shortcut+Y", editing::redo);
        redo.disableProperty().bind(notEditable.or(model.canRedoProperty().not()));
        redo.textProperty().bind(model.redoTextProperty());
        MenuItem departments = item("menuDepartments", "ui.menu.edit.departments", null, editing::editDepartments);
        departments.disableProperty().bind(notEditable);
        MenuItem info = item("menuInfo", "ui.menu.edit.info", null, editing::editInfo);
        info.disableProperty().bind(notEditable);
        // Not through committingFirst: a value typed while the writer is stopped is refused and stays open in its cell
        // (or detail field); storing it first would refuse the retry itself. Enter stores it once the retry has written.
        MenuItem retryWrites = new MenuItem(Messages.get("writer.retryMenu"));
        retryWrites.setId("menuRetryWrites");
        retryWrites.setOnAction(e -> retryWrites());
        retryWrites.disableProperty().bind(model.writeStoppedProperty().not());
        Menu edit = new Menu(Messages.get("ui.menu.edit"), null, undo, redo, new SeparatorMenuItem(), departments, info,
                new SeparatorMenuItem(), retryWrites);

        MenuItem lock = item("menuLock", "ui.menu.scoring.lock", null, editing::toggleLock);
        lock.textProperty().bind(javafx.beans.binding.Bindings.when(model.lockedProperty())
                .then(Messages.get("ui.menu.scoring.unlock")).otherwise(Messages.get("ui.menu.scoring.lock")));
        lock.disableProperty().bind(noFileActions.or(model.closedProperty()));
        Menu scoring = scoringMenu(noWorkbook, lock);

        Menu helpMenu = new Menu(Messages.get("ui.menu.help"), null,
                item("menuGuide", "help.menu.guide", "F1", this.help::userGuide),
                item("menuAbout", "help.menu.about", null, this.help::about));
        file.setId("menuFile");
        edit.setId("menuEdit");
        helpMenu.setId("menuHelp");
        // Each menu has its Alt key, as in Windows programs: Alt+T Tệp, Alt+S Sửa, Alt+C Chấm điểm, Alt+V Vòng
        // thẩm định, Alt+P Phân tích, Alt+G Trợ giúp (the "_" in the bundle's menu names).
        MenuBar bar = new MenuBar(file, edit, scoring, roundsMenu(noFileActions), analysis.menu(noWorkbook.not()),
                helpMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * "Chấm điểm": the scoring view's keys (Ctrl+G, Ctrl+F, F6, Ctrl+1, Ctrl+2) and filters, where a clerk looking for
     * them finds them, then "Chốt điểm…". Within the view its own key handling takes the keys first; the menu's
     * shortcuts act when the keyboard is elsewhere in the window (the toolbar, the menu bar).
     */
    private Menu scoringMenu(BooleanExpression noWorkbook, MenuItem lock) {
        Menu menu = new Menu(Messages.get("ui.menu.scoring"));
        menu.setId("menuScoring");
        MenuItem clearFilter = scoringItem("menuClearFilter", "ui.menu.scoring.clearFilter", null,
                ScoringCommand.CLEAR_FILTER);
        List<MenuItem> commands = List.of(
                scoringItem("menuGoTo", "ui.menu.scoring.goTo", "Shortcut+G", ScoringCommand.GO_TO),
                scoringItem("menuSearch", "ui.menu.scoring.search", "Shortcut+F", ScoringCommand.SEARCH),
                scoringItem("menuSwitchPane", "ui.menu.scoring.switchPane", "F6", ScoringCommand.SWITCH_PANE),
                new SeparatorMenuItem(),
                scoringItem("menuTable", "ui.menu.scoring.table", "Shortcut+1", ScoringCommand.TABLE),
                scoringItem("menuSummary", "ui.menu.scoring.summary", "Shortcut+2", ScoringCommand.SUMMARY),
                new SeparatorMenuItem(),
                filterItem("menuOnlyDeductions", "ui.menu.scoring.onlyDeductions", ScoringCommand.ONLY_DEDUCTIONS),
                filterItem("menuOnlyUnscored", "ui.menu.scoring.onlyUnscored", ScoringCommand.ONLY_UNSCORED),
                filterItem("menuOnlyNotApplicable", "ui.menu.scoring.onlyNotApplicable",
                        ScoringCommand.ONLY_NOT_APPLICABLE),
                clearFilter);
        for (MenuItem command : commands) {
            if (!(command instanceof SeparatorMenuItem) && command != clearFilter) {
                command.disableProperty().bind(noWorkbook);
            }
        }
        menu.getItems().addAll(commands);
        menu.getItems().addAll(new SeparatorMenuItem(), lock);
        menu.setOnShowing(event -> {
            clearFilter.setDisable(scoringPane == null || !scoringPane.isFiltered());
            for (MenuItem item : menu.getItems()) {
                if (item instanceof javafx.scene.control.CheckMenuItem tick
                        && tick.getUserData() instanceof ScoringCommand filter) {
                    tick.setSelected(scoringPane != null && scoringPane.isOn(filter));
                }
            }
        });
        return menu;
    }

    private MenuItem scoringItem(String id, String key, String accelerator, ScoringCommand command) {
        return item(id, key, accelerator, () -> {
            if (scoringPane != null) {
                scoringPane.run(command);
            }
        });
    }

    private MenuItem filterItem(String id, String key, ScoringCommand filter) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(Messages.get(key));
        item.setId(id);
        item.setUserData(filter);
        Runnable guarded = committingFirst(() -> {
            if (scoringPane != null) {
                scoringPane.setOn(filter, item.isSelected());
            }
        });
        item.setOnAction(e -> guarded.run());
        return item;
    }

    /**
     * "Vòng thẩm định": first the next step this copy makes, on Ctrl+Shift+G (Ctrl+G is "Đi tới mã"); then one
     * "Gửi …" item per step, enabled when this copy can make it now; then "Còn thiếu…" and the history with the
     * deadlines.
     */
    private Menu roundsMenu(BooleanExpression noFileActions) {
        Menu menu = new Menu(Messages.get("roundsui.menu"));
        menu.setId("menuRounds");
        MenuItem next = item("menuSendNext", "roundsui.menu.nextNone", "Shortcut+Shift+G", rounds::sendNext);
        List<MenuItem> steps = new java.util.ArrayList<>();
        for (vn.cchc.workbook.domain.assessment.Stage step : vn.cchc.workbook.domain.assessment.Stage.steps()) {
            MenuItem item = item("menuStep-" + step.id(), "roundsui.menu.step", null, () -> rounds.send(step));
            item.setText(Messages.get("roundsui.menu.step", Messages.get(step.actionKey())));
            item.setUserData(step);
            steps.add(item);
        }
        Runnable enable = () -> {
            List<vn.cchc.workbook.domain.assessment.Stage> allowed = model.allowedStepsProperty().get();
            for (MenuItem item : steps) {
                item.setDisable(!allowed.contains(item.getUserData()));
            }
            next.setDisable(allowed.isEmpty());
            next.setText(allowed.isEmpty() ? Messages.get("roundsui.menu.nextNone")
                    : Messages.get("roundsui.menu.next", Messages.get(allowed.get(0).actionKey())));
        };
        model.allowedStepsProperty().addListener((obs, old, now) -> enable.run());
        enable.run();
        MenuItem missing = item("menuMissing", "roundsui.menu.missing", "Shortcut+Shift+M", rounds::showMissing);
        missing.disableProperty().bind(noFileActions);
        MenuItem history = item("menuRoundsInfo", "roundsui.menu.rounds", null, rounds::showRounds);
        history.disableProperty().bind(noFileActions);
        menu.getItems().addAll(next, new SeparatorMenuItem());
        menu.getItems().addAll(steps);
        menu.getItems().addAll(new SeparatorMenuItem(), missing, history);
        return menu;
    }

    /** "Bộ tiêu chí…" (Ctrl+B): the criteria library needs the store, so it waits for it like the other store actions. */
    private MenuItem criteriaLibraryItem() {
        MenuItem criteria = item("menuCriteria", "ui.menu.file.criteria", "Shortcut+B", actions::openCriteriaLibrary);
        criteria.disableProperty().bind(model.storeReadyProperty().not());
        return criteria;
    }

    private void addCriteriaLibraryToStart() {
        Button criteria = startView.addAction("startCriteria", "ui.start.criteria",
                Icons.of(MaterialDesignF.FORMAT_LIST_CHECKS), actions::openCriteriaLibrary);
        criteria.setTooltip(new Tooltip(Messages.get("ui.start.criteria.tooltip")));
        criteria.disableProperty().bind(model.storeReadyProperty().not());
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (RecentWorkbook workbook : startModel.recent().stream().limit(8).toList()) {
            MenuItem entry = new MenuItem(workbook.unit() + " — " + workbook.period());
            entry.setOnAction(e -> actions.openRecent(workbook));
            recent.getItems().add(entry);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("ui.start.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Node toolBar() {
        Button open = toolButton("toolOpen", MaterialDesignF.FOLDER_OPEN_OUTLINE, "ui.tool.open", actions::openFile);
        Button create = toolButton("toolNew", MaterialDesignF.FILE_PLUS_OUTLINE, "ui.tool.new", actions::newWorkbook);
        Button save = toolButton("toolSave", MaterialDesignC.CONTENT_SAVE_OUTLINE, "ui.tool.save", actions::save);
        save.disableProperty().bind(model.fileActionsAllowedProperty().not());
        Button undo = toolButton("toolUndo", MaterialDesignU.UNDO, "ui.tool.undo", editing::undo);
        undo.disableProperty().bind(model.editableProperty().not().or(model.canUndoProperty().not()));
        Button redo = toolButton("toolRedo", MaterialDesignR.REDO, "ui.tool.redo", editing::redo);
        redo.disableProperty().bind(model.editableProperty().not().or(model.canRedoProperty().not()));
        Button departments = toolButton("toolDepartments", MaterialDesignA.ACCOUNT_GROUP_OUTLINE, "ui.tool.departments",
                editing::editDepartments);
        departments.disableProperty().bind(model.editableProperty().not());
        Button lock = toolButton("toolLock", MaterialDesignL.LOCK_OUTLINE, "ui.tool.lock", editing::toggleLock);
        lock.disableProperty().bind(model.fileActionsAllowedProperty().not().or(model.closedProperty()));
        model.lockedProperty().addListener((obs, old, locked) -> {
            lock.setGraphic(Icons.of(locked ? MaterialDesignL.LOCK_OPEN_VARIANT_OUTLINE : MaterialDesignL.LOCK_OUTLINE));
            lock.setText(Messages.get(locked ? "ui.tool.unlock" : "ui.tool.lock"));
        });
        Button export = toolButton("toolExport", MaterialDesignM.MICROSOFT_EXCEL, "ui.tool.export", this::exportExcel);
        export.disableProperty().bind(model.fileActionsAllowedProperty().not());
        var bar = vn.cchc.workbook.ui.common.WrappingToolBar.of(create, open, save, new Separator(), undo, redo,
                new Separator(), departments, lock, new Separator(), export);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    /**
     * The status bar (ControlsFX): what runs in the background with its progress, else what the scoring grid last
     * said (why a key was refused, what was pasted); on the right the reassurance that every edit is stored. The
     * totals are not repeated here: the scoring view has the one totals line.
     */
    private Node statusBar() {
        org.controlsfx.control.StatusBar bar = new org.controlsfx.control.StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.busyProperty().get() ? model.busyMessageProperty().get() : paneStatus.get(),
                model.busyProperty(), model.busyMessageProperty(), paneStatus));
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty()).then(-1.0)
                .otherwise(0.0));
        FontIcon savedIcon = Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        savedIcon.getStyleClass().add("status-saved-icon");
        Label saved = new Label();
        saved.setId("statusSaved");
        saved.setGraphic(savedIcon);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        saved.textProperty().bind(model.saveStateProperty());
        saved.visibleProperty().bind(model.workbookOpenProperty());
        model.writeStoppedProperty().addListener((obs, was, stopped) -> saved.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("unwritten"), stopped));
        Label round = new Label();
        round.setId("statusRound");
        round.setMinWidth(Region.USE_PREF_SIZE);
        round.textProperty().bind(model.roundTextProperty());
        round.visibleProperty().bind(model.workbookOpenProperty());
        model.roundOverdueProperty().addListener((obs, old, overdue) -> {
            round.getStyleClass().remove("status-overdue");
            if (overdue) {
                round.getStyleClass().add("status-overdue");
            }
        });
        bar.getRightItems().addAll(round, new Separator(javafx.geometry.Orientation.VERTICAL), saved);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /**
     * The writer stopped on a refused write: says why and how many changes are not on disk, and tries again at once
     * if the user chooses so; otherwise they stay marked and held until "Thử lưu lại…" in the Sửa menu.
     */
    private void askToRetryWrites() {
        EditSession session = model.session();
        if (session == null || !session.writeState().isStopped() || actions.isWaitingForWrites()) {
            // A close or an open that waits for the writer asks about it itself.
            return;
        }
        EditWriter.State state = session.writeState();
        if (dialogs.confirm(Messages.get("writer.failure.title"), Messages.get("writer.failure.message",
                state.failure().orElse(""), state.pending()), Messages.get("writer.failure.retry"))) {
            session.retryWrites();
        }
    }

    private void retryWrites() {
        EditSession session = model.session();
        if (session != null) {
            session.retryWrites();
        }
    }

    private void exportExcel() {
        exporting.exportExcel();
    }

    private void requestExit() {
        if (scoringPane != null && !scoringPane.commitPendingEdits()) {
            return;
        }
        rememberPlacement();
        actions.closeCurrentThen(stage::close);
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        Runnable guarded = committingFirst(action);
        item.setOnAction(e -> guarded.run());
        return item;
    }

    private Button toolButton(String id, Ikon icon, String key, Runnable action) {
        Button button = new Button(Messages.get(key), Icons.of(icon));
        button.setId(id);
        // The tooltip (a popup window of its own, eight of them) is made when the pointer first comes over the button,
        // not before the first frame.
        button.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, event -> {
            if (button.getTooltip() == null) {
                button.setTooltip(new Tooltip(Messages.get(key)));
            }
        });
        Runnable guarded = committingFirst(action);
        button.setOnAction(e -> guarded.run());
        button.setFocusTraversable(false);
        return button;
    }
}
