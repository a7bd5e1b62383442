package vn.cchc.workbook.ui.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

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

    /** The window's bounds, or the area when it is not on screen. */
    public static Rectangle2D boundsOf(Window window, Rectangle2D area) {
        if (window == null || !window.isShowing() || !(window.getWidth() > 0) || !(window.getHeight() > 0)
                || !Double.isFinite(window.getX()) || !Double.isFinite(window.getY())) {
            return area;
        }
        return new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    }
}
