package vn.cchc.workbook.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;
import vn.cchc.workbook.ui.analysis.ScriptedDialogs;

/** The charts of one assessment and "Lưu ảnh PNG…". */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private WorkbookStore store;
    private ChartsView view;

    @Start
    void start(Stage stage) {
        Assessment earlier = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        earlier = SmallCommune.scored(earlier, "2.1", "40");
        Assessment later = SmallCommune.standard("Hiền Thành");
        later = EarlierPeriods.link(later, earlier, "xếp thứ 4/18");
        later = later.withEntry(later.entry("2.1").withTarget(SmallCommune.d("45")));
        store = H2WorkbookStore.open(folder.resolve("store-" + System.nanoTime()));
        store.createAssessment(later);
        view = new ChartsView(new ChartsViewModel(new EditSession(store, later)), dialogs, () -> null);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view.getRoot(), 1200, 700));
        stage.titleProperty().unbind();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theChartsShowTheFiguresOfTheAssessment() {
        // Lĩnh vực 2: maximum 90, self 70, appraised 70, target 45 + 30 = 75.
        var series = view.fieldChart().getData();
        assertThat(series).hasSize(4);
        assertThat(series.get(0).getData().get(1).getYValue().doubleValue()).isEqualTo(90.0);
        assertThat(series.get(2).getData().get(1).getYValue().doubleValue()).isEqualTo(70.0);
        assertThat(series.get(3).getData().get(1).getYValue().doubleValue()).isEqualTo(75.0);
        var departments = view.departmentChart().getData();
        assertThat(departments.get(0).getData()).hasSize(2);
        // Trend: the half year (40 of 100) and now (79).
        var trend = view.trendChart().getData().get(0).getData();
        // Each period with its index under it (a period alone was a dot without a figure).
        assertThat(trend).extracting(d -> d.getXValue())
                .containsExactly("6 tháng đầu năm 2023\n40,00", "Cả năm 2023\n79,00");
        assertThat(trend).extracting(d -> d.getYValue().doubleValue()).containsExactly(40.0, 79.0);
        // An index is out of 100: the axis ended at 90 for an index of 87.
        javafx.scene.chart.NumberAxis y = (javafx.scene.chart.NumberAxis) view.trendChart().getYAxis();
        assertThat(y.isAutoRanging()).isFalse();
        assertThat(y.getLowerBound()).isZero();
        assertThat(y.getUpperBound()).isEqualTo(100.0);
    }

    @Test
    void savingAChartWritesAPng(FxRobot robot) throws Exception {
        Path png = folder.resolve("bieu-do-linh-vuc.png");
        dialogs.files.add(png);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#chart-save-fields").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.suggestedNames).containsExactly("Điểm theo lĩnh vực.png");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(500);
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }
}
