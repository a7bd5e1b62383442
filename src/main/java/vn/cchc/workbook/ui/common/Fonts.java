package vn.cchc.workbook.ui.common;

import java.util.List;
import java.util.Optional;

import javafx.scene.text.Font;

/** The font the window writes Vietnamese in: the first installed family that has every Vietnamese letter. */
public final class Fonts {

    /** Families with full Vietnamese coverage, in order of preference (Windows, then Linux). */
    private static final List<String> VIETNAMESE = List.of("Segoe UI", "Noto Sans", "DejaVu Sans",
            "Liberation Sans", "Arial");

    private static Optional<String> found;

    private Fonts() {
    }

    /**
     * The first of the preferred families that is installed; resolved once. Each candidate is asked for by name
     * (a missing family falls back to another one) rather than through {@code Font.getFamilies()}, which reads
     * the names of every installed font and costs a noticeable part of the start on a machine with many fonts.
     */
    public static synchronized Optional<String> vietnameseFamily() {
        if (found == null) {
            found = VIETNAMESE.stream()
                    .filter(candidate -> Font.font(candidate, 13).getFamily().equalsIgnoreCase(candidate))
                    .findFirst();
        }
        return found;
    }

    /** The inline style that sets {@link #vietnameseFamily()} on a node and its children, or "" when none. */
    public static String familyStyle() {
        return vietnameseFamily().map(family -> "-fx-font-family: \"" + family + "\";").orElse("");
    }
}
