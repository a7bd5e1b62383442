package vn.cchc.workbook.ui.analysis;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.common.WindowMemory;
import vn.cchc.workbook.ui.ranking.RankingWindow;

/**
 * The "Phân tích" menu of the main window: targets, comparison and charts of the open workbook (one analysis window
 * per workbook, closed when the workbook is), and the ranking of many workbooks (which needs none open).
 */
public final class AnalysisMenu {

    private final Window owner;
    private final ObservableValue<EditSession> session;
    private final Supplier<Path> lastFolder;
    private final Consumer<Path> rememberFolder;
    private final Consumer<Path> openWithSystem;
    private AnalysisWindow window;
    private EditSession windowSession;
    private RankingWindow ranking;
    private final WindowMemory places;

    public AnalysisMenu(Window owner, ObservableValue<EditSession> session, Supplier<Path> lastFolder,
                        Consumer<Path> rememberFolder, Consumer<Path> openWithSystem) {
        this(owner, session, lastFolder, rememberFolder, openWithSystem, WindowMemory.NONE);
    }

    /** @param places where the analysis and ranking windows were left (the user's settings) */
    public AnalysisMenu(Window owner, ObservableValue<EditSession> session, Supplier<Path> lastFolder,
                        Consumer<Path> rememberFolder, Consumer<Path> openWithSystem, WindowMemory places) {
        this.places = places;
        this.owner = owner;
        this.session = session;
        this.lastFolder = lastFolder;
        this.rememberFolder = rememberFolder;
        this.openWithSystem = openWithSystem;
        session.addListener((obs, old, now) -> closeAnalysis());
    }

    /** The menu; its workbook items are disabled while {@code workbookOpen} is false. */
    public Menu menu(ObservableBooleanValue workbookOpen) {
        MenuItem targets = item("menuTargets", "analysis.menu.targets", () -> show(AnalysisWindow.Part.TARGETS));
        MenuItem compare = item("menuCompare", "analysis.menu.compare", () -> show(AnalysisWindow.Part.COMPARISON));
        MenuItem charts = item("menuCharts", "analysis.menu.charts", () -> show(AnalysisWindow.Part.CHARTS));
        for (MenuItem item : new MenuItem[] {targets, compare, charts}) {
            item.disableProperty().bind(javafx.beans.binding.Bindings.not(workbookOpen));
        }
        MenuItem rank = item("menuRanking", "analysis.menu.ranking", this::showRanking);
        Menu menu = new Menu(Messages.get("analysis.menu"), null, targets, compare, charts, new SeparatorMenuItem(),
                rank);
        menu.setId("menuAnalysis");
        return menu;
    }

    public void show(AnalysisWindow.Part part) {
        EditSession current = session.getValue();
        if (current == null) {
            return;
        }
        // A closed window has let go of the workbook (it stops following edits when hidden): open a new one.
        if (window == null || windowSession != current || !window.stage().isShowing()) {
            closeAnalysis();
            window = new AnalysisWindow(owner, current, lastFolder, null, places);
            windowSession = current;
        }
        window.show(part);
    }

    public void showRanking() {
        if (ranking == null) {
            ranking = new RankingWindow(owner, lastFolder, rememberFolder, openWithSystem, places);
        }
        ranking.show();
    }

    private void closeAnalysis() {
        if (window != null) {
            window.close();
            window = null;
            windowSession = null;
        }
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
