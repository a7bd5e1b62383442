package vn.cchc.workbook.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
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
import vn.cchc.workbook.app.RankingService;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.testdata.CommuneWorkbooks;
import vn.cchc.workbook.ui.ranking.RankingView;
import vn.cchc.workbook.ui.ranking.RankingViewModel;

/**
 * Renders every analysis view with realistic data at 1366×768 to target/ui-analysis/*.png for a person to look at
 * (the bundled sample with an earlier period and targets; twelve communes and a corrupt file for the ranking).
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisLookTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path folder;

    private static final Path OUT = Path.of("target/ui-analysis");

    private WorkbookStore store;
    private AnalysisWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 200, 200));
        stage.titleProperty().unbind();
        stage.show();
        Assessment sample = BundledData.sampleAssessment();
        Assessment earlier = sample;
        for (CriterionNode leaf : sample.criteria().leaves().stream()
                .filter(l -> l.rule() instanceof vn.cchc.workbook.domain.criteria.ScoringRule.Manual).limit(8)
                .toList()) {
            earlier = earlier.withEntry(earlier.entry(leaf.code()).withFirstAppraisal(
                    new RuleInput.PointsInput(java.math.BigDecimal.ZERO)).withSecondAppraisal(null));
        }
        earlier = earlier.withDescription(sample.unit(), Period.FULL_YEAR, sample.year() - 1);
        Assessment later = sample.withEarlierPeriod(EarlierPeriods.of(earlier, "xếp thứ 7/18"))
                .withRankText("xếp thứ 4/18");
        for (CriterionNode leaf : sample.criteria().leaves().subList(0, 30)) {
            var f = vn.cchc.workbook.domain.scoring.ScoreEngine.score(later).node(leaf.code()).appraised();
            if (f.hasDeduction()) {
                later = later.withEntry(later.entry(leaf.code()).withTarget(leaf.maxPoints())
                        .withExpectedGain(f.deduction().divide(java.math.BigDecimal.valueOf(2))));
            }
        }
        store = H2WorkbookStore.open(folder.resolve("store"));
        store.createAssessment(later);
        window = new AnalysisWindow(stage, new EditSession(store, later), () -> null, new ScriptedDialogs());
        window.stage().setWidth(1366);
        window.stage().setHeight(768);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.close());
        store.close();
    }

    @Test
    void everyViewIsRenderedForReview(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        for (AnalysisWindow.Part part : AnalysisWindow.Part.values()) {
            robot.interact(() -> window.show(part));
            WaitForAsyncUtils.waitForFxEvents(10);
            write(robot, window.stage().getScene(), part.name().toLowerCase() + ".png");
        }
        for (int chart = 1; chart <= 2; chart++) {
            int index = chart;
            robot.interact(() -> window.chartsView().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            write(robot, window.stage().getScene(), "charts-" + index + ".png");
        }

        Path communes = Files.createDirectory(folder.resolve("communes"));
        CommuneWorkbooks.write(communes, 12);
        Files.write(communes.resolve("xa-hong.cchc"), new byte[] {1, 2, 3});
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Stage[] rankingStage = new Stage[1];
        RankingView[] view = new RankingView[1];
        robot.interact(() -> {
            view[0] = new RankingView(new RankingViewModel(new RankingService()), dialogs, () -> null, f -> { },
                    f -> { });
            rankingStage[0] = new Stage();
            Scene scene = new Scene(view[0].getRoot(), 1366, 740);
            vn.cchc.workbook.ui.common.OwnerStyle.inherit(scene, stage);
            rankingStage[0].setScene(scene);
            rankingStage[0].show();
            view[0].addSources(java.util.List.of(communes));
        });
        TableView<?> table = robot.lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, rankingStage[0].getScene(), "ranking.png");
        robot.interact(() -> rankingStage[0].close());
        assertThat(Files.size(OUT.resolve("ranking.png"))).isPositive();
    }

    private static void write(FxRobot robot, Scene scene, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", OUT.resolve(name).toFile());
    }
}
