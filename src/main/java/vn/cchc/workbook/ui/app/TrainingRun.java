package vn.cchc.workbook.ui.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The training run of the start-up cache ({@code -Dcchc.aotTraining=true}, packaging/common/build-lib.sh and
 * packaging/windows/build.ps1): the window starts as on a clerk's first start, shows the bundled sample, and the
 * program ends normally after the first frame, before the store opens (the JVM writes the cache at its exit).
 *
 * <p>The cache holds what the start loads up to its first frame and nothing more, on purpose: the JVM loads and
 * links every class of the cache when it starts (that is where the cache's speed comes from), so each class in it
 * costs memory and time at every start whether or not that start uses it. The store (H2, Flyway) and the Excel
 * export (POI) load their classes from the jar when they are first used, after the first frame, as they would without
 * a cache. docs/packaging.md ("Start-up: the ahead-of-time cache") has the figures.
 */
final class TrainingRun {

    static final String PROPERTY = "cchc.aotTraining";

    private TrainingRun() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Ends the program normally once the first frame of {@code scene} is on screen, printing "aot-training-done". */
    static void endAfterFirstFrame(Scene scene) {
        StartupProbe.afterFirstFrame(scene, () -> {
            System.out.println("aot-training-done");
            System.out.flush();
            Platform.exit();
        });
    }
}
