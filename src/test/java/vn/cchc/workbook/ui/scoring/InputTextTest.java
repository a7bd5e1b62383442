package vn.cchc.workbook.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.ScoringRule;

class InputTextTest {

    /** 1.1.3 of the commune set: 100 % → 2, 80–100 % → 1,5, 50–80 % → 1, below → 0. */
    private static final ScoringRule.Levels FOUR = new ScoringRule.Levels(List.of(
            new Level("Hoàn thành 100%", new BigDecimal("2")),
            new Level("Từ 80% đến dưới 100%", new BigDecimal("1.5")),
            new Level("Từ 50% đến dưới 80%", new BigDecimal("1")),
            new Level("Dưới 50%", new BigDecimal("0"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // The points of exactly one level name it first: the column shows points, and 2 is what "2" means there.
            "2    | 0",
            "1    | 2",
            "1,5  | 1",
            "1.5  | 1",
            "1,50 | 1",
            "0    | 3",
            "0,0  | 3",
            "0 điểm | 3",
            // A number no level is worth is a position, as the level list numbers them.
            "3    | 2",
            " 4   | 3"})
    void aLevelIsNamedByItsPointsOrElseByItsPosition(String typed, int index) {
        assertThat(InputText.parse(FOUR, typed)).isEqualTo(new RuleInput.LevelChoice(index));
    }

    @Test
    void aPastedValueNamesALevelOnlyByItsPoints() {
        assertThat(InputText.parsePasted(FOUR, "2")).isEqualTo(new RuleInput.LevelChoice(0));
        assertThat(InputText.parsePasted(FOUR, "1,5")).isEqualTo(new RuleInput.LevelChoice(1));
        assertThat(InputText.parsePasted(FOUR, "")).isNull();
        assertThatThrownBy(() -> InputText.parsePasted(FOUR, "3"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("“3” không phải là số điểm của một mức (2; 1,5; 1; 0): khi dán từ bảng tính, mỗi ô phải "
                        + "là số điểm của một mức.");
        assertThat(InputText.parsePasted(ScoringRule.Manual.FREE, "3"))
                .isEqualTo(new RuleInput.PointsInput(new BigDecimal("3")));
    }

    @Test
    void theTextAnEditorStartsWithNamesTheStoredLevelAgain() {
        for (int i = 0; i < FOUR.levels().size(); i++) {
            String text = InputText.format(FOUR, new RuleInput.LevelChoice(i));
            assertThat(InputText.parse(FOUR, text)).as(text).isEqualTo(new RuleInput.LevelChoice(i));
        }
        assertThat(InputText.format(FOUR, new RuleInput.LevelChoice(1))).isEqualTo("1,5");
        ScoringRule.Levels twoZeros = new ScoringRule.Levels(List.of(
                new Level("Đầy đủ", new BigDecimal("1")),
                new Level("Chậm", new BigDecimal("0")),
                new Level("Không thực hiện", new BigDecimal("0"))));
        for (int i = 0; i < 3; i++) {
            String text = InputText.format(twoZeros, new RuleInput.LevelChoice(i));
            assertThat(InputText.parse(twoZeros, text)).as(text).isEqualTo(new RuleInput.LevelChoice(i));
        }
    }

    @Test
    void anIntegerNamingNoPositionAndNoPointsSaysWhatToType() {
        assertThatThrownBy(() -> InputText.parse(FOUR, "5"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Không có mức 5: tiêu chí này có 4 mức, hãy gõ số điểm của một mức (2; 1,5; 1; 0) hoặc "
                        + "số thứ tự từ 1 đến 4.");
    }

    @Test
    void otherTextNamesTheTextAndTheLevelsPoints() {
        assertThatThrownBy(() -> InputText.parse(FOUR, "0,75"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("“0,75” không phải là số điểm hay số thứ tự của một mức: hãy gõ số điểm của một mức "
                        + "(2; 1,5; 1; 0), hoặc số thứ tự từ 1 đến 4, hoặc chọn mức trong danh sách.");
        assertThatThrownBy(() -> InputText.parse(FOUR, "đạt")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("“đạt” không phải");
    }

    @Test
    void pointsSharedByTwoLevelsNameNeither() {
        ScoringRule.Levels twoZeros = new ScoringRule.Levels(List.of(
                new Level("Đầy đủ", new BigDecimal("1")),
                new Level("Chậm", new BigDecimal("0")),
                new Level("Không thực hiện", new BigDecimal("0"))));

        assertThatThrownBy(() -> InputText.parse(twoZeros, "0")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Không có mức 0");
        assertThat(InputText.parse(twoZeros, "3")).isEqualTo(new RuleInput.LevelChoice(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1   | true",
            "1,  | true",
            "1.  | true",
            "0   | true",
            "3   | true",
            "5   | false",
            "0,7 | false",
            "2,  | false"})
    void keysOnTheWayToALevelAreToldApart(String typed, boolean could) {
        assertThat(InputText.couldNameLevel(FOUR.levels(), typed)).isEqualTo(could);
    }
}
