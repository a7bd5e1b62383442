package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A message dialog keeps a readable width whenever JavaFX sizes it to its content, not only at its first placement:
 * under GTK a long question was once re-sized to its one-line width (1 190 px) and pushed off-centre.
 */
@ExtendWith(ApplicationExtension.class)
class DialogMessageTest {

    private static final String QUESTION = "Lần trước chương trình đã đóng khi sổ “Phường Đông Hà” (cả năm 2026) còn "
            + "thay đổi chưa lưu ra tệp. Mọi giá trị đã nhập vẫn còn nguyên. Mở lại sổ này để làm tiếp?";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aLongMessageAsksForAReadableWidthAndWrapsWithinIt(FxRobot robot) {
        AtomicReference<double[]> sizes = new AtomicReference<>();
        robot.interact(() -> {
            DialogPane pane = new DialogPane();
            Label message = Dialogs.message(QUESTION);
            pane.setContent(message);
            stage.setScene(new Scene(pane));
            stage.show();
            // What a later "size to the content" gives the window.
            stage.sizeToScene();
            pane.applyCss();
            pane.layout();
            Label oneLine = new Label(QUESTION);
            pane.getChildren().add(oneLine);
            oneLine.applyCss();
            double natural = oneLine.prefWidth(-1);
            pane.getChildren().remove(oneLine);
            sizes.set(new double[] {message.prefWidth(-1), natural, stage.getWidth(),
                    message.prefHeight(Dialogs.MESSAGE_TEXT_WIDTH), message.prefHeight(natural)});
        });
        double[] s = sizes.get();
        assertThat(s[1]).as("the question on one line").isGreaterThan(Dialogs.MESSAGE_TEXT_WIDTH);
        assertThat(s[0]).isLessThanOrEqualTo(Dialogs.MESSAGE_TEXT_WIDTH);
        assertThat(s[2]).isLessThanOrEqualTo(Dialogs.READABLE_TEXT_WIDTH);
        // Wrapped onto more lines, none lost.
        assertThat(s[3]).isGreaterThan(s[4]);
    }

    @Test
    void aShortMessageIsNoWiderThanItsText(FxRobot robot) {
        AtomicReference<Double> width = new AtomicReference<>();
        robot.interact(() -> {
            Label message = Dialogs.message("Đã lưu.");
            stage.setScene(new Scene(new DialogPane() { { setContent(message); } }));
            stage.show();
            message.applyCss();
            width.set(message.prefWidth(-1));
        });
        assertThat(width.get()).isLessThan(120);
    }
}
