package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.ui.common.ScreenFit;
import vn.cchc.workbook.ui.look.Truncation;

/**
 * The real window with the sample workbook at 1366×768 and at 1280×720 (a 1600×900 screen at 125 % scaling shows
 * 1280×720): no labelled control, column header or message may be cut short, and every tool bar button must be
 * reachable without an overflow menu. The windows are also written to target/ui-look/*.png for a person to look at.
 */
class WindowLookTest extends AppWindowTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @Test
    void nothingIsCutAt1366x768(FxRobot robot) throws IOException {
        lookAt(robot, 1366, 768);
    }

    @Test
    void nothingIsCutAt1280x720(FxRobot robot) throws IOException {
        lookAt(robot, 1280, 720);
    }

    /**
     * The start screen at the main window's minimum size (960×600): its buttons keep their words (they showed only
     * their icons and "…", the list having taken the room) and the list's headers and cells are whole or whole on
     * hover.
     */
    @Test
    void theStartScreenIsWholeAtTheWindowsMinimumSize(FxRobot robot) throws IOException {
        fx(() -> {
            stage.setWidth(960);
            stage.setHeight(600);
        });
        waitForStore();
        javafx.scene.control.TableView<?> recent = robot.lookup("#recentTable").queryAs(
                javafx.scene.control.TableView.class);
        robot.clickOn("#startSample");
        waitForWorkbook();
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> window.model().session() == null && !recent.getItems().isEmpty()
                && !window.actions().isRefreshingRecent());
        List<String> cut = new ArrayList<>();
        check(stage, "start-960x600", cut);
        assertThat(cut).as("texts cut short at 960×600").isEmpty();
    }

    private void lookAt(FxRobot robot, double width, double height) throws IOException {
        String size = (int) width + "x" + (int) height;
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        List<String> cut = new ArrayList<>();

        // A criterion with long department names and a levels rule, selected as a clerk would.
        fx(() -> window.model().session());
        String levelCode = session().assessment().criteria().leaves().stream()
                .filter(n -> n.rule() instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Levels)
                .map(vn.cchc.workbook.domain.criteria.CriterionNode::code).findFirst().orElseThrow();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL).write(levelCode).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        check(stage, "main-" + size, cut);
        for (javafx.scene.Node button : robot.lookup(".tool-bar .button").queryAll()) {
            assertThat(button.getLayoutBounds().getWidth()).as("tool bar button %s", button.getId()).isPositive();
        }
        assertThat(robot.lookup(".tool-bar-overflow-button").tryQuery()).as("no overflow menu").isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        check(stage, "summary-" + size, cut);
        // Every column of the department table in sight: "Bị trừ" was behind a sideways scroll bar.
        javafx.scene.control.TableView<?> departments = robot.lookup("#summary-departments")
                .queryAs(javafx.scene.control.TableView.class);
        assertThat(departments.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum())
                .as("summary department columns at " + size)
                .isLessThanOrEqualTo(departments.getWidth() - departments.snappedLeftInset()
                        - departments.snappedRightInset());
        // The figures' headings stand right-aligned over them; the names' heading keeps the left.
        List<javafx.scene.control.Label> headings = robot.from(departments).lookup(".column-header .label")
                .queryAllAs(javafx.scene.control.Label.class).stream().toList();
        assertThat(headings).hasSize(5);
        assertThat(headings.stream().map(javafx.scene.control.Label::getAlignment).toList()).as("headings at " + size)
                .containsExactly(javafx.geometry.Pos.CENTER_LEFT, javafx.geometry.Pos.CENTER_RIGHT,
                        javafx.geometry.Pos.CENTER_RIGHT, javafx.geometry.Pos.CENTER_RIGHT,
                        javafx.geometry.Pos.CENTER_RIGHT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);

        // Linked to an earlier period, so the comparison shows its rank fields ("xếp thứ", collapsed at first).
        fx(() -> session().setEarlierPeriod(vn.cchc.workbook.domain.comparison.EarlierPeriods.of(
                session().assessment(), "xếp thứ 4/18")));
        System.setProperty(ScreenFit.SCREEN_PROPERTY, size);
        try {
            for (String menu : List.of("menuTargets", "menuCompare", "menuCharts", "menuRanking", "menuCriteria")) {
                Window opened = openFromMenu(menu);
                if (menu.equals("menuCriteria")) {
                    fx(() -> {
                        if (opened instanceof Stage other) {
                            other.setWidth(Math.min(other.getWidth(), width));
                            other.setHeight(Math.min(other.getHeight(), height));
                        }
                    });
                } else {
                    // The analysis and ranking windows fit themselves to the screen, title bar included.
                    assertThat(opened.getX()).as(menu + " x").isBetween(0.0, width - opened.getWidth());
                    assertThat(opened.getY()).as(menu + " y").isBetween(0.0, height - opened.getHeight());
                    assertThat(opened.getWidth()).as(menu + " width").isGreaterThan(width * 0.85);
                    assertThat(opened.getHeight()).as(menu + " height").isGreaterThan(height * 0.85);
                }
                check(opened, menu + "-" + size, cut);
                String section = menu.equals("menuCompare") ? "#compare-field-ranks"
                        : menu.equals("menuRanking") ? "#ranking-sheet-options" : null;
                if (section != null) {
                    javafx.scene.control.TitledPane pane = (javafx.scene.control.TitledPane) opened.getScene()
                            .getRoot().lookup(section);
                    assertThat(pane.isVisible()).as(section).isTrue();
                    fx(() -> {
                        pane.setAnimated(false);
                        pane.setExpanded(true);
                    });
                    check(opened, menu + "-open-" + size, cut);
                }
                fx(opened::hide);
            }
        } finally {
            System.clearProperty(ScreenFit.SCREEN_PROPERTY);
        }
        assertThat(cut).as("texts cut short at " + size).isEmpty();
    }

    private Window openFromMenu(String id) {
        List<Window> before = new ArrayList<>(Window.getWindows());
        fx(() -> findItem(id).fire());
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> !before.contains(w) && w.isShowing()));
        return Window.getWindows().stream().filter(w -> !before.contains(w) && w.isShowing()).findFirst()
                .orElseThrow();
    }

    private MenuItem findItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().getRoot()
                .lookup(".menu-bar");
        for (var menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private void check(Window shown, String name, List<String> cut) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = shown.getScene();
        AtomicReference<List<String>> found = new AtomicReference<>();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        fx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.set(Truncation.find(scene.getRoot()));
            image.set(scene.snapshot(null));
        });
        found.get().forEach(text -> cut.add(name + ": " + text));
        Path folder = Path.of("target", "ui-look");
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", folder.resolve(name + ".png").toFile());
    }
}
