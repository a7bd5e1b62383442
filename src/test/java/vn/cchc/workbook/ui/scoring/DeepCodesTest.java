package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.PrimerLight;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.ui.look.Truncation;

/**
 * A province's criteria set four levels deep ("3.13.2.10"): the code column is as wide as its deepest, longest code
 * needs, so no code is cut to "3.13…" even when the window is at its narrowest and the column at its minimum.
 * The bundled sets are three levels deep, and a fixed minimum cut the province's codes.
 */
@ExtendWith(ApplicationExtension.class)
class DeepCodesTest {

    static {
        ScoringHarness.largeHeadlessScreen();
    }

    private static final String DEEPEST = "3.13.2.10";

    @TempDir
    static Path folder;

    private ScoringHarness harness;

    @Start
    void start(Stage stage) {
        harness = new ScoringHarness(folder, assessment());
        javafx.application.Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The scoring view of a 960×600 window, less its menu, tool bar and status bar.
        stage.setScene(new Scene((Parent) harness.view.getRoot(), 960, 480));
        // The primary stage is shared: a size another test gave it must not decide this one's.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        harness.store.close();
    }

    @Test
    void theDeepestCodeIsWholeWithTheCodeColumnAtItsMinimum(FxRobot robot) {
        robot.interact(() -> harness.view.reveal(DEEPEST));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TreeTableView<ScoringRow> table = robot.from(harness.view.getRoot()).lookup(".score-table")
                .queryAs(TreeTableView.class);
        List<String> cut = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : table.lookupAll(".tree-table-cell")) {
                if (node instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() != null
                        && "column-code".equals(cell.getTableColumn().getId()) && cell.getText() != null) {
                    shown.add(cell.getText());
                }
            }
            Truncation.find(table).forEach(cut::add);
            var code = table.getVisibleLeafColumns().get(0);
        });
        assertThat(shown).contains(DEEPEST, "3.13.2.9");
        assertThat(cut).isEmpty();
    }

    /** Field 3 goes four levels deep with ten leaves under 3.13.2; field 1 is an ordinary three-level field. */
    private static Assessment assessment() {
        List<CriterionNode> deep = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            deep.add(CriterionNode.leaf("3.13.2." + i, "Tiêu chí thành phần " + i, BigDecimal.ONE,
                    new ScoringRule.Manual(new BigDecimal("0.5"))));
        }
        CriterionNode field3 = CriterionNode.parent("3", "Cải cách thủ tục hành chính", BigDecimal.valueOf(11), List.of(
                CriterionNode.parent("3.13", "Thực hiện cơ chế một cửa, một cửa liên thông", BigDecimal.valueOf(11),
                        List.of(CriterionNode.leaf("3.13.1", "Niêm yết công khai thủ tục", BigDecimal.ONE,
                                        new ScoringRule.Manual(new BigDecimal("0.5"))),
                                CriterionNode.parent("3.13.2", "Tỷ lệ hồ sơ giải quyết đúng hạn",
                                        BigDecimal.TEN, deep)))));
        CriterionNode field1 = CriterionNode.parent("1", "Công tác chỉ đạo, điều hành", BigDecimal.ONE, List.of(
                CriterionNode.parent("1.1", "Kế hoạch cải cách hành chính", BigDecimal.ONE, List.of(
                        CriterionNode.leaf("1.1.1", "Ban hành kế hoạch CCHC năm", BigDecimal.ONE,
                                new ScoringRule.Manual(new BigDecimal("0.5")))))));
        CriteriaSet set = new CriteriaSet("tinh-4-cap", "Bộ tiêu chí bốn cấp",
                new IssuingDecision("12/QĐ-UBND", LocalDate.of(2024, 1, 5), "UBND tỉnh"),
                UnitLevel.COMMUNE, 2024, "1", List.of(field1, field3));
        return Assessment.start(new AssessedUnit("Tân Lập", UnitLevel.COMMUNE, "UBND huyện", "Tân Lập"),
                Period.FIRST_HALF, 2024, set, List.of(Department.named("Công chức Văn phòng - Thống kê")));
    }
}
