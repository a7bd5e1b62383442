package vn.cchc.workbook.ui.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/** AtlantaFX Primer Light, the app's own colour tokens and a font that has every Vietnamese letter. */
final class Theme {

    private static final String[] FONTS = {"Segoe UI", "Noto Sans", "DejaVu Sans"};
    private static String family;

    private Theme() {
    }

    static void installUserAgentStylesheet() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    static void apply(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("app.css").toExternalForm());
        scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily() + "\";");
    }

    /** JavaFX CSS takes one family, not a fallback list, so the list is resolved here, once. */
    static synchronized String fontFamily() {
        if (family == null) {
            family = "System";
            for (String candidate : FONTS) {
                if (Font.font(candidate, 13).getFamily().equalsIgnoreCase(candidate)) {
                    family = candidate;
                    break;
                }
            }
        }
        return family;
    }
}
