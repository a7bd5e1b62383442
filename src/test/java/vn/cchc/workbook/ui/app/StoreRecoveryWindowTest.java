package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * A store found damaged at start: the window says so in Vietnamese and offers "Khôi phục…"; the dialog lists the
 * backups with their date and number of workbooks, and restoring one brings every workbook back without a restart,
 * the damaged file kept aside.
 */
class StoreRecoveryWindowTest extends AppWindowTest {

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        AppSettings.load(dir).save();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            for (String id : new String[] {"w-1", "w-2", "w-3"}) {
                store.createAssessment(BundledData.sampleAssessment().withId(id));
            }
        }
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("workbook.mv.db").toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
    }

    /** The texts of the labels of the dialogs showing. */
    private static String dialogText(FxRobot robot) {
        return robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void aDamagedStoreIsReportedAndRestoredFromABackupInTheWindow(FxRobot robot) throws IOException {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()
                && robot.lookup("Khôi phục…").tryQuery().isPresent());
        assertThat(dialogText(robot))
                .contains("Dữ liệu trong máy có dấu hiệu bị hỏng: ");
        robot.clickOn("Khôi phục…");

        waitUntil(() -> robot.lookup("#recoveryDialog").tryQuery().isPresent());
        TableView<?> backups = robot.lookup("#recoveryBackups").queryAs(TableView.class);
        assertThat(backups.getItems()).isNotEmpty();
        assertThat(backups.getItems().get(0).toString()).contains("assessments=3");
        robot.clickOn("#recoveryRestore");
        waitUntil(() -> robot.lookup("#recoveryDialog").tryQuery().isEmpty()
                && robot.lookup("Khôi phục bản đã chọn").tryQuery().isPresent());
        assertThat(dialogText(robot))
                .contains("Khôi phục bản sao lưu lúc").contains("(3 bản chấm điểm)");
        robot.clickOn("Khôi phục bản đã chọn");

        waitUntil(() -> robot.lookup("Đồng ý").tryQuery().isPresent());
        assertThat(dialogText(robot))
                .contains("Đã khôi phục bản sao lưu lúc").contains("gồm 3 bản chấm điểm");
        robot.clickOn("Đồng ý");

        waitForStore();
        assertThat(services.store().listAssessments()).hasSize(3);
        waitUntil(() -> window.model().storeReadyProperty().get());
        // No error left behind from the store that did not open.
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        try (var kept = Files.list(dataDir.resolve("damaged"))) {
            assertThat(kept.toList()).hasSize(1);
        }
    }
}
