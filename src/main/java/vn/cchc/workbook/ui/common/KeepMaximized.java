package vn.cchc.workbook.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps a maximised window maximised while a modal dialog blocks it.
 *
 * <p>Why: JavaFX 21 on Linux (GTK) makes a window that a modal dialog blocks non-resizable by giving it a minimum and
 * maximum size equal to its size before it was maximised; the window manager then takes it out of the maximised
 * state (seen under openbox, and in a bare JavaFX program: an {@code Alert} over a maximised stage leaves it at
 * 1200×700 on a 1366×768 screen). The main window then stayed small after the first "Tiếp tục công việc?" question,
 * and was remembered so for the next start. A blocked window cannot be resized by the user, so a window that leaves
 * the maximised state while blocked was not the user's doing: it is maximised again when the last dialog blocking it
 * closes. A native file chooser does the same and is not in JavaFX's window list, so file choosers are shown through
 * {@link #acrossNativeDialog}.
 */
public final class KeepMaximized {

    private static final Object INSTALLED = new Object();
    /** Marks a window taken out of the maximised state while blocked, until it is maximised again. */
    private static final Object LOST = new Object();

    private KeepMaximized() {
    }

    /** Installs the watch on {@code stage} (once; later calls do nothing). */
    public static void install(Stage stage) {
        if (stage.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        stage.maximizedProperty().addListener((obs, was, now) -> {
            if (was && !now && blocked(stage)) {
                stage.getProperties().put(LOST, Boolean.TRUE);
            } else if (now) {
                stage.getProperties().remove(LOST);
            }
        });
        Runnable restore = () -> {
            if (stage.getProperties().containsKey(LOST) && stage.isShowing() && !blocked(stage)) {
                Platform.runLater(() -> {
                    if (stage.isShowing() && !blocked(stage) && stage.getProperties().remove(LOST) != null) {
                        stage.setMaximized(true);
                    }
                });
            }
        };
        // JavaFX's window list is static: the watch is on it only while the window shows, or every window ever
        // opened would stay in memory through its listener.
        ListChangeListener<Window> watch = change -> restore.run();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Window.getWindows().addListener(watch));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> Window.getWindows().removeListener(watch));
        if (stage.isShowing()) {
            Window.getWindows().addListener(watch);
        }
    }

    /**
     * Shows a native dialog (a file chooser), which blocks our windows without being one of JavaFX's windows, and
     * maximises again every window it took out of that state.
     */
    public static <T> T acrossNativeDialog(java.util.function.Supplier<T> dialog) {
        java.util.List<Stage> maximized = new java.util.ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage && stage.isMaximized()) {
                maximized.add(stage);
            }
        }
        try {
            return dialog.get();
        } finally {
            Platform.runLater(() -> maximized.stream().filter(s -> s.isShowing() && !s.isMaximized())
                    .forEach(s -> s.setMaximized(true)));
        }
    }

    /** Whether {@code stage} is maximised, or was until a dialog blocking it took it out of that state. */
    public static boolean isMaximized(Stage stage) {
        return stage.isMaximized() || stage.getProperties().containsKey(LOST);
    }

    /** Whether a modal window over {@code stage} is showing. */
    static boolean blocked(Stage stage) {
        for (Window window : Window.getWindows()) {
            if (window != stage && window.isShowing() && window instanceof Stage other && blocks(other, stage)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blocks(Stage dialog, Stage stage) {
        if (dialog.getModality() == Modality.APPLICATION_MODAL) {
            return true;
        }
        if (dialog.getModality() != Modality.WINDOW_MODAL) {
            return false;
        }
        for (Window owner = dialog.getOwner(); owner != null;
             owner = owner instanceof Stage ownerStage ? ownerStage.getOwner() : null) {
            if (owner == stage) {
                return true;
            }
        }
        return false;
    }
}
