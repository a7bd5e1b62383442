package vn.cchc.workbook.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

/** The first-frame hook, and the measurement hooks for scripts/bench-startup.sh and scripts/screenshot.sh. */
final class StartupProbe {

    private static final boolean TRACE = Boolean.getBoolean("cchc.startupTrace");

    private StartupProbe() {
    }

    /**
     * With {@code -Dcchc.startupTrace=true}, prints "startup-trace <ms since process start> <step> [thread, its
     * processor ms; the process's processor ms]": where the time to the first frame goes (docs/performance.md, "Start-up time"). The
     * processor times still say where the work is when a busy machine stretches the wall-clock times.
     */
    static void mark(String step) {
        if (TRACE) {
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long processCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.println("startup-trace " + Duration.between(processStart(), Instant.now()).toMillis() + " "
                    + step + " [" + Thread.currentThread().getName() + " cpu " + threadCpu + "; process cpu "
                    + processCpu + "]");
        }
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
                // Started only now: the first pulse (CSS and layout of the whole window) can itself take longer
                // than the fallback on a slow machine, and the store must not start competing with the first frame.
                PauseTransition fallback = new PauseTransition(javafx.util.Duration.seconds(1));
                fallback.setOnFinished(e -> once.run());
                fallback.play();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(once);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Prints the milliseconds from process start to the second pulse after show (the first frame is on screen). */
    static void reportFirstFrameAndExit(Scene scene) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == 1) {
                mark("first pulse laid out");
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                mark("second pulse: first frame shown");
                if (TRACE) {
                    printNodeCounts(scene);
                }
                Instant now = Instant.now();
                System.out.println("first-frame-ms=" + Duration.between(processStart(), now).toMillis());
                // The process start the JVM knows is rounded to the second on Linux (boot time in whole seconds),
                // so the script measures from its own clock instead.
                System.out.println("first-frame-epoch-ms=" + now.toEpochMilli());
                System.out.flush();
                // halt: no shutdown work in the figure. cchc.startupBenchmark.exit=normal ends through System.exit
                // instead, so that a flight recording (-XX:StartFlightRecording) is written at the end.
                boolean normal = "normal".equals(System.getProperty("cchc.startupBenchmark.exit"));
                Platform.runLater(() -> {
                    if (normal) {
                        System.exit(0);
                    }
                    Runtime.getRuntime().halt(0);
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** The nodes of the first frame by class (most first): what CSS and layout had to go through. */
    private static void printNodeCounts(Scene scene) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(scene.getRoot()));
        int total = 0;
        while (!todo.isEmpty()) {
            javafx.scene.Node node = todo.pop();
            total++;
            counts.merge(node.getClass().getName(), 1, Integer::sum);
            if (node instanceof javafx.scene.Parent parent) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
        }
        System.out.println("startup-trace nodes " + total);
        counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.println("startup-trace nodes " + e.getValue() + " " + e.getKey()));
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
