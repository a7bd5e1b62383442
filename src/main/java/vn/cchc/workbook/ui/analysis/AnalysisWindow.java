package vn.cchc.workbook.ui.analysis;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.charts.ChartsView;
import vn.cchc.workbook.ui.charts.ChartsViewModel;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.FxDialogService;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.WindowMemory;
import vn.cchc.workbook.ui.comparison.ComparisonView;
import vn.cchc.workbook.ui.comparison.ComparisonViewModel;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.planning.TargetsView;
import vn.cchc.workbook.ui.planning.TargetsViewModel;
import vn.cchc.workbook.ui.common.WindowFocus;

/**
 * Phân tích of the open workbook in a window beside the scoring table: Mục tiêu và dự kiến, So sánh với kỳ trước
 * and Biểu đồ as tabs. Every figure follows the edits made in the main window.
 */
public final class AnalysisWindow {

    /** The tabs, in order. */
    public enum Part { TARGETS, COMPARISON, CHARTS }

    /** The size it opens at the first time, when the screen has room (a 1366×768 screen gets it all). */
    static final double WIDTH = 1240;
    static final double HEIGHT = 760;

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final TargetsViewModel targets;
    private final ComparisonViewModel comparison;
    private final ChartsViewModel charts;
    private final ComparisonView comparisonView;
    private final ChartsView chartsView;

    public AnalysisWindow(Window owner, EditSession session, Supplier<Path> lastFolder) {
        this(owner, session, lastFolder, null);
    }

    /** @param dialogs the dialogs to use; null for the real ones owned by this window */
    public AnalysisWindow(Window owner, EditSession session, Supplier<Path> lastFolder, DialogService dialogs) {
        this(owner, session, lastFolder, dialogs, WindowMemory.NONE);
    }

    /**
     * @param dialogs the dialogs to use; null for the real ones owned by this window
     * @param places  where the window was left last time (the user's settings)
     */
    public AnalysisWindow(Window owner, EditSession session, Supplier<Path> lastFolder, DialogService dialogs,
                          WindowMemory places) {
        DialogService dialogService = dialogs != null ? dialogs : new FxDialogService(stage);
        targets = new TargetsViewModel(session);
        comparison = new ComparisonViewModel(session);
        charts = new ChartsViewModel(session);
        comparisonView = new ComparisonView(comparison, dialogService);
        chartsView = new ChartsView(charts, dialogService, lastFolder);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("analysis.tab.targets", new TargetsView(targets).getRoot(), "tab-targets"),
                tab("analysis.tab.comparison", comparisonView.getRoot(), "tab-comparison"),
                tab("analysis.tab.charts", chartsView.getRoot(), "tab-charts"));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() == Part.CHARTS.ordinal()) {
                chartsView.reloadTrend();
            }
        });
        Scene scene = new Scene(tabs);
        vn.cchc.workbook.ui.common.OwnerStyle.inherit(scene, owner);
        stage.setScene(scene);
        Assessment a = session.assessment();
        stage.setTitle(Messages.get("analysis.windowTitle", a.unit().name(),
                (a.period().label() + " " + a.year()).strip()));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        ScreenFit.placeWindow(stage, owner, WIDTH, HEIGHT, places, "analysis");
        WindowFocus.onShown(stage, null);
        stage.setOnHidden(e -> dispose());
    }

    public void show(Part part) {
        tabs.getSelectionModel().select(part.ordinal());
        WindowFocus.show(stage);
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public ChartsView chartsView() {
        return chartsView;
    }

    public ComparisonView comparisonView() {
        return comparisonView;
    }

    private void dispose() {
        targets.dispose();
        comparison.dispose();
        charts.dispose();
    }

    private static Tab tab(String key, javafx.scene.Parent content, String id) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        return tab;
    }
}
