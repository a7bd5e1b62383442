package vn.cchc.workbook.ui.criteria;

import javafx.scene.Scene;

/** The criteria windows' own stylesheet, added after whatever theme the application installed. */
final class CriteriaStyles {

    private CriteriaStyles() {
    }

    /**
     * A scene of the preferred size, made smaller when the screen is (a 1366×768 laptop with its taskbar), with the
     * stylesheets and font of {@code owner} and the criteria stylesheet.
     */
    static Scene scene(javafx.stage.Window owner, javafx.scene.Parent root, double width, double height) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight()));
        vn.cchc.workbook.ui.common.OwnerStyle.inherit(scene, owner);
        apply(scene);
        return scene;
    }

    static void apply(Scene scene) {
        scene.getStylesheets().add(CriteriaStyles.class.getResource("criteria.css").toExternalForm());
    }
}
