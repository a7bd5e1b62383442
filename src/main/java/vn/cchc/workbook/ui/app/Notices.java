package vn.cchc.workbook.ui.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

import vn.cchc.workbook.ui.common.Icons;

/**
 * Says that background work finished (a workbook saved to its file) with a ControlsFX notification in the corner of
 * the window, which goes away by itself and takes no focus, so the clerk keeps typing.
 *
 * <p>The text wraps at {@link #TEXT_WIDTH}: ControlsFX puts it on one line, and a sent file's name with its folder
 * made a notice wider than the window that began off the screen's left edge; its wrapped height is then made its
 * least height, so that the notice is placed by its whole height. A longer text stays longer.
 */
final class Notices {

    static final double TEXT_WIDTH = 420;
    private static final double SECONDS_AT_LEAST = 4;
    private static final double SECONDS_AT_MOST = 12;
    /** About what an officer reads in a second, with the time to find the notice. */
    private static final double CHARACTERS_A_SECOND = 25;

    private Notices() {
    }

    static void done(Window owner, String title, String text) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Label body = new Label(text, Icons.of(MaterialDesignI.INFORMATION_OUTLINE));
        body.setWrapText(true);
        body.setMaxWidth(TEXT_WIDTH);
        // ControlsFX sizes and places the notice by its content's height for no given width, which for a wrapping
        // label is one line: the wrapped lines ran below the window (and the screen). Once the label has its width,
        // its wrapped height becomes its least height, and the notice grows upwards to hold it.
        body.widthProperty().addListener((obs, old, width) -> {
            double wrapped = body.prefHeight(width.doubleValue());
            if (wrapped > body.getMinHeight()) {
                body.setMinHeight(wrapped);
            }
        });
        body.getStyleClass().add("notice-text");
        Notifications.create().owner(owner).title(title).graphic(body).position(Pos.BOTTOM_RIGHT)
                .hideAfter(shownFor(text)).show();
    }

    /** How long a notice with {@code text} stays: 4 s for a short one, up to 12 s. */
    static Duration shownFor(String text) {
        double seconds = text == null ? SECONDS_AT_LEAST : text.length() / CHARACTERS_A_SECOND;
        return Duration.seconds(Math.max(SECONDS_AT_LEAST, Math.min(SECONDS_AT_MOST, seconds)));
    }
}
