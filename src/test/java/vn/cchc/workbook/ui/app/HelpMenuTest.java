package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.ui.common.AppLog;

/** Trợ giúp: the user guide window with its headings, and "Giới thiệu" with the data folder and the log file. */
class HelpMenuTest extends AppWindowTest {

    @Test
    void theGuideOpensFromTheMenuWithItsHeadings(FxRobot robot) {
        waitForStore();
        fx(() -> menuItem(robot, "menuGuide").fire());
        waitUntil(() -> robot.lookup("#helpContents").tryQuery().isPresent());

        Stage help = helpStage();
        assertThat(help.getTitle()).isEqualTo("Hướng dẫn sử dụng — Sổ chấm điểm CCHC");
        ListView<String> contents = robot.lookup("#helpContents").queryListView();
        // Every heading of the guide, in order, and the guide covers what a clerk looks for first.
        assertThat(contents.getItems()).containsExactlyElementsOf(vn.cchc.workbook.ui.help.UserGuide.bundled().headings())
                .contains("Bắt đầu", "Chấm điểm", "Nhập điểm bằng bàn phím như trong Excel", "Xuất báo cáo Excel",
                        "Soạn công văn, báo cáo, kế hoạch (Word)", "Sao lưu và khôi phục dữ liệu",
                        "Dữ liệu và hỗ trợ");
        assertThat(text(robot, "#helpTitle")).isEqualTo("Hướng dẫn sử dụng Sổ chấm điểm CCHC");
        List<String> shown = robot.lookup("#helpContent").lookup(".help-heading").queryAllAs(TextFlow.class).stream()
                .map(HelpMenuTest::textOf).toList();
        assertThat(shown).containsExactlyElementsOf(contents.getItems());
        // Every heading whole in the contents list (long ones wrap), with no sideways scroll bar.
        for (javafx.scene.Node cell : contents.lookupAll(".list-cell")) {
            javafx.scene.control.ListCell<?> row = (javafx.scene.control.ListCell<?>) cell;
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) row.lookup(".text");
            if (row.getItem() != null && drawn != null) {
                assertThat(drawn.getText()).as("contents row").isEqualTo(row.getItem());
            }
        }
        assertThat(contents.lookupAll(".scroll-bar").stream().filter(b -> b instanceof javafx.scene.control.ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible())).isEmpty();

        // Choosing the last heading scrolls the page down to it.
        ScrollPane scroll = (ScrollPane) help.getScene().lookup(".scroll-pane");
        assertThat(scroll.getVvalue()).isZero();
        fx(() -> contents.getSelectionModel().selectLast());
        assertThat(scroll.getVvalue()).isGreaterThan(0.5);

        // A second "Hướng dẫn sử dụng" brings the same window back rather than opening another.
        fx(() -> menuItem(robot, "menuGuide").fire());
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Hướng dẫn sử dụng — Sổ chấm điểm CCHC".equals(s.getTitle())).count()).isEqualTo(1);
        fx(help::close);
    }

    @Test
    void aboutShowsVersionDataFolderDatabaseAndLog(FxRobot robot) throws Exception {
        waitForStore();
        List<Path> opened = new ArrayList<>();
        fx(() -> window.systemViewer().setOpener(opened::add));
        fx(() -> menuItem(robot, "menuAbout").fire());
        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());

        assertThat(field(robot, "#aboutDataFolder")).isEqualTo(dataDir.toAbsolutePath().toString());
        assertThat(field(robot, "#aboutDatabaseFile"))
                .isEqualTo(services.store().databaseFile().toAbsolutePath().toString())
                .startsWith(dataDir.toAbsolutePath().toString());
        Path expectedLog = AppLog.logFileName().isEmpty()
                ? dataDir.resolve("logs").resolve("cchc-workbook0.log") : Path.of(AppLog.logFileName());
        assertThat(field(robot, "#aboutLogFile")).isEqualTo(expectedLog.toAbsolutePath().toString());
        assertThat(field(robot, "#aboutVersion")).isNotBlank();
        assertThat(text(robot, "#aboutOffline")).isEqualTo("Không cần mạng; không gửi dữ liệu đi đâu.");

        robot.clickOn("#aboutOpenDataFolder");
        assertThat(opened).containsExactly(dataDir.toAbsolutePath());

        DialogPane pane = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        Button close = robot.from(pane).lookup(".button").match((Button b) -> "Đóng".equals(b.getText())).queryButton();
        robot.clickOn(close);
        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isEmpty());
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static Stage helpStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Hướng dẫn sử dụng")).map(Stage.class::cast).findFirst().orElseThrow();
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static String textOf(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(node -> text.append(((Text) node).getText()));
        return text.toString();
    }
}
