package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import javafx.application.Application;

import vn.cchc.workbook.app.StoreAccess;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.BundledData;

/**
 * Starts the window. Not a subclass of {@link Application}, so the shaded jar can start JavaFX from the class path
 * (the JavaFX launcher refuses a main class that extends Application when JavaFX is not on the module path).
 */
public final class CchcLauncher {

    private CchcLauncher() {
    }

    /**
     * Starts the window (returns when it closes), reaching the local store through {@code storeAccess}, which the
     * composition root ({@code Main}) provides.
     */
    public static void launch(String[] args, StoreAccess storeAccess) {
        StartupProbe.mark("main");
        CchcApp.storeAccess = Objects.requireNonNull(storeAccess, "storeAccess");
        UiLocale.install();
        if (!Boolean.getBoolean("cchc.startupBenchmark") && System.getProperty("cchc.screenshot") == null
                && !becomeTheRunningCopy(args, storeAccess)) {
            return;
        }
        warmUpInBackground();
        Application.launch(CchcApp.class, args);
    }

    /**
     * Hands the file (or the wish to see the window) to a copy that already runs and returns false, or becomes the
     * running copy and returns true.
     */
    private static boolean becomeTheRunningCopy(String[] args, StoreAccess storeAccess) {
        Path folder;
        try {
            folder = storeAccess.defaultDataDirectory();
        } catch (RuntimeException noFolder) {
            // The window says why without a data folder; nothing to hand over to.
            return true;
        }
        SingleInstance.Claim claim = SingleInstance.claim(folder, LaunchArguments.file(List.of(args)));
        if (claim instanceof SingleInstance.Handed) {
            System.exit(0);
            return false;
        }
        if (claim instanceof SingleInstance.Primary primary) {
            CchcApp.runningCopy = primary.instance();
        }
        return true;
    }

    /**
     * While the JavaFX toolkit starts on one core, reads the texts and reads and scores the bundled sample (Jackson,
     * the engine) on the other, so the first frame does not wait for it. Pure Java only: JavaFX classes must not be initialised here,
     * before the toolkit. Failures only cost the head start. The bundled criteria sets are not read here: only the
     * criteria library and a new workbook use them, and read as a head start they stayed on the heap at every start
     * (docs/performance.md, "Memory at start").
     */
    private static void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                Messages.preload();
                ScoreEngine.score(BundledData.sampleAssessment());
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
