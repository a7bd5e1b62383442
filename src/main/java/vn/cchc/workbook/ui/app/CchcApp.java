package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import vn.cchc.workbook.app.StoreAccess;
import vn.cchc.workbook.ui.common.AppLog;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.ui.common.ErrorMessages;
import vn.cchc.workbook.ui.common.FxDialogService;

/**
 * The desktop program. Started by {@link CchcLauncher}; a single {@code .cchc} argument opens that file.
 *
 * <p>System properties: {@code cchc.dataDir} (data folder), {@code cchc.startupBenchmark=true} (print the time of the
 * first frame showing the sample and exit), {@code cchc.screenshot=<file.png>} (write the window with the sample at
 * 1366×768 to a PNG and exit), {@code cchc.aotTraining=true} (the start-up cache's training run, see
 * {@link TrainingRun}).
 */
public class CchcApp extends Application {

    private static final Logger LOG = Logger.getLogger(CchcApp.class.getName());

    private AppServices services;
    /** The local store's access, set by the launcher from the composition root before JavaFX starts. */
    static volatile StoreAccess storeAccess;
    /** This process's claim to be the one running copy (set by the launcher), or null. */
    static volatile SingleInstance runningCopy;

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("toolkit started");
        Theme.installUserAgentStylesheet();
        StartupProbe.mark("theme stylesheet set");
        Path dataDirectory;
        try {
            dataDirectory = storeAccess.defaultDataDirectory();
        } catch (UserFacingException e) {
            // Without a data folder nothing can be kept; say why and stop.
            new FxDialogService(null).showError(e.getMessage());
            Platform.exit();
            return;
        }
        services = AppServices.start(dataDirectory, storeAccess);
        AppLog.install(dataDirectory);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Uncaught on " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                new FxDialogService(stage).showError(ErrorMessages.forUser(error));
            }
        });

        StartupProbe.mark("services");
        MainWindow window = new MainWindow(stage, services);
        StartupProbe.mark("main window built");
        window.systemViewer().setOpener(path -> getHostServices().showDocument(path.toUri().toString()));
        String screenshot = System.getProperty("cchc.screenshot");
        boolean benchmark = Boolean.getBoolean("cchc.startupBenchmark");
        Optional<Path> file = LaunchArguments.file(getParameters().getRaw());
        boolean training = TrainingRun.requested();
        window.actions().startUp(file, benchmark || screenshot != null || training);
        SingleInstance instance = runningCopy;
        if (instance != null) {
            instance.onRequest(request -> Platform.runLater(() -> window.openFromAnotherLaunch(request)));
        }
        StartupProbe.mark("content built");
        if (screenshot == null && !benchmark) {
            window.placeOnScreen();
        }
        stage.show();
        StartupProbe.mark("shown (CSS and layout done)");
        if (training) {
            TrainingRun.endAfterFirstFrame(window.scene());
        } else {
            StartupProbe.afterFirstFrame(window.scene(), services::openStore);
        }
        if (benchmark) {
            StartupProbe.reportFirstFrameAndExit(window.scene());
        } else if (screenshot != null) {
            StartupProbe.screenshotAndExit(window, Path.of(screenshot));
        }
    }

    @Override
    public void init() {
        UiLocale.install();
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
        if (runningCopy != null) {
            runningCopy.close();
        }
    }

    static Optional<Path> fileArgument(List<String> args) {
        // A name the system could not hand over (see platform.ProgramArguments) gives no file: the start screen opens.
        return LaunchArguments.file(args);
    }
}
