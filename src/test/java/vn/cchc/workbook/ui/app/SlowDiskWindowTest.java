package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.store.SmallDisk;
import vn.cchc.workbook.ui.scoring.ScoringRow;

/**
 * The keyboard flow on a slow and on a full disk, with the real window and the real store: a typed score shows at
 * once while the status says "Đang lưu…", then "Đã lưu"; closing waits for the writes, visibly; a refused write
 * (the store's small disk really full) tells the user, keeps the score shown and its row marked, and "Thử lưu lại"
 * writes it once there is room. The disk is slowed through the store's test hook, not by a stand-in store.
 */
class SlowDiskWindowTest extends AppWindowTest {

    private SmallDisk disk;

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        try {
            disk = SmallDisk.mountOn(dir);
        } catch (Exception e) {
            throw new IOException(e);
        }
        super.prepareDataDir(dir);
    }

    @AfterEach
    void normalDisk() throws Exception {
        H2WorkbookStore.simulateSlowDisk(null);
        disk.free();
    }

    @AfterEach
    void unmount() throws Exception {
        disk.close();
    }

    @Test
    void aScoreTypedOnASlowDiskShowsAtOnceAndTheStatusSaysSavingThenSaved(FxRobot robot) {
        openSample(robot);
        CriterionNode node = manualLeaf();
        H2WorkbookStore.simulateSlowDisk(Duration.ofSeconds(3));

        clickSelfScore(robot, node.code());
        robot.write("0,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().assessment().entry(node.code()).self()).isEqualTo(half());
        assertThat(savedLabel(robot)).startsWith("Đang lưu…");
        waitUntil(() -> savedLabel(robot).startsWith("Đã lưu"));
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow()
                .entry(node.code()).self()).isEqualTo(half());
    }

    @Test
    void closingTheWorkbookWaitsVisiblyForTheWritesAndThenAsksAboutTheFile(FxRobot robot) {
        openSample(robot);
        CriterionNode node = manualLeaf();
        String id = session().assessment().id();
        H2WorkbookStore.simulateSlowDisk(Duration.ofSeconds(3));
        clickSelfScore(robot, node.code());
        robot.write("0,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(savedLabel(robot)).startsWith("Đang lưu…");

        fx(() -> window.actions().closeWorkbook());

        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText())
                .isEqualTo("Đang lưu các thay đổi vào máy…");
        assertThat(window.model().session()).isNotNull();
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> "Không lưu".equals(b.getText()))
                .tryQuery().isPresent());
        assertThat(services.store().loadAssessment(id).orElseThrow().entry(node.code()).self()).isEqualTo(half());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Không lưu".equals(b.getText()))
                .queryButton());
        waitUntil(() -> window.model().session() == null);
    }

    @Test
    void aFullDiskIsToldKeepsTheScoreShownAndMarkedAndRetryWritesItOnceThereIsRoom(FxRobot robot)
            throws Exception {
        openSample(robot);
        CriterionNode node = manualLeaf();
        disk.fill();

        clickSelfScore(robot, node.code());
        robot.write("0,5").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        assertThat(robot.lookup(".dialog-pane .label").match((Label l) -> l.getText() != null
                && l.getText().contains("đã đầy") && l.getText().contains("1 thay đổi vừa nhập vẫn hiện trên bảng"))
                .tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Hủy".equals(b.getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().assessment().entry(node.code()).self()).isEqualTo(half());
        assertThat(savedLabel(robot)).startsWith("✗ 1 thay đổi CHƯA được lưu");
        assertThat(rowOf(robot, node.code()).getPseudoClassStates()).extracting(Object::toString)
                .contains("unwritten");

        disk.free();
        robot.clickOn("Sửa").clickOn("Thử lưu lại các thay đổi chưa lưu");
        waitUntil(() -> savedLabel(robot).startsWith("Đã lưu"));
        assertThat(rowOf(robot, node.code()).getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("unwritten");
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow()
                .entry(node.code()).self()).isEqualTo(half());
    }

    @Test
    void aValueTypedWhileTheWriterIsStoppedStaysInItsCellAndIsStoredWithEnterOnceRetryHasWritten(FxRobot robot)
            throws Exception {
        openSample(robot);
        List<CriterionNode> leaves = manualLeaves();
        CriterionNode first = leaves.get(0);
        CriterionNode second = leaves.get(1);
        disk.fill();
        clickSelfScore(robot, first.code());
        robot.write("0,5").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Hủy".equals(b.getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().canUndoProperty().get()).isFalse();
        assertThat(robot.lookup("#toolUndo").queryButton().isDisabled()).isTrue();
        // Ctrl+Z is not swallowed: the status line says why nothing was undone, and nothing was.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText())
                .startsWith("Chưa hoàn tác hay làm lại được: 1 thay đổi trước CHƯA được lưu vào máy");
        assertThat(session().assessment().entry(first.code()).self()).isEqualTo(half());

        clickSelfScore(robot, second.code());
        robot.write("0,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // Refused, not applied, and still in its cell with the message beside it.
        assertThat(session().assessment().entry(second.code()).self()).isNotEqualTo(half());
        assertThat(editor(robot).getText()).isEqualTo("0,5");
        assertThat(cellMessage(robot)).startsWith("Chưa nhận thay đổi mới: 1 thay đổi trước CHƯA được lưu vào máy");

        disk.free();
        robot.clickOn("Sửa").clickOn("Thử lưu lại các thay đổi chưa lưu");
        waitUntil(() -> savedLabel(robot).startsWith("Đã lưu"));
        assertThat(editor(robot).getText()).isEqualTo("0,5");

        robot.clickOn(editor(robot)).type(KeyCode.ENTER);
        waitUntil(() -> savedLabel(robot).startsWith("Đã lưu") && half().equals(session().assessment()
                .entry(second.code()).self()));
        var stored = services.store().loadAssessment(session().assessment().id()).orElseThrow();
        assertThat(stored.entry(first.code()).self()).isEqualTo(half());
        assertThat(stored.entry(second.code()).self()).isEqualTo(half());
        assertThat(window.model().canUndoProperty().get()).isTrue();
    }

    private void openSample(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
    }

    private CriterionNode manualLeaf() {
        return manualLeaves().get(0);
    }

    private List<CriterionNode> manualLeaves() {
        return session().assessment().criteria().leaves().stream()
                .filter(n -> n.rule() instanceof ScoringRule.Manual && accepts(n)
                        && !session().assessment().entry(n.code()).notApplicable()
                        && !half().equals(session().assessment().entry(n.code()).self()))
                .toList();
    }

    private static TextField editor(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".score-table .score-editor").queryAs(TextField.class);
    }

    private static String cellMessage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup(".cell-message").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private static RuleInput half() {
        return new RuleInput.PointsInput(new java.math.BigDecimal("0.5"));
    }

    private static boolean accepts(CriterionNode node) {
        try {
            node.rule().points(node.maxPoints(), half());
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static String savedLabel(FxRobot robot) {
        return robot.lookup("#statusSaved").queryAs(Label.class).getText();
    }


    private static Node rowOf(FxRobot robot, String code) {
        return robot.lookup(".score-table .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> r.getItem() instanceof ScoringRow row && row.code().equals(code))
                .query();
    }
}
