package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A notice in the window's corner is read whole, however long its text (a file name and its folder). */
@ExtendWith(ApplicationExtension.class)
class NoticesTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1366, 740));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void aLongNoticeWrapsInsideTheWindowInsteadOfRunningOffItsLeftEdge(FxRobot robot) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        String text = "Gửi kết quả thẩm định: đã lưu Tan Lap - 6 thang dau nam 2026 - Tham dinh lan 1 - gui ket qua - "
                + "2026-12-06.cchc trong thư mục /home/can-bo/Tài liệu/Thẩm định CCHC 2026/Xã Tân Lập. Hãy gửi tệp "
                + "này qua thư điện tử.";
        robot.interact(() -> Notices.done(stage, "Đã ghi bước và lưu tệp", text));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> !before.contains(w) && w.isShowing() && w.getWidth() > 0));
        WaitForAsyncUtils.waitForFxEvents();
        Window notice = Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing())
                .findFirst().orElseThrow();

        // On one line it was wider than the window and began off the screen: "…bước và lưu tệp".
        assertThat(notice.getX()).isGreaterThanOrEqualTo(stage.getX());
        assertThat(notice.getX() + notice.getWidth()).isLessThanOrEqualTo(stage.getX() + stage.getWidth() + 1);
        // Every word of it is in the notice.
        assertThat(notice.getScene().getRoot().lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList())
                .contains(text);
        // Its bottom stays inside the window once it has slid in: ControlsFX placed it by its one-line height, and
        // the wrapped lines ran below the window and off the screen ("…2026-12-07.cchc trong" was the last seen).
        javafx.scene.control.Label body = (javafx.scene.control.Label) notice.getScene().getRoot()
                .lookup(".notice-text");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice.getY() + notice.getHeight()
                <= stage.getY() + stage.getHeight() + 1 && body.getHeight() >= body.prefHeight(body.getWidth()) - 1);
        assertThat(body.getHeight()).isGreaterThan(2.5 * body.getFont().getSize());
        assertThat(Notices.shownFor(text).toSeconds()).isGreaterThan(Notices.shownFor("Đã lưu.").toSeconds());
    }
}
