package vn.cchc.workbook.ui.app;

import javafx.application.Application;

/**
 * Starts the window. Not a subclass of {@link Application}, so the shaded jar can start JavaFX from the class path
 * (the JavaFX launcher refuses a main class that extends Application when JavaFX is not on the module path).
 */
public final class CchcLauncher {

    private CchcLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(CchcApp.class, args);
    }
}
