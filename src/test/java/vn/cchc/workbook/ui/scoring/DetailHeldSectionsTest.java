package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scoring view made before the window's first frame (decision 49) shows the criterion, its scores and its guidance
 * at once and its lower sections (evidence, texts, remedy, departments) when they are released, filled for the
 * criterion selected by then; asking for one of their fields releases them first.
 */
@ExtendWith(ApplicationExtension.class)
class DetailHeldSectionsTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    @TempDir
    Path folder;

    private ScoringHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScoringHarness(folder, CommuneFixture.scored());
        harness.view.holdLowerDetails();
        harness.model.setSelectedCode("1.4.1");
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.store.close();
    }

    private NodeQuery inView(FxRobot robot, String query) {
        return robot.from(harness.view.getRoot()).lookup(query);
    }

    @Test
    void theLowerSectionsComeWhenReleasedForTheCriterionSelectedThen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(robot, "#detail-self").tryQuery()).isPresent();
        assertThat(inView(robot, "#detail-opinion").tryQuery()).isEmpty();
        assertThat(inView(robot, ".evidence-table").tryQuery()).isEmpty();

        // Another criterion while held: still held, and released for that one.
        robot.interact(() -> harness.model.setSelectedCode("1.4.2"));
        assertThat(inView(robot, "#detail-opinion").tryQuery()).isEmpty();
        robot.interact(harness.view::releaseLowerDetails);

        assertThat(inView(robot, "#detail-opinion").queryAs(TextArea.class).getText())
                .isEqualTo("Chưa có hình thức tuyên truyền mới như cuộc thi tìm hiểu về CCHC.");
        assertThat(inView(robot, "#detail-remedy").tryQuery()).isPresent();
        assertThat(inView(robot, "#detail-department-choice").tryQuery()).isPresent();

        // Every later criterion is built whole at once.
        robot.interact(() -> harness.model.setSelectedCode("1.4.1"));
        assertThat(inView(robot, "#detail-opinion").queryAs(TextArea.class).getText())
                .startsWith("Đơn vị chưa thống kê được đã hoàn thành bao nhiêu nhiệm vụ");
        assertThat(inView(robot, ".evidence-table").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void goingToTheDetailPaneBuildsThemFirst(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(robot, "#detail-opinion").tryQuery()).isEmpty();

        robot.interact(harness.view::focusTable);
        robot.type(KeyCode.F6);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(robot, "#detail-opinion").queryAs(TextArea.class).getText())
                .startsWith("Đơn vị chưa thống kê được đã hoàn thành bao nhiêu nhiệm vụ");
        assertThat(harness.view.getRoot().getScene().getFocusOwner().getId()).isEqualTo("detail-self");
    }
}
