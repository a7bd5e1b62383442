package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.reports.ReportKind;

class ExportFromWindowTest extends AppWindowTest {

    @TempDir
    Path folder;

    @Test
    void exportsTheChosenReportsOfTheOpenWorkbookToExcel(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Path file = folder.resolve("phu-luc.xlsx");
        files.answers.add(file);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportGo").tryQuery().isPresent());
        List<ReportKind> standard = ReportKind.standard();
        // The sample has no earlier period linked: its comparison sheet is offered, but disabled and unticked.
        assertThat(robot.lookup("#exportReport-so-sanh").queryAs(javafx.scene.control.CheckBox.class).isDisabled())
                .isTrue();
        robot.clickOn("#exportReport-" + standard.get(standard.size() - 1).id());
        robot.clickOn("#exportGo");
        waitUntil(() -> robot.lookup("Mở thư mục").tryQuery().isPresent());
        robot.clickOn("Đóng");

        assertThat(files.lastSuggestedName).endsWith(".xlsx");
        List<String> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < standard.size() - 1; i++) {
            expected.add(standard.get(i).sheetName());
        }
        assertThat(sheets).containsExactlyElementsOf(expected);
    }
}
