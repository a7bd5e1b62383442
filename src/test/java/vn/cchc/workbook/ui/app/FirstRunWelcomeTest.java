package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.store.H2StoreAccess;
import vn.cchc.workbook.ui.common.FxDialogService;

/**
 * The first start with a new, empty data folder shows the welcome once; a second start with the same folder does not.
 */
class FirstRunWelcomeTest extends AppWindowTest {

    @Override
    protected void prepareDataDir(Path dir) {
        // Nothing: a data folder the program has never used.
    }

    @Test
    void theFirstStartWelcomesOnceAndTheSecondStartDoesNot(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isPresent());
        DialogPane welcome = robot.lookup("#welcomeDialog").queryAs(DialogPane.class);
        assertThat(welcome.getHeaderText()).isEqualTo("Chào mừng đến với Sổ chấm điểm CCHC");
        assertThat(text(robot, "#welcomeSample")).isEqualTo("Mở sổ mẫu");
        assertThat(text(robot, "#welcomeNew")).isEqualTo("Tạo sổ chấm điểm mới");
        assertThat(text(robot, "#welcomeClose")).isEqualTo("Đóng");
        assertThat(text(robot, "#welcomeText")).contains("không cần mạng");

        robot.clickOn("#welcomeClose");
        waitUntil(() -> robot.lookup("#welcomeDialog").tryQuery().isEmpty());
        // "Đóng" leaves the start screen (the read-only preview of the sample is gone).
        waitUntil(() -> window.model().session() == null);
        assertThat(Files.readString(dataDir.resolve("ui-settings.properties"))).contains("welcomeShown=true");

        // Start again with the same data folder, as after closing and reopening the program.
        services.close();
        FxToolkit.setupFixture(() -> {
            Stage second = new Stage();
            stage = second;
            services = AppServices.start(dataDir, new H2StoreAccess());
            window = new MainWindow(second, services, FxDialogService::new);
            window.actions().startUp(java.util.Optional.empty(), false);
            second.show();
            services.openStore();
        });
        waitForStore();
        // Let every callback of the store's opening run; a welcome would be shown by then.
        waitUntil(() -> !window.model().busyProperty().get());
        // Several rounds of the event queue: a welcome posted by any of those callbacks would be showing by then.
        WaitForAsyncUtils.waitForFxEvents(10);
        assertThat(robot.lookup("#welcomeDialog").tryQuery()).isEmpty();
        assertThat(window.model().session()).isNull();
    }

    @Test
    void theSampleShownWhileTheStoreOpensGetsEveryDetailSectionAfterTheFirstFrame(FxRobot robot) {
        // Made before the window first showed, its lower sections waited for the first frame (decision 49).
        waitUntil(() -> window.model().session() != null && window.model().isPreview());
        // Looked for in the main window only: the welcome may show over it.
        javafx.scene.Parent root = stage.getScene().getRoot();
        waitUntil(() -> robot.from(root).lookup("#detail-opinion").tryQuery().isPresent()
                && robot.from(root).lookup("#detail-department-choice").tryQuery().isPresent());
        assertThat(robot.from(root).lookup("#detail-remedy").tryQuery()).isPresent();
    }

    @Test
    void openSampleFromTheWelcomeGivesAnEditableCopy(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcomeSample").tryQuery().isPresent());
        robot.clickOn("#welcomeSample");
        waitForWorkbook();
        assertThat(session().assessment().unit().name()).isEqualTo("Hiền Thành");
        assertThat(window.model().editableProperty().get()).isTrue();
        assertThat(services.store().listAssessments()).hasSize(1);
    }
}
