package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** At the narrowest the main window can be made (960 pixels), the scoring view's filters keep their names. */
class NarrowWindowTest extends AppWindowTest {

    @Test
    void theFiltersKeepTheirNamesAtTheNarrowestWindow(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        double before = stage.getWidth();
        fx(() -> stage.setWidth(stage.getMinWidth()));
        waitUntil(() -> stage.getWidth() <= 960);
        try {
            check(robot);
        } finally {
            // The primary stage is shared with the next test classes, which set a scene but not a size.
            fx(() -> stage.setWidth(before));
        }
    }

    private void check(FxRobot robot) {
        // They read "Có …", "Ch…" and "Không…" there.
        for (String id : new String[] {"#scoring-only-deductions", "#scoring-only-unscored",
                "#scoring-only-not-applicable", "#scoring-clear-filter"}) {
            Labeled filter = robot.lookup(id).queryLabeled();
            Text shown = (Text) filter.lookup(".text");
            assertThat(shown.getText()).as(id).isEqualTo(filter.getText());
        }
    }
}
