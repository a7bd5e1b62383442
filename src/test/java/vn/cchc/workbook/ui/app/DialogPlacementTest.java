package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.app.DepartmentPartFiles;
import vn.cchc.workbook.app.ReturnedFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.common.WindowMemory;
import vn.cchc.workbook.ui.exchange.EarlierRoundsDialog;
import vn.cchc.workbook.ui.exchange.PartMergeDialog;
import vn.cchc.workbook.ui.exchange.PartMergeViewModel;
import vn.cchc.workbook.ui.exchange.ReturnedFileDialog;
import vn.cchc.workbook.ui.exchange.SendPartDialog;
import vn.cchc.workbook.ui.info.WorkbookInfoDialog;
import vn.cchc.workbook.ui.info.WorkbookInfoViewModel;
import vn.cchc.workbook.ui.rounds.MissingDialog;
import vn.cchc.workbook.ui.rounds.RoundsDialog;
import vn.cchc.workbook.ui.rounds.RoundsViewModel;
import vn.cchc.workbook.ui.rounds.SendStepDialog;
import vn.cchc.workbook.ui.rounds.SendStepViewModel;

/**
 * Every kind of dialog opens centred on its owner and wholly inside the screen's visual bounds (the title bar
 * reachable), on a 1366×768 and a 1280×720 screen; content taller than the screen scrolls inside the dialog.
 * The virtual screen is 1920×1200; {@code cchc.screen} makes the program see the smaller one.
 */
class DialogPlacementTest extends AppWindowTest {

    @AfterEach
    void forgetScreen() {
        System.clearProperty(ScreenFit.SCREEN_PROPERTY);
    }

    @Test
    void everyDialogOpensCentredInsideA1366x768Screen(FxRobot robot) {
        everyDialogFits(robot, 1366, 768);
    }

    @Test
    void everyDialogOpensCentredInsideA1280x720Screen(FxRobot robot) {
        everyDialogFits(robot, 1280, 720);
    }

