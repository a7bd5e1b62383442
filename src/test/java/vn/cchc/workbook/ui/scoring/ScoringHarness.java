package vn.cchc.workbook.ui.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.app.WorkbookStore;

/** The real scoring view on a real store, in a 1366×768 stage themed as the shell themes it. */
final class ScoringHarness {

    final WorkbookStore store;
    final EditSession session;
    final ScoringViewModel model;
    final ScoringView view;
    final List<Path> opened = new ArrayList<>();

    /** Monocle's headless screen is 1280×800 unless told otherwise; a 1366-pixel window needs more. */
    static void largeHeadlessScreen() {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    ScoringHarness(Path folder, Assessment assessment) {
        store = TestStores.open(folder);
        store.createAssessment(assessment);
        session = new EditSession(store, assessment);
        model = new ScoringViewModel(session);
        view = new ScoringView(model, opened::add);
    }

    void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) view.getRoot(), 1366, 768));
        // TestFX reuses one primary stage across test classes; another window may have bound its title.
        stage.titleProperty().unbind();
        stage.setTitle("CCHC");
        // Nor may a size another test gave it (1280×720, maximised) decide this grid's.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    /** What the store holds once the session's writer has written every accepted change. */
    Assessment stored() {
        session.requireWritten();
        return store.loadAssessment(session.assessment().id()).orElseThrow();
    }

    // ---- looking at the grid, shared by the grid tests --------------------------------------------------------

    @SuppressWarnings("unchecked")
    javafx.scene.control.TreeTableView<ScoringRow> table(org.testfx.api.FxRobot robot) {
        return robot.from(view.getRoot()).lookup(".score-table").queryAs(javafx.scene.control.TreeTableView.class);
    }

    /** The cell that has the keyboard, once the events sent so far are handled. */
    javafx.scene.control.TreeTablePosition<ScoringRow, ?> focused(org.testfx.api.FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return table(robot).getFocusModel().getFocusedCell();
    }

    /** The key of the row at {@code row}. */
    String rowAt(org.testfx.api.FxRobot robot, int row) {
        return table(robot).getTreeItem(row).getValue().code();
    }

    /** The message shown under the cell being edited, or "" when none shows. */
    String message(org.testfx.api.FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label label = robot.from(view.getRoot()).lookup(".cell-message")
                .queryAs(javafx.scene.control.Label.class);
        return label.isVisible() ? label.getText() : "";
    }
}
