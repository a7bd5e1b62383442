package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;

/** Opening a workbook puts the keyboard in the first Tự đánh giá cell, not in the "Đi tới mã" box. */
class OpenFocusTest extends AppWindowTest {

    @Test
    void typingRightAfterOpeningScoresTheFirstScorableCriterion(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        TreeTableView<?> table = robot.lookup(".tree-table-view").queryAs(TreeTableView.class);
        waitUntil(() -> table.getScene().getFocusOwner() == table);
        CriterionNode first = session().assessment().criteria().leaves().stream()
                .filter(node -> !session().assessment().entry(node.code()).notApplicable())
                .findFirst().orElseThrow();
        assertThat(first.rule()).isInstanceOf(ScoringRule.Levels.class);
        Entry before = session().assessment().entry(first.code());
        var others = new java.util.HashMap<>(session().assessment().entries());
        assertThat(before.self()).isNotEqualTo(new RuleInput.LevelChoice(1));

        robot.write("2").push(KeyCode.ENTER); // "Mức 2"

        waitUntil(() -> !session().assessment().entry(first.code()).equals(before));
        assertThat(session().assessment().entry(first.code()).self())
                .isEqualTo(new RuleInput.LevelChoice(1));
        var after = new java.util.HashMap<>(session().assessment().entries());
        after.remove(first.code());
        others.remove(first.code());
        assertThat(after).as("no other criterion changed").isEqualTo(others);
    }
}
