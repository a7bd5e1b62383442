package vn.cchc.workbook.ui.common;

import java.util.Optional;

import javafx.geometry.Rectangle2D;

/** Where a secondary window (analysis, ranking) was left, remembered per user between runs. */
public interface WindowMemory {

    /** A window's bounds when it was not maximised, and whether it was maximised. */
    record Place(Rectangle2D bounds, boolean maximized) {
    }

    /** Forgets everything: the window opens fitted to the screen each time. */
    WindowMemory NONE = new WindowMemory() {
        @Override
        public Optional<Place> place(String window) {
            return Optional.empty();
        }

        @Override
        public void remember(String window, Place place) {
        }
    };

    /** The place remembered for the window named {@code window}, if any (and sane). */
    Optional<Place> place(String window);

    void remember(String window, Place place);
}
