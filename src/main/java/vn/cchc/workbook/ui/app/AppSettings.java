package vn.cchc.workbook.ui.app;

import java.io.IOException;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.geometry.Rectangle2D;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.ui.common.WindowMemory;

/**
 * The window's small remembered state, in {@code ui-settings.properties} in the data folder: which workbook was open
 * (to offer "continue where you stopped" after a crash) and the folder files were last saved in. Read without
 * starting the store, so the first frame does not wait for H2. Written atomically (temp file, then move).
 */
public final class AppSettings implements WindowMemory {

    private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());
    private static final String LAST_ASSESSMENT = "lastAssessment";
    private static final String LAST_DIRECTORY = "lastDirectory";
    private static final String WELCOME_SHOWN = "welcomeShown";
    private static final String SAVE_AS_WITH_EVIDENCE = "saveAsWithEvidence";
    private static final String WINDOW = "window.";
    private static final String DIVIDER = "divider.";
    private static final String WINDOWS = "windows.";

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path dataDirectory) {
        AppSettings settings = new AppSettings(dataDirectory.resolve("ui-settings.properties"));
        if (Files.isRegularFile(settings.file)) {
            try (Reader reader = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Settings unreadable; starting afresh", e);
            }
        }
        return settings;
    }

    /** Whether the program never ran with this data folder before. */
    public synchronized boolean isFirstRun() {
        return !Files.exists(file);
    }

    /** Whether the first-run welcome was shown already (it is shown once per data folder). */
    public synchronized boolean welcomeShown() {
        return Boolean.parseBoolean(values.getProperty(WELCOME_SHOWN));
    }

    public synchronized void setWelcomeShown() {
        values.setProperty(WELCOME_SHOWN, "true");
        save();
    }

    /** Whether the last "Lưu thành…" of a workbook with evidence kept the evidence (true until chosen otherwise). */
    public synchronized boolean saveAsWithEvidence() {
        return !"false".equals(values.getProperty(SAVE_AS_WITH_EVIDENCE));
    }

    public synchronized void setSaveAsWithEvidence(boolean withEvidence) {
        values.setProperty(SAVE_AS_WITH_EVIDENCE, Boolean.toString(withEvidence));
        save();
    }

    public synchronized Optional<String> lastAssessment() {
        return Optional.ofNullable(values.getProperty(LAST_ASSESSMENT)).filter(s -> !s.isBlank());
    }

    public synchronized void setLastAssessment(String assessmentId) {
        if (assessmentId == null) {
            values.remove(LAST_ASSESSMENT);
        } else {
            values.setProperty(LAST_ASSESSMENT, assessmentId);
        }
        save();
    }

    public synchronized Optional<Path> lastDirectory() {
        return Optional.ofNullable(values.getProperty(LAST_DIRECTORY)).map(Path::of).filter(Files::isDirectory);
    }

    public synchronized void setLastDirectory(Path directory) {
        if (directory != null) {
            values.setProperty(LAST_DIRECTORY, directory.toAbsolutePath().toString());
            save();
        }
    }

    /**
     * Where the main window was when it last closed, if it was remembered and every figure is sane (bounded, so a
     * hand-edited or damaged file cannot place the window at 10^9 pixels).
     */
    public synchronized Optional<WindowState> windowState() {
        try {
            double x = Double.parseDouble(values.getProperty(WINDOW + "x", ""));
            double y = Double.parseDouble(values.getProperty(WINDOW + "y", ""));
            double width = Double.parseDouble(values.getProperty(WINDOW + "width", ""));
            double height = Double.parseDouble(values.getProperty(WINDOW + "height", ""));
            boolean maximized = Boolean.parseBoolean(values.getProperty(WINDOW + "maximized"));
            WindowState state = new WindowState(x, y, width, height, maximized);
            return state.isSane() ? Optional.of(state) : Optional.empty();
        } catch (NumberFormatException missing) {
            return Optional.empty();
        }
    }

    public synchronized void setWindowState(WindowState state) {
        if (state == null || !state.isSane()) {
            return;
        }
        values.setProperty(WINDOW + "x", Double.toString(state.x()));
        values.setProperty(WINDOW + "y", Double.toString(state.y()));
        values.setProperty(WINDOW + "width", Double.toString(state.width()));
        values.setProperty(WINDOW + "height", Double.toString(state.height()));
        values.setProperty(WINDOW + "maximized", Boolean.toString(state.maximized()));
        save();
    }

    /**
     * Where a secondary window (by name, e.g. "analysis") was left, as for the main window; the same bounds on the
     * figures apply.
     */
    @Override
    public synchronized Optional<WindowMemory.Place> place(String window) {
        String key = WINDOWS + window + ".";
        try {
            WindowState state = new WindowState(Double.parseDouble(values.getProperty(key + "x", "")),
                    Double.parseDouble(values.getProperty(key + "y", "")),
                    Double.parseDouble(values.getProperty(key + "width", "")),
                    Double.parseDouble(values.getProperty(key + "height", "")),
                    Boolean.parseBoolean(values.getProperty(key + "maximized")));
            return state.isSane() ? Optional.of(new WindowMemory.Place(new Rectangle2D(state.x(), state.y(),
                    state.width(), state.height()), state.maximized())) : Optional.empty();
        } catch (NumberFormatException missing) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void remember(String window, WindowMemory.Place place) {
        Rectangle2D b = place.bounds();
        WindowState state = new WindowState(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), place.maximized());
        if (!state.isSane() || !window.matches("[a-z]{1,20}")) {
            return;
        }
        String key = WINDOWS + window + ".";
        values.setProperty(key + "x", Double.toString(state.x()));
        values.setProperty(key + "y", Double.toString(state.y()));
        values.setProperty(key + "width", Double.toString(state.width()));
        values.setProperty(key + "height", Double.toString(state.height()));
        values.setProperty(key + "maximized", Boolean.toString(state.maximized()));
        save();
    }

    /** A remembered divider position (0–1) by name, e.g. "scoring" for the table / detail pane divider. */
    public synchronized Optional<Double> divider(String name) {
        try {
            double position = Double.parseDouble(values.getProperty(DIVIDER + name, ""));
            return position >= 0.2 && position <= 0.9 ? Optional.of(position) : Optional.empty();
        } catch (NumberFormatException missing) {
            return Optional.empty();
        }
    }

    /** Remembers a divider position in memory; written with the next {@link #save()} (the window's close). */
    public synchronized void setDivider(String name, double position) {
        if (position >= 0.2 && position <= 0.9) {
            values.setProperty(DIVIDER + name, Double.toString(position));
        }
    }

    /** Writes now; losing these settings only loses a convenience, so a failure is logged, not shown. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            SafeFileWriter.write(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "CCHC Workbook window settings");
                writer.flush();
            });
        } catch (IOException | UserFacingException e) {
            LOG.log(Level.WARNING, "Settings not saved", e);
        }
    }
}
