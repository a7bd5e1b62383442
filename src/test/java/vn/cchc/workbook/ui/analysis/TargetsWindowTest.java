package vn.cchc.workbook.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

/** The targets window as an appraisal officer reads it: the lĩnh vực names are not cut. */
@ExtendWith(ApplicationExtension.class)
class TargetsWindowTest {

    @TempDir
    Path folder;

    private WorkbookStore store;
    private AnalysisWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 200));
        stage.show();
        Assessment sample = BundledData.sampleAssessment();
        store = H2WorkbookStore.open(folder.resolve("store"));
        store.createAssessment(sample);
        window = new AnalysisWindow(stage, new EditSession(store, sample), () -> null, new ScriptedDialogs());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
        store.close();
    }

    @Test
    void theLinhVucNamesAreReadWholeBesideTheFigures(FxRobot robot) {
        robot.interact(() -> {
            window.show(AnalysisWindow.Part.TARGETS);
            // Narrower than the window opens on a 1366-pixel screen, as the headless font is narrower.
            window.stage().setWidth(1100);
            window.stage().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents(10);

        String first = "1. " + BundledData.sampleAssessment().criteria().roots().get(0).title();
        TableCell<?, ?> cell = robot.from(window.stage().getScene().getRoot()).lookup("#targets-nodes .table-cell")
                .match((TableCell<?, ?> c) -> first.equals(c.getItem())).query();
        Text shown = (Text) cell.lookup(".text");
        // With one-line headers the figures took 980 pixels and the names were cut: "1. Công tác chỉ đạo, điều …".
        assertThat(shown.getText()).isEqualTo(first);
    }
}
