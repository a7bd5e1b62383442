package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javafx.stage.Window;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.ui.help.AboutDialog;
import vn.cchc.workbook.ui.help.HelpWindow;
import vn.cchc.workbook.ui.help.ProgramInfo;
import vn.cchc.workbook.ui.help.UserGuide;

/** The Trợ giúp menu: the user guide and the about box. */
public final class HelpActions {

    private final AppServices services;
    private final Window owner;
    private final SystemViewer viewer;
    private HelpWindow helpWindow;

    HelpActions(AppServices services, Window owner, SystemViewer viewer) {
        this.services = services;
        this.owner = owner;
        this.viewer = viewer;
    }

    /** Trợ giúp → Giới thiệu: version, data folder, database and log file, a button to open the data folder. */
    public void about() {
        CompletableFuture<WorkbookStore> store = services.storeFuture();
        Path database = store.isDone() && !store.isCompletedExceptionally() ? store.join().databaseFile() : null;
        new AboutDialog(owner, ProgramInfo.of(services.dataDirectory(), database), viewer::open).showAndWait();
    }

    /** Trợ giúp → Hướng dẫn sử dụng: the user guide in a window of its own (one, brought to the front again). */
    public void userGuide() {
        if (helpWindow == null) {
            helpWindow = new HelpWindow(owner, UserGuide.bundled());
        }
        helpWindow.show();
    }

}
