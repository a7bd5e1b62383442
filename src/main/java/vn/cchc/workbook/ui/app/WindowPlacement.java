package vn.cchc.workbook.ui.app;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import vn.cchc.workbook.ui.common.KeepMaximized;

/**
 * Where the main window opens. The first time: maximised on a screen up to 1920 pixels wide (the common office
 * laptop and monitor, where every pixel is needed), otherwise a 1366×768-sized window centred in the screen's visual
 * bounds (the area without the task bar). Later: where it was left, if that place is still on one of the screens
 * (a monitor may have been unplugged), shrunk to fit; otherwise as the first time.
 */
final class WindowPlacement {

    static final double MAXIMISE_UP_TO_WIDTH = 1920;

    private WindowPlacement() {
    }

    /** The bounds and maximised state to open with, given the screens' visual bounds (primary first). */
    static WindowState choose(Optional<WindowState> remembered, List<Rectangle2D> screens, double minWidth,
                              double minHeight) {
        Rectangle2D primary = screens.get(0);
        if (remembered.isPresent()) {
            WindowState last = remembered.get();
            for (Rectangle2D screen : screens) {
                if (screen.contains(last.x() + Math.min(last.width(), 100) / 2, last.y() + 10)) {
                    double width = clamp(last.width(), Math.min(minWidth, screen.getWidth()), screen.getWidth());
                    double height = clamp(last.height(), Math.min(minHeight, screen.getHeight()), screen.getHeight());
                    double x = clamp(last.x(), screen.getMinX(), screen.getMaxX() - width);
                    double y = clamp(last.y(), screen.getMinY(), screen.getMaxY() - height);
                    return new WindowState(x, y, width, height, last.maximized());
                }
            }
        }
        double width = Math.min(MainWindow.WIDTH, primary.getWidth());
        double height = Math.min(MainWindow.HEIGHT, primary.getHeight());
        double x = primary.getMinX() + (primary.getWidth() - width) / 2;
        double y = primary.getMinY() + (primary.getHeight() - height) / 2;
        return new WindowState(x, y, width, height, primary.getWidth() <= MAXIMISE_UP_TO_WIDTH);
    }

    /** Places {@code stage} as {@link #choose} says, on the real screens. */
    static void apply(Stage stage, Optional<WindowState> remembered) {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        WindowState state = choose(remembered, screens, stage.getMinWidth(), stage.getMinHeight());
        set(stage, state);
        // JavaFX 21 on GTK shrinks a newly mapped window to its minimum size a moment after showing it (seen under
        // openbox: a remembered 1200×700 window opened at 960×600; at the time of the shown event the stage still
        // reports the size asked for), so the bounds are set once more, unconditionally, after that event.
        EventHandler<WindowEvent> again = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                // Bounds set on a maximised window would take it out of that state.
                Platform.runLater(() -> {
                    if (state.maximized()) {
                        stage.setMaximized(true);
                    } else {
                        set(stage, state);
                    }
                });
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, again);
    }

    private static void set(Stage stage, WindowState state) {
        stage.setX(state.x());
        stage.setY(state.y());
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setMaximized(state.maximized());
    }

    /** The window's state to remember: its last bounds when it was not maximised. */
    static WindowState of(Stage stage, WindowState lastNormal) {
        boolean maximized = KeepMaximized.isMaximized(stage);
        if (maximized && lastNormal != null) {
            return new WindowState(lastNormal.x(), lastNormal.y(), lastNormal.width(), lastNormal.height(), true);
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), maximized);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, Math.max(min, max)));
    }
}
