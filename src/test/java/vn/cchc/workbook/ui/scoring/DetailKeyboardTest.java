package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;

/**
 * The detail pane by keyboard alone: for five criteria in a row, the opinion, the remedy with its deadline, a
 * responsible department and không áp dụng are entered without one mouse event (the test fails if the view
 * receives any).
 */
@ExtendWith(ApplicationExtension.class)
class DetailKeyboardTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    @TempDir
    Path folder;

    private ScoringHarness harness;
    private int mouseEvents;

    @Start
    void start(Stage stage) {
        harness = new ScoringHarness(folder, CommuneFixture.fresh());
        harness.show(stage);
        harness.view.getRoot().addEventFilter(MouseEvent.ANY, event -> {
            if (event.getEventType() != MouseEvent.MOUSE_MOVED && event.getEventType() != MouseEvent.MOUSE_ENTERED
                    && event.getEventType() != MouseEvent.MOUSE_EXITED
                    && event.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET
                    && event.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
                mouseEvents++;
            }
        });
    }

    @AfterEach
    void close() {
        harness.store.close();
    }

    @Test
    void fiveCriteriaInARowByKeyboardAlone(FxRobot robot) {
        robot.interact(() -> harness.view.focusTable());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL).write("1.4.1").type(KeyCode.ENTER);
        robot.type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detail-self");

        List<String> codes = List.of("1.4.1", "1.4.2", "1.5.1", "1.5.2", "1.5.3");
        for (int i = 0; i < codes.size(); i++) {
            assertThat(harness.model.getSelectedCode()).isEqualTo(codes.get(i));
            tabUntil(robot, "detail-not-applicable", false);
            robot.type(KeyCode.SPACE);
            tabUntil(robot, "detail-opinion", false);
            robot.write("Ý kiến số " + (i + 1)).type(KeyCode.TAB);
            assertThat(focusedId(robot)).isEqualTo("detail-remedy");
            robot.write("Bổ sung tài liệu " + (i + 1)).type(KeyCode.TAB);
            assertThat(focusedId(robot)).isEqualTo("detail-deadline");
            robot.write("31/10/2023").type(KeyCode.TAB);
            tabUntil(robot, "detail-department-choice", false);
            robot.type(KeyCode.T, KeyCode.I);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            // Back up to the first field of the pane's form and on to the next criterion, in the same field.
            tabUntil(robot, "detail-not-applicable", true);
            robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            if (i + 1 < codes.size()) {
                assertThat(focusedId(robot)).as("after Alt+Down to %s", codes.get(i + 1))
                        .isEqualTo("detail-not-applicable");
            }
        }

        Assessment stored = harness.stored();
        for (int i = 0; i < codes.size(); i++) {
            Entry entry = stored.entry(codes.get(i));
            assertThat(entry.notApplicable()).as("không áp dụng on %s", codes.get(i)).isTrue();
            assertThat(entry.appraisalOpinion()).isEqualTo("Ý kiến số " + (i + 1));
            assertThat(entry.remedy().measure()).isEqualTo("Bổ sung tài liệu " + (i + 1));
            assertThat(entry.remedy().deadline()).isEqualTo(LocalDate.of(2023, 10, 31));
            assertThat(entry.responsibilities()).extracting(Responsibility::departmentId)
                    .contains(stored.departments().stream()
                            .filter(d -> d.name().equals(CommuneFixture.MOT_CUA)).findFirst().orElseThrow().id());
        }
        assertThat(harness.model.getSelectedCode()).isEqualTo("1.5.4");
        assertThat(mouseEvents).as("mouse events on the view").isZero();
    }

    @Test
    void f6FromTheOpinionOrDepartmentColumnGoesToThatField(FxRobot robot) {
        robot.interact(() -> harness.view.focusTable());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL).write("1.4.1").type(KeyCode.ENTER);
        // Tự đánh giá → Thẩm định → Điểm trừ → Đơn vị phụ trách → Ý kiến thẩm định.
        robot.type(KeyCode.RIGHT, 4);
        robot.type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detail-opinion");
        robot.write("Chưa có kế hoạch tuyên truyền").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.stored().entry("1.4.1").appraisalOpinion()).isEqualTo("Chưa có kế hoạch tuyên truyền");

        robot.type(KeyCode.F6);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detail-department-choice");

        // From a score column F6 still goes to the pane's first field.
        robot.type(KeyCode.F6);
        robot.type(KeyCode.LEFT, 3);
        robot.type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detail-self");
        assertThat(mouseEvents).as("mouse events on the view").isZero();
    }

    /**
     * A share stored with Enter rebuilds the section's lines: the keyboard stays on that department's share, so Tab
     * goes on to the picker and the next department. It went nowhere (the field had left the window) and every key
     * after it was lost until a click.
     */
    @Test
    void aShareStoredWithEnterKeepsTheKeyboardForTheNextDepartment(FxRobot robot) {
        robot.interact(() -> harness.view.focusTable());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL).write("1.4.1").type(KeyCode.ENTER);
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detail-department-choice");
        robot.type(KeyCode.T, KeyCode.I);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB, 2).release(KeyCode.SHIFT);
        assertThat(focusedShare(robot)).isEqualTo("");
        robot.write("0,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(focusedShare(robot)).as("the keyboard on the share just stored").isEqualTo("0,5");
        robot.type(KeyCode.TAB, 2);
        assertThat(focusedId(robot)).isEqualTo("detail-department-choice");
        robot.type(KeyCode.T, KeyCode.H).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Assessment stored = harness.stored();
        assertThat(stored.entry("1.4.1").responsibilities()).extracting(r -> stored.departments().stream()
                .filter(d -> d.id().equals(r.departmentId())).findFirst().orElseThrow().name(), Responsibility::points)
                .contains(org.assertj.core.groups.Tuple.tuple(CommuneFixture.MOT_CUA, new BigDecimal("0.5")),
                        org.assertj.core.groups.Tuple.tuple(CommuneFixture.VAN_PHONG, null));
        assertThat(mouseEvents).as("mouse events on the view").isZero();
    }

    /** The text of the department share field holding the keyboard, or null when the keyboard is elsewhere. */
    private String focusedShare(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            Node focused = harness.view.getRoot().getScene().getFocusOwner();
            text.set(focused instanceof javafx.scene.control.TextField field
                    && field.getStyleClass().contains("detail-share") ? field.getText() : null);
        });
        return text.get();
    }

    @Test
    void altDownWritesOneOpinionAfterAnotherInTheSameField(FxRobot robot) {
        robot.interact(() -> harness.view.focusTable());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL).write("1.4.1").type(KeyCode.ENTER);
        robot.type(KeyCode.RIGHT, 4).type(KeyCode.F6);
        assertThat(focusedId(robot)).isEqualTo("detail-opinion");
        robot.write("Ý kiến một");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        // The next criterion's pane was built anew: the keyboard is in its opinion field, not lost in the pane.
        assertThat(harness.model.getSelectedCode()).isEqualTo("1.4.2");
        assertThat(focusedId(robot)).isEqualTo("detail-opinion");
        robot.write("Ý kiến hai");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.stored().entry("1.4.1").appraisalOpinion()).isEqualTo("Ý kiến một");
        assertThat(harness.stored().entry("1.4.2").appraisalOpinion()).isEqualTo("Ý kiến hai");
        assertThat(mouseEvents).as("mouse events on the view").isZero();
    }

    @Test
    void tabNeverTypesATabCharacterAndCtrlTabDoes(FxRobot robot) {
        robot.interact(() -> harness.model.setSelectedCode("2.1"));
        robot.interact(() -> harness.view.getRoot().lookup("#detail-remedy").requestFocus());
        robot.write("Một").type(KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("detail-deadline");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedId(robot)).isEqualTo("detail-remedy");
        robot.type(KeyCode.END).press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL).write("hai");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.stored().entry("2.1").remedy().measure()).isEqualTo("Một\thai");
    }

    private String focusedId(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> id = new AtomicReference<>();
        robot.interact(() -> {
            Node focused = harness.view.getRoot().getScene().getFocusOwner();
            while (focused != null && focused.getId() == null) {
                focused = focused.getParent();
            }
            id.set(focused == null ? null : focused.getId());
        });
        return id.get();
    }

    /** Presses Tab (or Shift+Tab) until the field {@code id} has the focus; fails after 40 presses. */
    private void tabUntil(FxRobot robot, String id, boolean backwards) {
        for (int i = 0; i < 40 && !id.equals(focusedId(robot)); i++) {
            if (backwards) {
                robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            } else {
                robot.type(KeyCode.TAB);
            }
        }
        assertThat(focusedId(robot)).isEqualTo(id);
    }
}
