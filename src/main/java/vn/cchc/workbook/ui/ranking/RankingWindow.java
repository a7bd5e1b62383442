package vn.cchc.workbook.ui.ranking;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.WindowMemory;
import vn.cchc.workbook.app.RankingService;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.common.FxDialogService;
import vn.cchc.workbook.ui.common.WindowFocus;

/** "Xếp hạng nhiều sổ" in a window of its own, beside the workbook (it needs no open workbook). */
public final class RankingWindow {

    private final Stage stage = new Stage();
    private final RankingView view;

    public RankingWindow(Window owner, Supplier<Path> lastFolder, Consumer<Path> rememberFolder,
                         Consumer<Path> openWithSystem) {
        this(owner, lastFolder, rememberFolder, openWithSystem, WindowMemory.NONE);
    }

    /** @param places where the window was left last time (the user's settings) */
    public RankingWindow(Window owner, Supplier<Path> lastFolder, Consumer<Path> rememberFolder,
                         Consumer<Path> openWithSystem, WindowMemory places) {
        view = new RankingView(new RankingViewModel(new RankingService()), new FxDialogService(stage), lastFolder,
                rememberFolder, openWithSystem);
        Scene scene = new Scene(view.getRoot());
        vn.cchc.workbook.ui.common.OwnerStyle.inherit(scene, owner);
        stage.setScene(scene);
        stage.setTitle(Messages.get("analysis.ranking.windowTitle"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        ScreenFit.placeWindow(stage, owner, 1280, 760, places, "ranking");
        WindowFocus.onShown(stage, null);
    }

    public void show() {
        WindowFocus.show(stage);
    }

    public Stage stage() {
        return stage;
    }
}
