package vn.cchc.workbook.ui.criteria;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.store.H2WorkbookStore;

/** Drives the real criteria windows (headless Monocle) over a real H2 store in a temp folder. */
@ExtendWith(ApplicationExtension.class)
abstract class CriteriaWindowTest {

    @TempDir
    Path dataDir;
    protected H2WorkbookStore store;
    protected CriteriaLibrary library;
    protected ScriptedDialogs dialogs;

    @BeforeEach
    void openStore() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The whole-window tests install the program's theme for the JVM; these windows are tested in JavaFX's own
        // look whatever ran before, so that the result does not depend on the order the test classes run in.
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(null));
        store = H2WorkbookStore.open(dataDir);
        library = new CriteriaLibrary(store);
        dialogs = new ScriptedDialogs();
    }

    @AfterEach
    void closeStore() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    protected static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code action} on the JavaFX thread and waits for it. */
    protected static void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Moves {@code root} into a 1366×768 scene of its own (the headless screen is smaller than that) and writes it as a
     * PNG under target/snapshots, to look at what the user sees.
     */
    protected static Path snapshot(javafx.scene.Parent root, String name) throws Exception {
        Scene[] scene = new Scene[1];
        fx(() -> {
            if (root.getScene() != null) {
                root.getScene().setRoot(new javafx.scene.layout.Pane());
            }
            scene[0] = new Scene(root, 1366, 768);
            CriteriaStyles.apply(scene[0]);
            root.applyCss();
            root.layout();
        });
        return snapshot(scene[0], name);
    }

    protected static Path snapshot(Scene scene, String name) throws Exception {
        Path folder = Path.of("target", "snapshots");
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        WritableImage[] image = new WritableImage[1];
        fx(() -> image[0] = scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        try {
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new AssertionError("snapshot not written", e);
        }
        return file;
    }
}
