package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

/**
 * A store that fell back to an older state (its side file counts more changes than it holds): the window says how
 * many changes are gone, and the recovery dialog keeps a width to read with its long message, the table's columns
 * filling it (at the message's one-line width the dialog took 1 200 px and the columns half of it).
 */
class StoreBehindWindowTest extends AppWindowTest {

    @Override
    protected void prepareDataDir(Path dir) throws IOException {
        AppSettings.load(dir).save();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(BundledData.sampleAssessment().withId("w-1"));
        }
        Path state = dir.resolve("workbook.state");
        String recorded = Files.readString(state, StandardCharsets.UTF_8);
        Files.writeString(state, recorded.replaceAll("(?m)^changes=\\d+$", "changes=999"), StandardCharsets.UTF_8);
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theMessageSaysHowManyChangesAreGoneAndTheRecoveryDialogStaysReadable(FxRobot robot) {
        waitUntil(() -> robot.lookup("Khôi phục…").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("tệp dữ liệu đã quay về một trạng thái cũ hơn")
                .containsPattern("\\d+ thay đổi sau cùng không còn trong tệp");
        robot.clickOn("Khôi phục…");

        waitUntil(() -> robot.lookup("#recoveryDialog").tryQuery().isPresent());
        Region pane = robot.lookup("#recoveryDialog").queryAs(Region.class);
        TableView<?> backups = robot.lookup("#recoveryBackups").queryAs(TableView.class);
        waitUntil(() -> backups.getWidth() > 0);
        assertThat(pane.getScene().getWindow().getWidth()).as("dialog width").isLessThanOrEqualTo(820);
        double columns = backups.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns fill the table").isGreaterThanOrEqualTo(backups.getWidth() - 20);
        robot.clickOn("Đóng");
    }
}
