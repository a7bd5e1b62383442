package vn.cchc.workbook.ui.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Where a dialog or a secondary window goes: inside the visual bounds (the screen without the task bar) of the screen
 * its owner is on, centred on its owner, never bigger than those bounds. A window placed partly above the screen has
 * its title bar out of reach (openbox and Windows both allow it), so every place is clamped, not just centred.
 */
public final class ScreenFit {

    /**
     * System property {@code cchc.screen=WIDTHxHEIGHT}: treat the visual bounds as at most this size (tests and
     * screenshots on a bigger virtual screen see what a 1366×768 laptop sees).
     */
    public static final String SCREEN_PROPERTY = "cchc.screen";

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    private ScreenFit() {
    }

    /** The visual bounds of the screen showing most of {@code window}, else the primary screen's. */
    public static Rectangle2D visualBounds(Window window) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        if (window != null && window.isShowing() && Double.isFinite(window.getX()) && Double.isFinite(window.getY())
                && window.getWidth() > 0 && window.getHeight() > 0) {
            List<Screen> screens = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight());
            if (!screens.isEmpty()) {
                bounds = screens.get(0).getVisualBounds();
            }
        }
        return limited(bounds, System.getProperty(SCREEN_PROPERTY));
    }

    /** {@code bounds}, shrunk to the size a {@code cchc.screen} value names (ignored when it names none). */
    static Rectangle2D limited(Rectangle2D bounds, String size) {
        Matcher matcher = size == null ? null : SIZE.matcher(size.strip());
        if (matcher == null || !matcher.matches()) {
            return bounds;
        }
        return new Rectangle2D(bounds.getMinX(), bounds.getMinY(),
                Math.min(bounds.getWidth(), Integer.parseInt(matcher.group(1))),
                Math.min(bounds.getHeight(), Integer.parseInt(matcher.group(2))));
    }

    /** The bounds of a window of (at most) {@code width}×{@code height} centred on {@code around}, inside {@code area}. */
    public static Rectangle2D centred(Rectangle2D around, double width, double height, Rectangle2D area) {
        double w = Math.min(width, area.getWidth());
        double h = Math.min(height, area.getHeight());
        double x = around.getMinX() + (around.getWidth() - w) / 2;
        double y = around.getMinY() + (around.getHeight() - h) / 2;
        return inside(new Rectangle2D(x, y, w, h), area);
    }

    /** {@code bounds} shrunk to fit {@code area}, then moved into it as little as possible. */
    public static Rectangle2D inside(Rectangle2D bounds, Rectangle2D area) {
        double w = Math.min(bounds.getWidth(), area.getWidth());
        double h = Math.min(bounds.getHeight(), area.getHeight());
        double x = Math.max(area.getMinX(), Math.min(bounds.getMinX(), area.getMaxX() - w));
        double y = Math.max(area.getMinY(), Math.min(bounds.getMinY(), area.getMaxY() - h));
        return new Rectangle2D(Math.floor(x), Math.floor(y), Math.floor(w), Math.floor(h));
    }

    /**
     * Opens {@code stage} (a secondary window of {@code owner}) where it was left if that place is still on the
     * owner's screen, otherwise at {@code width}×{@code height} centred on the owner; always inside the visual
     * bounds. Its place is remembered under {@code name} when it is hidden. The place is set before the window is
     * shown and once more after: GTK reports a new window at the screen's corner once mapped (title bar above the
     * screen under openbox) and its size as it was before. Esc closes it ({@link EscapeCloses}).
     */
    public static void placeWindow(Stage stage, Window owner, double width, double height, WindowMemory memory,
                                   String name) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, event -> {
            WindowMemory.Place place = chooseFor(stage, owner, width, height, memory.place(name));
            stage.getProperties().put(ScreenFit.class, place);
            apply(stage, place.bounds());
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(() -> {
            if (stage.getProperties().remove(ScreenFit.class) instanceof WindowMemory.Place place) {
                apply(stage, place.bounds());
                stage.setMaximized(place.maximized());
            }
        }));
        KeepMaximized.install(stage);
        EscapeCloses.install(stage, owner);
        Rectangle2D[] normal = new Rectangle2D[1];
        for (var bound : java.util.List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            bound.addListener((obs, old, now) -> {
                if (stage.isShowing() && !stage.isMaximized() && !stage.isIconified()
                        && !stage.getProperties().containsKey(ScreenFit.class)) {
                    normal[0] = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                }
            });
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            Rectangle2D bounds = normal[0] != null ? normal[0]
                    : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            memory.remember(name, new WindowMemory.Place(bounds, KeepMaximized.isMaximized(stage)));
        });
    }

    private static WindowMemory.Place chooseFor(Stage stage, Window owner, double width, double height,
                                                java.util.Optional<WindowMemory.Place> remembered) {
        Rectangle2D area = visualBounds(owner);
        double minWidth = Math.min(stage.getMinWidth(), area.getWidth());
        double minHeight = Math.min(stage.getMinHeight(), area.getHeight());
        return choose(remembered, area, boundsOf(owner, area), width, height, minWidth, minHeight);
    }

    /**
     * The place for a secondary window: the remembered one when its title bar is on {@code area} (shrunk and moved
     * inside it), otherwise {@code width}×{@code height} (at most the area) centred on {@code owner}.
     */
    static WindowMemory.Place choose(java.util.Optional<WindowMemory.Place> remembered, Rectangle2D area,
                                     Rectangle2D owner, double width, double height, double minWidth,
                                     double minHeight) {
        if (remembered.isPresent()) {
            Rectangle2D last = remembered.get().bounds();
            if (area.contains(last.getMinX() + Math.min(last.getWidth(), 100) / 2, last.getMinY() + 10)) {
                Rectangle2D sized = new Rectangle2D(last.getMinX(), last.getMinY(),
                        Math.max(last.getWidth(), minWidth), Math.max(last.getHeight(), minHeight));
                return new WindowMemory.Place(inside(sized, area), remembered.get().maximized());
            }
        }
        return new WindowMemory.Place(centred(owner, width, height, area), false);
    }

    private static void apply(Stage stage, Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** The window's bounds, or the area when it is not on screen. */
    public static Rectangle2D boundsOf(Window window, Rectangle2D area) {
        if (window == null || !window.isShowing() || !(window.getWidth() > 0) || !(window.getHeight() > 0)
                || !Double.isFinite(window.getX()) || !Double.isFinite(window.getY())) {
            return area;
        }
        return new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }
}
