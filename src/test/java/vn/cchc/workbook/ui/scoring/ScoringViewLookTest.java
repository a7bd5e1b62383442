package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

/**
 * Renders the scoring view with a realistic assessment at 1366×768 (less the shell's menu, toolbar, status bar and
 * the window frame) to target/ui-scoring/*.png for a person to look at, and checks that the main columns fit
 * without horizontal scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringViewLookTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    @TempDir
    static Path folder;

    private ScoringHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = new ScoringHarness(folder, vn.cchc.workbook.interchange.BundledData.sampleAssessment());
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BorderPane shell = new BorderPane((Node) harness.view.getRoot());
        Region menuAndToolbar = new Region();
        menuAndToolbar.setPrefHeight(64);
        Region statusBar = new Region();
        statusBar.setPrefHeight(24);
        shell.setTop(menuAndToolbar);
        shell.setBottom(statusBar);
        stage.setScene(new Scene(shell, 1366, 768 - 40));
        // The primary stage is shared: a size another test gave it must not decide this one's.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        harness.store.close();
    }

    @Test
    void theTableFitsA1366PixelScreenAndIsRenderedForReview(FxRobot robot) throws IOException {
        robot.interact(() -> harness.model.setSelectedCode("1.4.1"));
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, "scoring-table.png");

        ScrollBar horizontal = robot.lookup(".score-table .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
        assertThat(horizontal.isVisible()).as("horizontal scroll bar of the table").isFalse();

        robot.interact(() -> harness.model.setSelectedCode("3.13.2"));
        write(robot, "scoring-ratio-detail.png");

        robot.interact(() -> harness.model.filter().onlyDeductionsProperty().set(true));
        write(robot, "scoring-deductions.png");
        robot.interact(() -> harness.model.filter().clear());

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        write(robot, "scoring-summary.png");
        assertThat(robot.from(harness.view.getRoot()).lookup("#summary-appraised").queryAs(javafx.scene.control.Label.class)
                .getText()).isEqualTo(harness.model.totals().appraisedTotalTextProperty().get());
    }

    private void write(FxRobot robot, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Path target = Path.of("target", "ui-scoring");
        Files.createDirectories(target);
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", target.resolve(name).toFile());
        assertThat(image.get().getWidth()).isEqualTo(1366);
    }
}
