package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.start.RecentWorkbook;

/**
 * The start screen in the real window shows a workbook's new figures after it was edited and closed, and its new
 * stage after it was locked: the list keeps the figures of unchanged workbooks, never those of a changed one.
 */
class StartListWindowTest extends AppWindowTest {

    @Test
    void anEditedAndClosedWorkbookShowsItsNewIndexAndStage(FxRobot robot) {
        waitForStore();
        @SuppressWarnings("unchecked")
        TableView<RecentWorkbook> recent = robot.lookup("#recentTable").queryAs(TableView.class);
        robot.clickOn("#startSample");
        waitForWorkbook();
        String id = session().assessment().id();
        waitUntil(() -> row(recent, id).isPresent() && !window.actions().isRefreshingRecent());
        String before = row(recent, id).orElseThrow().index();

        Entry appraised = session().assessment().entries().values().stream()
                .filter(e -> e.firstAppraisal() instanceof RuleInput.PointsInput p && p.points().signum() > 0)
                .findFirst().orElseThrow();
        fx(() -> session().apply(appraised.withFirstAppraisal(new RuleInput.PointsInput(BigDecimal.ZERO))));
        String expected = Points.format(session().scorecard().totals(Track.APPRAISED).index());
        closeWithoutSaving(robot);

        waitUntil(() -> row(recent, id).map(r -> r.index().equals(expected)).orElse(false));
        assertThat(expected).isNotEqualTo(before);

        // Opened again from the list and locked: the stage column says so after closing.
        fx(() -> window.actions().openRecent(row(recent, id).orElseThrow()));
        waitForWorkbook();
        fx(() -> session().setLocked(true));
        closeWithoutSaving(robot);

        waitUntil(() -> row(recent, id).map(r -> r.round().equals("Đã chốt kết quả")).orElse(false));
        assertThat(row(recent, id).orElseThrow().index()).isEqualTo(expected);
    }

    @Test
    void theRowThatEnterOpensStandsOutWhileTheListHasTheKeyboard(FxRobot robot) {
        waitForStore();
        @SuppressWarnings("unchecked")
        TableView<RecentWorkbook> recent = robot.lookup("#recentTable").queryAs(TableView.class);
        if (recent.getItems().isEmpty()) {
            robot.clickOn("#startSample");
            waitForWorkbook();
            robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
            waitUntil(() -> window.model().session() == null);
        }
        waitUntil(() -> !recent.getItems().isEmpty() && !window.actions().isRefreshingRecent());

        fx(() -> {
            recent.requestFocus();
            recent.getSelectionModel().select(0);
        });
        // The theme's grey (#eaeef2) was the same with the keyboard or without: hardly seen on white.
        waitUntil(() -> recent.isFocused() && rowFills(recent, 0).contains(SELECTED_WITH_KEYBOARD));

        fx(() -> robot.lookup("#startNew").query().requestFocus());
        waitUntil(() -> !recent.isFocused() && !rowFills(recent, 0).contains(SELECTED_WITH_KEYBOARD));
        assertThat(recent.getSelectionModel().getSelectedIndex()).isZero();
    }

    /** The theme's {@code -color-accent-muted}, which app.css gives a focused list's selected row. */
    private static final javafx.scene.paint.Color SELECTED_WITH_KEYBOARD =
            javafx.scene.paint.Color.rgb(84, 174, 255, 0.4);

    private static java.util.List<javafx.scene.paint.Paint> rowFills(TableView<?> table, int index) {
        return table.lookupAll(".table-row-cell").stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(row -> row.getIndex() == index && row.getBackground() != null)
                .flatMap(row -> row.getBackground().getFills().stream())
                .map(javafx.scene.layout.BackgroundFill::getFill)
                .toList();
    }

    @Test
    void atTheWindowsNarrowestTheWaysInKeepTheirWords(FxRobot robot) {
        waitForStore();
        // The window cannot be made narrower than 960 pixels; there the buttons showed only "…".
        double before = stage.getWidth();
        fx(() -> stage.setWidth(stage.getMinWidth()));
        waitUntil(() -> stage.getWidth() <= 960);
        try {
            for (String id : new String[] {"#startNew", "#startOpen", "#startSample"}) {
                javafx.scene.control.Labeled button = robot.lookup(id).queryLabeled();
                javafx.scene.text.Text shown = (javafx.scene.text.Text) button.lookup(".text");
                assertThat(shown.getText()).as(id).isEqualTo(button.getText());
            }
        } finally {
            // The primary stage is shared with the next test classes, which set a scene but not a size.
            fx(() -> stage.setWidth(before));
        }
    }

    @Test
    void inAWindowOfTwelveHundredPixelsTheLastEditedTimeIsWhole(FxRobot robot) {
        waitForStore();
        // Not maximised, the constrained columns shrank "Sửa lần cuối" to its header: "06/12/2026 22:…".
        double before = stage.getWidth();
        fx(() -> stage.setWidth(1200));
        waitUntil(() -> Math.abs(stage.getWidth() - 1200) < 1);
        try {
            TableView<?> recent = robot.lookup("#recentTable").queryAs(TableView.class);
            javafx.scene.control.TableColumn<?, ?> lastEdited = recent.getColumns().stream()
                    .filter(c -> "recentLastEdited".equals(c.getId())).findFirst().orElseThrow();
            javafx.scene.text.Text dateTime = new javafx.scene.text.Text("28/12/2026 22:58");
            dateTime.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14));
            waitUntil(() -> lastEdited.getWidth() > 0);
            assertThat(lastEdited.getWidth()).isGreaterThan(dateTime.getLayoutBounds().getWidth() + 16);
        } finally {
            fx(() -> stage.setWidth(before));
        }
    }

    private void closeWithoutSaving(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("Không lưu").tryQuery().isPresent());
        robot.clickOn("Không lưu");
        waitUntil(() -> window.model().session() == null);
    }

    private static Optional<RecentWorkbook> row(TableView<RecentWorkbook> recent, String id) {
        return recent.getItems().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
