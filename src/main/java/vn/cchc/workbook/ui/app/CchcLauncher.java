package vn.cchc.workbook.ui.app;

import javafx.application.Application;

import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.interchange.BundledData;

/**
 * Starts the window. Not a subclass of {@link Application}, so the shaded jar can start JavaFX from the class path
 * (the JavaFX launcher refuses a main class that extends Application when JavaFX is not on the module path).
 */
public final class CchcLauncher {

    private CchcLauncher() {
    }

    public static void main(String[] args) {
        StartupProbe.mark("main");
        warmUpInBackground();
        Application.launch(CchcApp.class, args);
    }

    /**
     * While the JavaFX toolkit starts on one core, reads and scores the bundled sample (Jackson, the engine) on the
     * other, so the first frame does not wait for it. Pure Java only: JavaFX classes must not be initialised here,
     * before the toolkit. Failures only cost the head start.
     */
    private static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                ScoreEngine.score(BundledData.sampleAssessment());
                BundledData.sampleCriteriaSets();
                StartupProbe.mark("sample read and scored");
            } catch (Throwable ignored) {
                // Only a head start; the window does the same work again when it needs it.
            }
        }, "cchc-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }
}
