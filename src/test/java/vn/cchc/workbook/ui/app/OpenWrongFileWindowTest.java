package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * "Mở…" on a file that is no workbook (a renamed text file, received by email) says so at once, and asks nothing
 * about the workbook open now: it was asked to save its changes first, for a file that was then refused.
 */
class OpenWrongFileWindowTest extends AppWindowTest {

    @Test
    void aFileThatIsNoWorkbookIsRefusedBeforeAnyQuestionAboutTheOpenOne(FxRobot robot) throws IOException {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        clickSelfScore(robot, "1.1.2");
        robot.write("0").type(KeyCode.ENTER);
        waitUntil(() -> services.store().hasUnsavedChanges(session().assessment().id()));
        String open = session().assessment().id();

        Path text = Files.writeString(dataDir.resolve("thu-moi.cchc"), "Kính gửi các phòng ban");
        files.answers.add(text);
        fx(() -> window.actions().openFile());

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane shown = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String said = shown.getContent() instanceof Label label ? label.getText() : shown.getContentText();
        assertThat(said).isEqualTo("Tệp “thu-moi.cchc” là tệp văn bản thuần được đổi tên thành .cchc, không phải sổ "
                + "chấm điểm.");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(session().assessment().id()).isEqualTo(open);
        assertThat(services.store().hasUnsavedChanges(open)).isTrue();
    }
}
