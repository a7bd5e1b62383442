package vn.cchc.workbook.ui.app;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;

/**
 * Says that background work finished (a workbook saved to its file) with a ControlsFX notification in the corner of
 * the window, which goes away by itself and takes no focus, so the clerk keeps typing.
 */
final class Notices {

    private static final Duration SHOWN_FOR = Duration.seconds(4);

    private Notices() {
    }

    static void done(Window owner, String title, String text) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications.create().owner(owner).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).showInformation();
    }
}
