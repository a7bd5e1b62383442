package vn.cchc.workbook.ui.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import vn.cchc.workbook.ui.common.Fonts;

/** AtlantaFX Primer Light, the app's own colour tokens and a font that has every Vietnamese letter. */
final class Theme {

    private Theme() {
    }

    static void installUserAgentStylesheet() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    static void apply(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("app.css").toExternalForm());
        // JavaFX CSS takes one family, not a fallback list, so the list is resolved once, in Fonts.
        scene.getRoot().setStyle(Fonts.familyStyle());
    }
}
