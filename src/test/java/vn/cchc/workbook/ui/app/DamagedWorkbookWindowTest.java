package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.CchcFixtures;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.ui.start.RecentWorkbook;

/**
 * The window starts over a store that holds a workbook with points {@code 0E-100000000} (once enough to hang every
 * start): the start screen lists it as damaged next to a sound one, says why when it is selected, refuses to open
 * it, and deletes it on request.
 */
class DamagedWorkbookWindowTest extends AppWindowTest {

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        AppSettings.load(dir).save();
        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment rich = CchcFixtures.rich();
            store.createAssessment(rich.withId("lanh").withDescription(new AssessedUnit("Xã Lành",
                    rich.unit().level(), "", ""), rich.period(), rich.year()));
            Map<String, Entry> entries = new LinkedHashMap<>(rich.entries());
            entries.put("1.2", rich.entry("1.2")
                    .withFirstAppraisal(new RuleInput.PointsInput(new BigDecimal("0E-100000000"))));
            store.createAssessment(new Assessment("hong", new AssessedUnit("Xã Hỏng", rich.unit().level(), "", ""),
                    rich.period(), rich.year(), rich.criteria(), rich.departments(), entries, false, "", null));
        }
    }

    @Test
    void theDamagedWorkbookIsListedExplainedRefusedAndDeleted(FxRobot robot) {
        TableView<RecentWorkbook> table = robot.lookup("#recentTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        RecentWorkbook damaged = table.getItems().stream().filter(RecentWorkbook::isDamaged).findFirst()
                .orElseThrow();
        assertThat(damaged.unit()).isEqualTo("Xã Hỏng");
        assertThat(damaged.index()).isEqualTo("Hỏng");
        assertThat(robot.lookup("#damagedBar").query().isVisible()).as("nothing damaged selected").isFalse();

        robot.doubleClickOn("Xã Hỏng");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(((Label) robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContent()).getText())
                .contains("Xã Hỏng").contains("bị hỏng nên không mở được").contains("0E-100000000");
        assertThat(window.model().session()).isNull();
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));
        WaitForAsyncUtilsBridge.settle();

        robot.clickOn("Xã Hỏng");
        Label reason = robot.lookup("#damagedReason").queryAs(Label.class);
        waitUntil(() -> robot.lookup("#damagedBar").query().isVisible());
        assertThat(reason.getText()).contains("Xã Hỏng").contains("1.2");

        robot.clickOn("#damagedDelete");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Xóa".equals(b.getText())).queryButton());
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems()).extracting(RecentWorkbook::unit).containsExactly("Xã Lành");
        assertThat(services.store().containsAssessment("hong")).isFalse();
    }

    /** Lets the dialog close before the next click. */
    private static final class WaitForAsyncUtilsBridge {
        static void settle() {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
