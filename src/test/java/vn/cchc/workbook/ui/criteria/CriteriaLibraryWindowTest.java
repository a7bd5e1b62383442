package vn.cchc.workbook.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;

/** The library window over a real store: samples, JSON in and out, the template, and starting an assessment. */
class CriteriaLibraryWindowTest extends CriteriaWindowTest {

    private final List<CriteriaSet> started = new ArrayList<>();
    private Stage stage;

    private TableView<CriteriaLibrary.Entry> open() {
        fx(() -> stage = CriteriaLibraryWindow.show(null, library, dialogs, started::add));
        TableView<CriteriaLibrary.Entry> table = (TableView<CriteriaLibrary.Entry>) stage.getScene().lookup("#libraryTable");
        waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void listsStoredSetsThenTheSamples(FxRobot robot) {
        CriteriaSet mine = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE).withIdentity("quang-tri-xa-2024",
                "Bộ tiêu chí cấp xã tỉnh Quảng Trị", "1");
        store.saveCriteriaSet(mine);
        TableView<CriteriaLibrary.Entry> table = open();

        assertThat(table.getItems()).extracting(entry -> entry.set().id())
                .containsExactly("quang-tri-xa-2024", "mau-xa-2025", "mau-so-2025", "mau-xa-2023", "mau-huyen-2023");
        assertThat(table.getItems()).extracting(CriteriaLibrary.Entry::bundled).containsExactly(false, true, true, true, true);
    }

    @Test
    void importsJsonIntoTheStoreAndExportsItBack(FxRobot robot) throws Exception {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT).withIdentity("huyen-2024",
                "Bộ chỉ số CCHC cấp huyện 2024", "2");
        Path in = dataDir.resolve("huyen.json");
        Files.write(in, CriteriaSetJson.toBytes(set));
        TableView<CriteriaLibrary.Entry> table = open();

        dialogs.filesToOpen.add(in);
        robot.clickOn("#libraryImportJson");
        waitUntil(() -> table.getItems().stream().anyMatch(entry -> entry.set().id().equals("huyen-2024")));
        assertThat(store.loadCriteriaSet("huyen-2024")).contains(set);
        assertThat(table.getSelectionModel().getSelectedItem().set().id()).isEqualTo("huyen-2024");

        Path out = dataDir.resolve("xuat.json");
        dialogs.filesToSave.add(out);
        robot.clickOn("#libraryExportJson");
        waitUntil(() -> Files.exists(out));
        assertThat(CriteriaSetJson.read(out)).isEqualTo(set);
    }

    @Test
    void writesTheTemplateWhichImportsBackWithoutErrors(FxRobot robot) throws Exception {
        open();
        Path template = dataDir.resolve("mau-bo-tieu-chi.xlsx");
        dialogs.filesToSave.add(template);
        robot.clickOn("#libraryTemplate");
        waitUntil(() -> !dialogs.infos.isEmpty());

        assertThat(Files.size(template)).isGreaterThan(0);
        assertThat(CriteriaExcel.read(template, null).errors()).isEmpty();
    }

    @Test
    void startsAnAssessmentFromTheChosenSet(FxRobot robot) {
        TableView<CriteriaLibrary.Entry> table = open();
        fx(() -> table.getSelectionModel().select(3));
        robot.clickOn("#libraryStart");

        assertThat(started).extracting(CriteriaSet::id).containsExactly("mau-huyen-2023");
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void snapshotOfTheLibrary(FxRobot robot) throws Exception {
        open();
        snapshot(stage.getScene().getRoot(), "criteria-library");
    }
}
