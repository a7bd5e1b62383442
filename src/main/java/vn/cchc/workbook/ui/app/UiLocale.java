package vn.cchc.workbook.ui.app;

import java.util.Locale;

/**
 * The whole interface speaks Vietnamese whatever the system language: JavaFX localises date pickers (month and day
 * names), chart axes (decimal comma) and number formatting from the default locale, so the program sets it before
 * JavaFX starts. Our own texts come from the Vietnamese bundles either way.
 */
public final class UiLocale {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private UiLocale() {
    }

    public static void install() {
        Locale.setDefault(VIETNAMESE);
        Locale.setDefault(Locale.Category.DISPLAY, VIETNAMESE);
        Locale.setDefault(Locale.Category.FORMAT, VIETNAMESE);
    }
}
