package vn.cchc.workbook.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.DraftNode;
import vn.cchc.workbook.interchange.BundledData;

/** The editor's view model without a window: the form writes into the draft, and reading a node fills the form. */
class CriteriaEditorViewModelTest {

    private final CriteriaSet sample = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
    private final CriteriaEditorViewModel model = new CriteriaEditorViewModel(CriteriaDraft.editing(sample));

    private void select(String code) {
        model.selectedProperty().set(node(code).id());
    }

    private DraftNode node(String code) {
        return model.draft().nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void selectingARatioLeafFillsTheFormInPercent() {
        select("1.1.3");
        assertThat(model.ruleKindProperty().get()).isEqualTo(RuleKind.RATIO);
        ScoringRule.Ratio ratio = (ScoringRule.Ratio) sample.node("1.1.3").rule();
        assertThat(model.thresholdPercentProperty().get()).isEqualTo(RuleTexts.percent(ratio.threshold()));
        assertThat(model.pointsProperty().get()).isEqualTo("2");
    }

    @Test
    void changingPointsKeepsTheRule() {
        select("1.1.3");
        model.pointsProperty().set("3");
        assertThat(node("1.1.3").maxPoints()).isEqualByComparingTo("3");
        assertThat(node("1.1.3").rule()).isEqualTo(sample.node("1.1.3").rule());
    }

    @Test
    void ratioBoundsAreTypedAsPercentages() {
        select("1.1.3");
        model.thresholdPercentProperty().set("70");
        model.fullAtPercentProperty().set("95,5");
        assertThat(node("1.1.3").rule()).isEqualTo(new ScoringRule.Ratio(new BigDecimal("0.7"), new BigDecimal("0.955")));
    }

    @Test
    void switchingToLevelsOffersMetAndNotMetAndEditsThem() {
        select("1.4.2");
        model.ruleKindProperty().set(RuleKind.LEVELS);
        assertThat(node("1.4.2").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Đạt", new BigDecimal("2")), new Level("Không đạt", BigDecimal.ZERO))));

        model.levels().get(0).points().set("1,5");
        model.levels().add(new CriteriaEditorViewModel.LevelRow("Chậm", "1"));
        assertThat(((ScoringRule.Levels) node("1.4.2").rule()).levels()).extracting(Level::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.5"), BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void deductionsAndManualSteps() {
        select("1.4.2");
        model.ruleKindProperty().set(RuleKind.DEDUCTIONS);
        model.perViolationProperty().set("0,25");
        assertThat(node("1.4.2").rule()).isEqualTo(new ScoringRule.Deductions(new BigDecimal("0.25")));
        model.ruleKindProperty().set(RuleKind.MANUAL);
        model.stepProperty().set("0,5");
        assertThat(node("1.4.2").rule()).isEqualTo(new ScoringRule.Manual(new BigDecimal("0.5")));
    }

    @Test
    void aNumberThatIsNotOneIsShownAndNotWritten() {
        select("1.2");
        model.pointsProperty().set("một");
        assertThat(model.pointsErrorProperty().get()).contains("không phải là một số");
        assertThat(node("1.2").maxPoints()).isEqualByComparingTo("1");
        model.pointsProperty().set("1");
        assertThat(model.pointsErrorProperty().get()).isEmpty();
    }

    @Test
    void undoRefillsTheForm() {
        select("1.2");
        model.titleProperty().set("Báo cáo định kỳ");
        model.undo();
        assertThat(model.titleProperty().get()).isEqualTo(sample.node("1.2").title());
    }

    @Test
    void aParentShowsItsChildrenSumAndCanTakeIt() {
        select("1.1");
        assertThat(model.selectedIsParentProperty().get()).isTrue();
        assertThat(model.ruleKindProperty().get()).isEqualTo(RuleKind.SUM);
        assertThat(model.childrenSumProperty().get()).isEqualTo("Tổng điểm các mục con: 4");
        select("1.1.1");
        model.pointsProperty().set("2");
        select("1.1");
        assertThat(model.problemsOf(node("1.1").id())).isNotEmpty();
        model.takeChildrenSum();
        assertThat(node("1.1").maxPoints()).isEqualByComparingTo("5");
        assertThat(model.problemsOf(node("1.1").id())).isEmpty();
    }

    @Test
    void deleteSelectsTheNextSibling() {
        select("1.3");
        model.delete();
        assertThat(model.node(model.selectedProperty().get()).orElseThrow().code()).isEqualTo("1.4");
    }

    @Test
    void aSetWithErrorsIsNotOfferedForSaving() {
        select("1.2");
        model.pointsProperty().set("5");
        assertThatThrownBy(() -> model.newVersion(model.suggestedVersion(), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("còn lỗi");
    }

    @Test
    void commandsFollowTheSelection() {
        select("1");
        assertThat(model.canMoveUpProperty().get()).isFalse();
        assertThat(model.canOutdentProperty().get()).isFalse();
        assertThat(model.canMoveDownProperty().get()).isTrue();
        select("1.2");
        assertThat(model.canIndentProperty().get()).isTrue();
        assertThat(model.canOutdentProperty().get()).isTrue();
    }
}
