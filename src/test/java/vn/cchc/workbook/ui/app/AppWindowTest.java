package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.store.H2StoreAccess;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.ui.common.FxDialogService;
import vn.cchc.workbook.ui.scoring.ScoringRow;

/**
 * Drives the real main window (headless Monocle) over a fresh data folder per test. The folder already has settings,
 * so the window opens on the start screen rather than the first-run sample.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppWindowTest {

    protected Path dataDir;
    protected AppServices services;
    protected MainWindow window;
    protected Stage stage;
    protected ScriptedFileChoosers files;

    @BeforeEach
    void start() throws Exception {
        dataDir = Files.createTempDirectory("cchc-ui-test");
        prepareDataDir(dataDir);
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            stage = primary;
            Theme.installUserAgentStylesheet();
            services = AppServices.start(dataDir, new H2StoreAccess());
            window = new MainWindow(primary, services, owner -> {
                files = new ScriptedFileChoosers(new FxDialogService(owner));
                return files;
            });
            window.actions().startUp(startupFile(), false);
            primary.show();
            services.openStore();
        });
    }

    /** The file given on the command line; none by default. */
    protected java.util.Optional<Path> startupFile() {
        return java.util.Optional.empty();
    }

    /** By default the data folder looks used before, so the start screen shows. */
    protected void prepareDataDir(Path dir) throws IOException {
        AppSettings.load(dir).save();
    }

    @AfterEach
    void closeStore() throws Exception {
        // The primary stage is shared with other test classes: give it back as it was.
        fx(() -> {
            stage.titleProperty().unbind();
            stage.setOnCloseRequest(null);
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            window.detachFromStage();
        });
        FxToolkit.cleanupStages();
        services.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    protected static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void waitForStore() {
        waitUntil(() -> window.model().storeReadyProperty().get());
    }

    protected void waitForWorkbook() {
        waitUntil(() -> window.model().session() != null && !window.model().isPreview()
                && !window.model().busyProperty().get());
    }

    protected EditSession session() {
        return window.model().session();
    }

    /** Clicks the self-score cell of {@code code} in the scoring table, scrolling it into view first. */
    protected static void clickSelfScore(FxRobot robot, String code) {
        @SuppressWarnings("unchecked")
        TreeTableView<ScoringRow> table = robot.lookup(".score-table").queryAs(TreeTableView.class);
        fx(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue().code().equals(code)) {
                    table.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        TreeTableCell<?, ?> cell = robot.lookup(".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && "column-self".equals(c.getTableColumn().getId()))
                .query();
        robot.clickOn(cell);
    }

    /** Runs {@code action} on the JavaFX thread and waits for it. */
    protected static void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    protected static void assertTitleContains(Stage stage, String part) {
        assertThat(stage.getTitle()).contains(part);
    }
}
