package vn.cchc.workbook.ui.app;

import java.util.function.Function;

import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextInputControl;
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

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.ui.analysis.AnalysisMenu;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.FxDialogService;
import vn.cchc.workbook.ui.common.Icons;
import vn.cchc.workbook.ui.common.Texts;
import vn.cchc.workbook.ui.start.RecentWorkbook;
import vn.cchc.workbook.ui.start.StartView;
import vn.cchc.workbook.ui.start.StartViewModel;

/**
 * The main window: menus, toolbar, the start screen or the open workbook, and a status bar with the totals and the
 * reassurance that every edit is already stored.
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
        this.dialogs = dialogs.apply(stage);
        actions = new WorkbookActions(services, model, startModel, this.dialogs, stage);
        actions.setScoringPane(() -> scoringPane);
        analysis = new AnalysisMenu(stage, model.sessionProperty(),
                () -> services.settings().lastDirectory().orElse(null),
                folder -> services.settings().setLastDirectory(folder), actions::openWithSystem);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.setBottom(statusBar());
        model.sessionProperty().addListener((obs, old, now) -> showContent(now));
        // The start screen is made only when it is shown: on a first start the sample is shown instead.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, event -> {
            if (content.getChildren().isEmpty()) {
                showContent(model.session());
            }
        });
        model.lockedProperty().addListener((obs, old, now) -> {
            if (scoringPane != null) {
                scoringPane.refresh();
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
        stage.setOnCloseRequest(event -> {
            event.consume();
            actions.closeCurrentThen(stage::close);
        });
    }

    public MainWindowModel model() {
        return model;
    }

    public WorkbookActions actions() {
        return actions;
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
            if (startView == null) {
                startView = new StartView(startModel, actions::newWorkbook, actions::openFile, actions::openSample,
                        actions::openRecent);
                addCriteriaLibraryToStart();
            }
            content.getChildren().setAll(startView.node());
            actions.refreshRecent();
        } else {
            scoringPane = ScoringPanes.create(session, actions::openWithSystem);
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
            actions.undo();
        } else {
            actions.redo();
        }
    }

    private MenuBar menuBar() {
        BooleanExpression noWorkbook = model.workbookOpenProperty().not();
        BooleanExpression notEditable = model.editableProperty().not();
        BooleanExpression noFileActions = model.fileActionsAllowedProperty().not();

        Menu recent = new Menu(Texts.t("ui.menu.file.recent"));
        recent.setId("menuRecent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem(Texts.t("ui.start.empty")));
        MenuItem saveItem = item("menuSave", "ui.menu.file.save", "Shortcut+S", actions::save);
        saveItem.disableProperty().bind(noFileActions);
        MenuItem saveAs = item("menuSaveAs", "ui.menu.file.saveAs", "Shortcut+Shift+S", actions::saveAs);
        saveAs.disableProperty().bind(noFileActions);
        MenuItem saveWithEvidence = item("menuSaveWithEvidence", "evidence.ui.menu.saveWithEvidence", null,
                actions::saveWithEvidence);
        saveWithEvidence.disableProperty().bind(noFileActions);
        MenuItem export = item("menuExport", "ui.menu.file.export", "Shortcut+E", this::exportExcel);
        export.disableProperty().bind(noFileActions);
        MenuItem close = item("menuClose", "ui.menu.file.close", "Shortcut+W", actions::closeWorkbook);
        close.disableProperty().bind(noWorkbook);
        Menu file = new Menu(Texts.t("ui.menu.file"), null,
                item("menuNew", "ui.menu.file.new", "Shortcut+N", actions::newWorkbook),
                item("menuOpen", "ui.menu.file.open", "Shortcut+O", actions::openFile),
                recent,
                item("menuSample", "ui.menu.file.sample", null, actions::openSample),
                criteriaLibraryItem(),
                new SeparatorMenuItem(), saveItem, saveAs, saveWithEvidence, export,
                new SeparatorMenuItem(), close,
                item("menuExit", "ui.menu.file.exit", "Shortcut+Q", this::requestExit));

        MenuItem undo = item("menuUndo", "ui.menu.edit.undo", "Shortcut+Z", actions::undo);
        undo.disableProperty().bind(notEditable.or(model.canUndoProperty().not()));
        MenuItem redo = item("menuRedo", "ui.menu.edit.redo", "Shortcut+Y", actions::redo);
        redo.disableProperty().bind(notEditable.or(model.canRedoProperty().not()));
        MenuItem departments = item("menuDepartments", "ui.menu.edit.departments", null, actions::editDepartments);
        departments.disableProperty().bind(notEditable);
        MenuItem info = item("menuInfo", "ui.menu.edit.info", null, actions::editInfo);
        info.disableProperty().bind(notEditable);
        Menu edit = new Menu(Texts.t("ui.menu.edit"), null, undo, redo, new SeparatorMenuItem(), departments, info);

        MenuItem lock = item("menuLock", "ui.menu.scoring.lock", null, actions::toggleLock);
        lock.textProperty().bind(javafx.beans.binding.Bindings.when(model.lockedProperty())
                .then(Texts.t("ui.menu.scoring.unlock")).otherwise(Texts.t("ui.menu.scoring.lock")));
        lock.disableProperty().bind(noFileActions);
        MenuItem missing = item("menuMissing", "evidence.ui.menu.missing", null, actions::showMissing);
        missing.disableProperty().bind(noFileActions);
        Menu scoring = new Menu(Texts.t("ui.menu.scoring"), null, lock, missing);

        Menu help = new Menu(Texts.t("ui.menu.help"), null,
                item("menuGuide", "help.menu.guide", "F1", actions::userGuide),
                item("menuAbout", "help.menu.about", null, actions::about));
        MenuBar bar = new MenuBar(file, edit, scoring, analysis.menu(noWorkbook.not()), help);
        bar.setUseSystemMenuBar(true);
        return bar;
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
        criteria.setTooltip(new Tooltip(Texts.t("ui.start.criteria.tooltip")));
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
            MenuItem none = new MenuItem(Texts.t("ui.start.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private ToolBar toolBar() {
        Button open = toolButton("toolOpen", MaterialDesignF.FOLDER_OPEN_OUTLINE, "ui.tool.open", actions::openFile);
        Button create = toolButton("toolNew", MaterialDesignF.FILE_PLUS_OUTLINE, "ui.tool.new", actions::newWorkbook);
        Button save = toolButton("toolSave", MaterialDesignC.CONTENT_SAVE_OUTLINE, "ui.tool.save", actions::save);
        save.disableProperty().bind(model.fileActionsAllowedProperty().not());
        Button undo = toolButton("toolUndo", MaterialDesignU.UNDO, "ui.tool.undo", actions::undo);
        undo.disableProperty().bind(model.editableProperty().not().or(model.canUndoProperty().not()));
        Button redo = toolButton("toolRedo", MaterialDesignR.REDO, "ui.tool.redo", actions::redo);
        redo.disableProperty().bind(model.editableProperty().not().or(model.canRedoProperty().not()));
        Button departments = toolButton("toolDepartments", MaterialDesignA.ACCOUNT_GROUP_OUTLINE, "ui.tool.departments",
                actions::editDepartments);
        departments.disableProperty().bind(model.editableProperty().not());
        Button lock = toolButton("toolLock", MaterialDesignL.LOCK_OUTLINE, "ui.tool.lock", actions::toggleLock);
        lock.disableProperty().bind(model.fileActionsAllowedProperty().not());
        model.lockedProperty().addListener((obs, old, locked) -> {
            lock.setGraphic(Icons.of(locked ? MaterialDesignL.LOCK_OPEN_VARIANT_OUTLINE : MaterialDesignL.LOCK_OUTLINE));
            lock.setText(Texts.t(locked ? "ui.tool.unlock" : "ui.tool.lock"));
        });
        Button export = toolButton("toolExport", MaterialDesignM.MICROSOFT_EXCEL, "ui.tool.export", this::exportExcel);
        export.disableProperty().bind(model.fileActionsAllowedProperty().not());
        ToolBar bar = new ToolBar(create, open, save, new Separator(), undo, redo, new Separator(), departments, lock,
                new Separator(), export);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Node statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label busy = new Label();
        busy.textProperty().bind(model.busyMessageProperty());
        Label totals = new Label();
        totals.setId("statusTotals");
        totals.getStyleClass().add("status-totals");
        totals.textProperty().bind(model.totalsProperty());
        FontIcon savedIcon = Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        savedIcon.getStyleClass().add("status-saved-icon");
        Label saved = new Label();
        saved.setId("statusSaved");
        saved.setGraphic(savedIcon);
        saved.textProperty().bind(model.saveStateProperty());
        saved.visibleProperty().bind(model.workbookOpenProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, progress, busy, spacer, totals, saved);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    private void exportExcel() {
        actions.exportExcel();
    }

    private void requestExit() {
        actions.closeCurrentThen(stage::close);
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Texts.t(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button toolButton(String id, Ikon icon, String key, Runnable action) {
        Button button = new Button(Texts.t(key), Icons.of(icon));
        button.setId(id);
        // The tooltip (a popup window of its own, eight of them) is made when the pointer first comes over the button,
        // not before the first frame.
        button.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, event -> {
            if (button.getTooltip() == null) {
                button.setTooltip(new Tooltip(Texts.t(key)));
            }
        });
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
