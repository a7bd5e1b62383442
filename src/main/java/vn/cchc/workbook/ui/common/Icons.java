package vn.cchc.workbook.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons for buttons and menus, one size everywhere. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(18);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
