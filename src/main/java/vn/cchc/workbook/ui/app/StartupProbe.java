package vn.cchc.workbook.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

/** The first-frame hook, and the measurement hooks for scripts/bench-startup.sh and scripts/screenshot.sh. */
final class StartupProbe {

    private StartupProbe() {
    }

    /**
     * Runs {@code action} once, after the first frame of {@code scene} has been rendered (the pulse after the first
     * one). A still scene has no further pulses, so one is requested; a timer is the fallback.
     */
    static void afterFirstFrame(Scene scene, Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(once);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        PauseTransition fallback = new PauseTransition(javafx.util.Duration.seconds(1));
        fallback.setOnFinished(e -> once.run());
        fallback.play();
    }

    /** Prints the milliseconds from process start to the second pulse after show (the first frame is on screen). */
    static void reportFirstFrameAndExit(Scene scene) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                long ms = Duration.between(processStart(), Instant.now()).toMillis();
                System.out.println("first-frame-ms=" + ms);
                System.out.flush();
                Platform.runLater(() -> Runtime.getRuntime().halt(0));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    static void screenshotAndExit(MainWindow window, Path output) {
        // Wait until the store is open and the sample copy replaced the preview, then give layout a moment.
        window.model().sessionProperty().addListener((obs, old, now) -> {
            if (now != null && !window.model().isPreview()) {
                Thread waiter = new Thread(() -> {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(() -> {
                        WritableImage image = window.scene().snapshot(null);
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", output.toFile());
                            System.out.println("screenshot=" + output.toAbsolutePath());
                        } catch (IOException e) {
                            System.err.println("screenshot failed: " + e);
                        }
                        Runtime.getRuntime().halt(0);
                    });
                });
                waiter.setDaemon(true);
                waiter.start();
            }
        });
    }

    private static Instant processStart() {
        return ProcessHandle.current().info().startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }
}
