package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.criteria.RuleInput;

/**
 * A set whose numbering restarts in each field, in the real grid: the code column, the detail pane and a copied
 * code show the province's "1.1"; Ctrl+G takes the key, a printed code only one criterion has, and says how to write
 * a printed code two fields share.
 */
@ExtendWith(ApplicationExtension.class)
class PrintedCodeGridTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    @TempDir
    Path folder;

    private ScoringHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScoringHarness(folder, TestSets.restartingWorkbook());
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.store.close();
    }

    @Test
    void theCodeColumnAndTheDetailPaneShowTheProvincesCodes(FxRobot robot) {
        assertThat(cellText(robot, "I", "column-code")).isEqualTo("I");
        assertThat(cellText(robot, "I.1", "column-code")).isEqualTo("1");
        assertThat(cellText(robot, "I.1.1", "column-code")).isEqualTo("1.1");
        assertThat(cellText(robot, "II.1.1", "column-code")).isEqualTo("1.1");
        assertThat(cellText(robot, "II.2", "column-code")).isEqualTo("2");

        robot.clickOn(cell(robot, "II.1.1", "column-title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(harness.view.getRoot()).lookup(".detail-title").queryAs(Label.class).getText())
                .isEqualTo("1.1  Ban hành văn bản QPPL đúng quy trình");
        // Its department comes from its parent II.1, printed "1".
        robot.interact(() -> harness.session.apply(harness.session.assessment().entry("II.1").withResponsibilities(
                java.util.List.of(vn.cchc.workbook.domain.assessment.Responsibility.whole("tp-ht")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(harness.view.getRoot()).lookup(".detail-muted").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Đang theo tiêu chí cha: 1");
    }

    @Test
    void aCopiedCodeIsThePrintedOne(FxRobot robot) {
        robot.clickOn(cell(robot, "II.1.2", "column-code"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo("1.2\r\n");
    }

    @Test
    void ctrlGSaysHowToWriteASharedPrintedCodeAndTakesTheKey(FxRobot robot) {
        robot.clickOn(cell(robot, "I.1.1", "column-title"));
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.write("1.1").type(KeyCode.ENTER);
        assertThat(harness.message(robot)).isEqualTo(
                "Mã “1.1” có ở 2 tiêu chí: I.1.1, II.1.1. Hãy gõ kèm lĩnh vực, ví dụ “I.1.1”.");
        // The cursor stays where it was.
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("I.1.1");
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-title");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("II 1.2").type(KeyCode.ENTER);
        assertThat(harness.rowAt(robot, harness.focused(robot).getRow())).isEqualTo("II.1.2");
        assertThat(harness.focused(robot).getTableColumn().getId()).isEqualTo("column-self");
        robot.write("12").type(KeyCode.ENTER);
        assertThat(harness.stored().entry("II.1.2").self()).isEqualTo(RuleInput.points("12"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------


    private TreeTableCell<?, ?> cell(FxRobot robot, String code, String columnId) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(harness.view.getRoot()).lookup(".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && columnId.equals(c.getTableColumn().getId()))
                .query();
    }

    private String cellText(FxRobot robot, String code, String columnId) {
        return cell(robot, code, columnId).getText();
    }
}
