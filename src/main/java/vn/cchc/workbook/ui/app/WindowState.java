package vn.cchc.workbook.ui.app;

/**
 * The main window's place on the screen as remembered between runs: its bounds when not maximised, and whether it was
 * maximised.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    /** Larger than any screen a commune office has; a bigger figure is a damaged settings file. */
    static final double MAX_EXTENT = 20_000;

    /** Whether the figures can describe a real window (finite, positive size, within {@link #MAX_EXTENT}). */
    public boolean isSane() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && Math.abs(x) <= MAX_EXTENT && Math.abs(y) <= MAX_EXTENT
                && width >= 200 && height >= 150 && width <= MAX_EXTENT && height <= MAX_EXTENT;
    }
}
