package vn.cchc.workbook.ui.documents;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.FxDialogService;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.common.WindowMemory;

/** "Soạn văn bản…": the letter, the report and the plan of the open workbook, edited before they are written. */
public final class DocumentsWindow {

    private final Stage stage = new Stage();
    private final DocumentsViewModel model;
    private final DocumentsView view;

    /** @param dialogs the dialogs to use; null for the real ones owned by this window */
    public DocumentsWindow(Window owner, EditSession session, Supplier<Path> lastFolder,
                           Consumer<Path> openWithSystem, DialogService dialogs) {
        DialogService dialogService = dialogs != null ? dialogs : new FxDialogService(stage);
        model = new DocumentsViewModel(session);
        view = new DocumentsView(model, dialogService, lastFolder, openWithSystem);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.getRoot(), Math.min(1280, screen.getWidth()),
                Math.min(760, screen.getHeight() - 40));
        vn.cchc.workbook.ui.common.OwnerStyle.inherit(scene, owner);
        stage.setScene(scene);
        Assessment a = session.assessment();
        stage.setTitle(Messages.get("documentsui.windowTitle", a.unit().name(), a.period().labelWithYear(a.year())));
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
        if (owner != null) {
            stage.initOwner(owner);
        }
        // The size asked for, not a window manager's default share of the screen.
        ScreenFit.placeWindow(stage, owner, scene.getWidth(), scene.getHeight() + 30, WindowMemory.NONE, "documents");
        stage.setOnHidden(e -> model.dispose());
        WindowFocus.onShown(stage, null);
    }

    public void show() {
        WindowFocus.show(stage);
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public DocumentsViewModel model() {
        return model;
    }
}