    @Test
    void contentTallerThanTheScreenScrollsInsideTheDialog() {
        System.setProperty(ScreenFit.SCREEN_PROPERTY, "1366x768");
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Window shown = open(() -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(stage);
            Dialogs.style(dialog.getDialogPane(), stage);
            VBox lines = new VBox();
            for (int i = 1; i <= 120; i++) {
                lines.getChildren().add(new Label("Dòng " + i));
            }
            dialog.getDialogPane().setContent(lines);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
            dialog.showAndWait();
        });
        assertInside("tall content", shown, new Rectangle2D(0, 0, 1366, 768));
        assertThat(shown.getHeight()).isLessThanOrEqualTo(768);
        assertThat(shown.getScene().getRoot().lookup("#dialogScroll")).isInstanceOf(ScrollPane.class);
        ScrollPane scroll = (ScrollPane) shown.getScene().getRoot().lookup("#dialogScroll");
        assertThat(scroll.getViewportBounds().getHeight()).as("a visible part of the list").isGreaterThan(300);
        assertThat(scroll.getContent().getBoundsInLocal().getHeight()).isGreaterThan(
                scroll.getViewportBounds().getHeight());
        fx(shown::hide);
    }

    @Test
    void aLongMessageWrapsAtAReadableWidthInsteadOfSpanningTheScreen() {
        System.setProperty(ScreenFit.SCREEN_PROPERTY, "1366x768");
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        String message = "Lần trước chương trình đã đóng khi sổ “Hiền Thành” (6 tháng đầu năm 2023) còn thay đổi chưa "
                + "lưu ra tệp. Mọi giá trị đã nhập vẫn còn nguyên. Mở lại sổ này để làm tiếp?";
        Window shown = open(() -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(stage);
            Dialogs.style(dialog.getDialogPane(), stage);
            dialog.getDialogPane().setContentText(message);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.showAndWait();
        });
        assertInside("message", shown, new Rectangle2D(0, 0, 1366, 768));
        assertThat(shown.getWidth()).as("a message wraps instead of spanning the screen")
                .isLessThanOrEqualTo(Dialogs.READABLE_TEXT_WIDTH + 100);
        Label text = (Label) shown.getScene().getRoot().lookup(".dialog-pane > .content");
        assertThat(text.getText()).isEqualTo(message);
        assertThat(vn.cchc.workbook.ui.look.Truncation.find(shown.getScene().getRoot())).as("nothing cut").isEmpty();
        fx(shown::hide);
    }

    @Test
    void theAnalysisWindowOpensFittedToTheScreenAndWhereTheUserLeftItNextTime(FxRobot robot) {
        System.setProperty(ScreenFit.SCREEN_PROPERTY, "1366x768");
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();

        Window first = open(() -> menuItem("menuTargets").fire());
        assertInside("Phân tích", first, new Rectangle2D(0, 0, 1366, 768));
        assertThat(first.getWidth()).isEqualTo(1240);
        assertThat(first.getHeight()).isEqualTo(760);
        fx(() -> {
            first.setX(30);
            first.setY(40);
            first.setWidth(1000);
            first.setHeight(620);
        });
        fx(first::hide);
        assertThat(services.settings().place("analysis")).map(WindowMemory.Place::bounds)
                .contains(new Rectangle2D(30, 40, 1000, 620));

        Window again = open(() -> menuItem("menuCharts").fire());
        assertThat(new Rectangle2D(again.getX(), again.getY(), again.getWidth(), again.getHeight()))
                .isEqualTo(new Rectangle2D(30, 40, 1000, 620));
        fx(again::hide);
    }

    private void everyDialogFits(FxRobot robot, double width, double height) {
        System.setProperty(ScreenFit.SCREEN_PROPERTY, (int) width + "x" + (int) height);
        Rectangle2D screen = new Rectangle2D(0, 0, width, height);
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Assessment assessment = session().assessment();
        List<Change> changes = new ArrayList<>();
        for (var leaf : assessment.criteria().leaves()) {
            changes.add(new Change(leaf.code(), leaf.title(), Field.SELF, "1,00", "0,50"));
        }
        var department = assessment.departments().get(0);

        List<String> failures = new ArrayList<>();
        check(failures, "Vòng thẩm định và hạn nộp", screen, () ->
                new RoundsDialog(stage, new RoundsViewModel(session()), LocalDate.now(), true).showAndWait());
        check(failures, "Gửi …", screen, () -> new SendStepDialog(stage, new SendStepViewModel(assessment,
                Stage.SENT_FOR_APPRAISAL, LocalDate.now(), true, 3)).showAndWait());
        check(failures, "Còn thiếu", screen, () -> new MissingDialog(stage, assessment).showAndWait());
        check(failures, "Thông tin sổ", screen, () -> new WorkbookInfoDialog(stage,
                new WorkbookInfoViewModel(session()), new RoundsViewModel(session())).showAndWait());
        check(failures, "Tệp gửi lại", screen, () ->
                new ReturnedFileDialog(stage, "Hiền Thành trả lại.cchc", changes, true, shown -> { }).showAndWait());
        check(failures, "Gộp phần", screen, () -> new PartMergeDialog(stage, "Phần Văn phòng.cchc",
                new PartMergeViewModel(department.name(), new DepartmentParts.MergeResult(assessment,
                        changes, List.of(), List.of())), shown -> { }).showAndWait());
        check(failures, "Gửi phần", screen, () -> new SendPartDialog(stage,
                assessment.departments().stream().map(d -> new DepartmentPartFiles.Choice(d, 12)).toList(),
                d -> 2, false).showAndWait());
        check(failures, "Các vòng trước", screen, () -> new EarlierRoundsDialog(stage, "Hiền Thành",
                List.of(new ReturnedFiles.Round(1, Instant.parse("2023-07-01T08:00:00Z"), "Thẩm định lần 1", 40_000),
                        new ReturnedFiles.Round(2, Instant.parse("2023-07-20T08:00:00Z"), "Giải trình", 41_000)))
                .showAndWait());
        assertThat(failures).as("dialogs placed wrongly at " + (int) width + "×" + (int) height).isEmpty();
    }

    private void check(List<String> failures, String name, Rectangle2D screen, Runnable showAndWait) {
        Window shown = open(showAndWait);
        try {
            // Sized to its content, not the empty 200×200 box a resizable dialog gets on Linux.
            assertThat(shown.getWidth()).as(name + " width").isGreaterThan(250);
            assertThat(shown.getHeight()).as(name + " height").isGreaterThan(150);
            assertInside(name, shown, screen);
            double dx = Math.abs(shown.getX() + shown.getWidth() / 2 - (stage.getX() + stage.getWidth() / 2));
            double dy = Math.abs(shown.getY() + shown.getHeight() / 2 - (stage.getY() + stage.getHeight() / 2));
            if (dx > 2 || dy > 2) {
                failures.add(name + " not centred on its owner: off by " + dx + ", " + dy);
            }
            var pane = shown.getScene().getRoot();
            if (pane.getLayoutBounds().getHeight() + 1 < pane.minHeight(pane.getLayoutBounds().getWidth())) {
                failures.add(name + " cut: " + pane.getLayoutBounds().getHeight() + " high, needs "
                        + pane.minHeight(pane.getLayoutBounds().getWidth()));
            }
        } catch (AssertionError wrong) {
            failures.add(wrong.getMessage());
        } finally {
            fx(shown::hide);
        }
    }

    private static void assertInside(String name, Window shown, Rectangle2D screen) {
        assertThat(new Rectangle2D(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight()))
                .as(name + " within the screen " + screen)
                .matches(bounds -> bounds.getMinX() >= screen.getMinX() && bounds.getMinY() >= screen.getMinY()
                        && bounds.getMaxX() <= screen.getMaxX() && bounds.getMaxY() <= screen.getMaxY(),
                        "lies within " + screen);
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        var bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /** Starts a modal dialog on the JavaFX thread and returns its window once it is shown and placed. */
    private static Window open(Runnable showAndWait) {
        List<Window> before = new ArrayList<>(Window.getWindows());
        javafx.application.Platform.runLater(showAndWait);
        Supplier<Window> opened = () -> Window.getWindows().stream()
                .filter(w -> !before.contains(w) && w.isShowing()).findFirst().orElse(null);
        waitUntil(() -> opened.get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }
}
