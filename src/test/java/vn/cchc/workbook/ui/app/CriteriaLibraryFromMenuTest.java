package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.store.H2StoreAccess;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;

/**
 * "Bộ tiêu chí…" from the real main window: the library opens on the app's store, and "Tạo sổ chấm điểm từ bộ này"
 * opens the new-workbook form with that set chosen; the workbook created keeps that set as its snapshot.
 */
class CriteriaLibraryFromMenuTest extends AppWindowTest {

    /** A province's own commune set in the store: listed after the bundled samples in the new-workbook form. */
    private CriteriaSet provinceSet() {
        CriteriaSet sample = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        return sample.withIdentity("quang-tri-xa-2024", "Bộ tiêu chí cấp xã tỉnh Quảng Trị", "1");
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> libraryTable(FxRobot robot) {
        waitUntil(() -> robot.lookup("#libraryTable").tryQuery().isPresent());
        TableView<Object> table = robot.lookup("#libraryTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    private static String setId(Object entry) {
        return ((vn.cchc.workbook.ui.criteria.CriteriaLibrary.Entry) entry).set().id();
    }

    private void select(TableView<Object> table, String id) {
        fx(() -> table.getItems().stream().filter(entry -> setId(entry).equals(id)).findFirst()
                .ifPresent(entry -> table.getSelectionModel().select(entry)));
        assertThat(setId(table.getSelectionModel().getSelectedItem())).isEqualTo(id);
    }

    @SuppressWarnings("unchecked")
    private CriteriaSet chosenInNewWorkbookForm(FxRobot robot) {
        waitUntil(() -> robot.lookup("#newCriteriaSet").tryQuery().isPresent());
        return ((ComboBox<CriteriaSet>) robot.lookup("#newCriteriaSet").queryAs(ComboBox.class)).getValue();
    }

    @Test
    void aStoredProvinceSetChosenInTheLibraryStartsTheNewWorkbookAndIsItsSnapshot(FxRobot robot) {
        waitForStore();
        CriteriaSet province = provinceSet();
        services.store().saveCriteriaSet(province);

        robot.clickOn("Tệp").clickOn("Bộ tiêu chí…");
        TableView<Object> table = libraryTable(robot);
        assertThat(table.getItems()).extracting(CriteriaLibraryFromMenuTest::setId)
                .containsExactly("quang-tri-xa-2024", "mau-xa-2025", "mau-so-2025", "mau-xa-2023", "mau-huyen-2023");
        select(table, "quang-tri-xa-2024");
        robot.clickOn("#libraryStart");

        // Without the pre-selection the form would offer the bundled commune sample, which comes first.
        CriteriaSet chosen = chosenInNewWorkbookForm(robot);
        assertThat(chosen).isEqualTo(province);
        assertThat(robot.lookup("#libraryTable").tryQuery()).isEmpty();
        ListView<?> departments = robot.lookup("#newDepartments").queryAs(ListView.class);
        assertThat(departments.getItems()).isNotEmpty();

        robot.clickOn("#newUnitName").write("UBND xã Hải Thượng");
        robot.clickOn("#newCreate");
        waitForWorkbook();

        Assessment created = session().assessment();
        assertThat(created.unit().name()).isEqualTo("UBND xã Hải Thượng");
        assertThat(created.criteria()).isEqualTo(province);
        Assessment stored = services.store().loadAssessment(created.id()).orElseThrow();
        assertThat(stored.criteria()).isEqualTo(province);
        assertThat(stored.criteria().name()).isEqualTo("Bộ tiêu chí cấp xã tỉnh Quảng Trị");
        assertThat(services.store().listAssessments()).extracting(s -> s.id()).containsExactly(created.id());
    }

    @Test
    void ctrlBOpensTheLibraryAndABundledDistrictSampleSwitchesTheFormToItsLevel(FxRobot robot) {
        waitForStore();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        TableView<Object> table = libraryTable(robot);
        select(table, "mau-huyen-2023");
        robot.clickOn("#libraryStart");

        CriteriaSet chosen = chosenInNewWorkbookForm(robot);
        assertThat(chosen.id()).isEqualTo("mau-huyen-2023");
        assertThat(chosen.level()).isEqualTo(UnitLevel.DISTRICT);
        @SuppressWarnings("unchecked")
        ComboBox<UnitLevel> level = robot.lookup("#newLevel").queryAs(ComboBox.class);
        assertThat(level.getValue()).isEqualTo(UnitLevel.DISTRICT);

        robot.clickOn("#newUnitName").write("UBND huyện Vĩnh Linh");
        robot.clickOn("#newCreate");
        waitForWorkbook();

        session().requireWritten();
        Assessment stored = services.store().loadAssessment(session().assessment().id()).orElseThrow();
        assertThat(stored.criteria()).isEqualTo(BundledData.sampleCriteriaSet(UnitLevel.DISTRICT));
        assertThat(stored.unit().level()).isEqualTo(UnitLevel.DISTRICT);
    }

    @Test
    void theLibraryLooksLikeTheMainWindowItsSelectedRowIncluded(FxRobot robot) {
        waitForStore();
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        TableView<Object> table = libraryTable(robot);
        javafx.scene.Scene library = table.getScene();

        // It added only its own sheet: its focused table showed the selected row in the theme's faint grey.
        assertThat(library.getStylesheets()).containsAll(stage.getScene().getStylesheets());
        assertThat(library.getRoot().getStyle()).isEqualTo(stage.getScene().getRoot().getStyle());
        fx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        javafx.scene.paint.Color accentMuted = javafx.scene.paint.Color.rgb(84, 174, 255, 0.4);
        waitUntil(() -> table.isFocused() && table.lookupAll(".table-row-cell").stream()
                .map(n -> (javafx.scene.control.TableRow<?>) n)
                .filter(row -> row.getIndex() == 0 && row.getBackground() != null)
                .flatMap(row -> row.getBackground().getFills().stream())
                .anyMatch(fill -> accentMuted.equals(fill.getFill())));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void theStartScreenButtonOpensTheLibraryToo(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startCriteria");
        TableView<Object> table = libraryTable(robot);
        Window library = table.getScene().getWindow();
        assertThat(((Stage) library).getOwner()).isSameAs(stage);
        robot.clickOn("#libraryClose");
        waitUntil(() -> !library.isShowing());
        assertThat(session()).isNull();
    }

    @Test
    void theMenuItemAndTheStartButtonWaitForTheStore(FxRobot robot) throws Exception {
        Path otherData = Files.createTempDirectory("cchc-ui-no-store");
        AppServices notOpened = AppServices.start(otherData, new H2StoreAccess());
        MainWindow[] other = new MainWindow[1];
        try {
            // The start screen is built when the window is first shown.
            fx(() -> {
                other[0] = new MainWindow(new Stage(), notOpened);
                other[0].stage().show();
            });
            MenuItem item = menuItem(other[0], "menuCriteria").orElseThrow();
            Button button = (Button) other[0].scene().lookup("#startCriteria");
            assertThat(item.isDisable()).isTrue();
            assertThat(button.isDisable()).isTrue();
            assertThat(item.getAccelerator().getName()).isEqualTo("Shortcut+B");

            waitForStore();
            assertThat(menuItem(window, "menuCriteria").orElseThrow().isDisable()).isFalse();
            assertThat(window.scene().lookup("#startCriteria").isDisable()).isFalse();
        } finally {
            if (other[0] != null) {
                fx(() -> other[0].stage().hide());
            }
            notOpened.close();
            try (var files = Files.walk(otherData)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** No two items of the menu bar share an accelerator. */
    @Test
    void acceleratorsDoNotClash(FxRobot robot) {
        java.util.List<String> accelerators = new java.util.ArrayList<>();
        for (Menu menu : menuBar(window).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    accelerators.add(item.getAccelerator().getName());
                }
            }
        }
        assertThat(accelerators).contains("Shortcut+B").doesNotHaveDuplicates();
    }

    /** Writes the start screen and the library opened from it to target/snapshots, to look at what the user sees. */
    @Test
    void snapshotsOfTheStartScreenAndTheLibrary(FxRobot robot) throws Exception {
        waitForStore();
        waitUntil(() -> !window.model().busyProperty().get());
        snapshot(window.scene(), "start-screen");
        robot.clickOn("Tệp");
        snapshot(robot.lookup(".context-menu").queryAs(Node.class).getScene(), "file-menu");
        robot.clickOn("Bộ tiêu chí…");
        TableView<Object> table = libraryTable(robot);
        snapshot(table.getScene(), "criteria-library-from-menu");
        select(table, "mau-huyen-2023");
        robot.clickOn("#libraryStart");
        chosenInNewWorkbookForm(robot);
        snapshot(robot.lookup("#newCriteriaSet").query().getScene(), "new-workbook-preselected");
    }

    private static void snapshot(javafx.scene.Scene scene, String name) throws Exception {
        Path folder = Path.of("target", "snapshots");
        Files.createDirectories(folder);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        fx(() -> image[0] = scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                folder.resolve(name + ".png").toFile());
    }

    private static MenuBar menuBar(MainWindow window) {
        VBox top = (VBox) ((javafx.scene.layout.BorderPane) window.scene().getRoot()).getTop();
        for (Node node : top.getChildren()) {
            if (node instanceof MenuBar bar) {
                return bar;
            }
        }
        throw new AssertionError("no menu bar");
    }

    private static Optional<MenuItem> menuItem(MainWindow window, String id) {
        return menuBar(window).getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst();
    }
}
