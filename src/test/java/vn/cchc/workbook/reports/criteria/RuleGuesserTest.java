package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;

/** Which words give which rule; anything unclear stays manual. */
class RuleGuesserTest {

    private static final BigDecimal ONE = BigDecimal.ONE;

    /** guidance | max | expected rule, written in the template's words ("" = manual by default) | quoted words */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tỷ lệ HS giải quyết TTHC tính theo công thức b/a                 | 1   | Tỷ lệ b/a                                   | Tỷ lệ HS giải quyết TTHC tính theo công thức b/a
            Tính theo tỷ lệ b/a; dưới 70% không điểm                          | 1   | Tỷ lệ b/a; dưới 70% không điểm               | tỷ lệ b/a; dưới 70% không điểm
            Tỷ lệ dưới 50% không tính điểm                                    | 2   | Tỷ lệ b/a; dưới 50% không điểm               | Tỷ lệ dưới 50% không tính điểm
            b/a < 0,7 không có điểm                                           | 1   | Tỷ lệ b/a; dưới 70% không điểm               | b/a < 0,7 không có điểm
            Đạt từ 90% trở lên được điểm tối đa; tính theo tỷ lệ b/a         | 1   | Tỷ lệ b/a; từ 90% điểm tối đa                | Đạt từ 90% trở lên được điểm tối đa; tính theo tỷ lệ b/a
            Đạt 100% số văn bản được điểm tối đa, tính tỷ lệ                  | 1   | Tỷ lệ b/a                                   | Đạt 100% số văn bản được điểm tối đa, tính tỷ lệ
            Mỗi văn bản ban hành chậm trừ 0,5 điểm                            | 2   | Trừ 0,5 điểm mỗi lần vi phạm                 | Mỗi văn bản ban hành chậm trừ 0,5 điểm
            Chậm 01 văn bản bị trừ 0,25 điểm                                  | 1   | Trừ 0,25 điểm mỗi lần vi phạm                | 01 văn bản bị trừ 0,25 điểm
            Trừ 0,5 điểm/báo cáo chậm                                         | 1   | Trừ 0,5 điểm mỗi lần vi phạm                 | Trừ 0,5 điểm/
            Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm                         | 1   | Chọn mức: Ban hành đúng hạn: 1; Chậm: 0,5    | Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm
            Có thực hiện (1 điểm); Không thực hiện (0 điểm)                   | 1   | Chọn mức: Có thực hiện: 1; Không thực hiện: 0 | Có thực hiện (1 điểm); Không thực hiện (0 điểm)
            Hoàn thành: tối đa; Không hoàn thành: không điểm                 | 2   | Chọn mức: Hoàn thành: 2; Không hoàn thành: 0 | Hoàn thành: tối đa; Không hoàn thành: không điểm
            Ban hành đúng hạn: 3 điểm; chậm: 1 điểm                           | 1   | ''                                          | ''
            Theo kết quả điều tra xã hội học                                  | 3   | Điểm nhận từ bên ngoài                       | điều tra xã hội học
            Hội đồng xem xét, đánh giá                                        | 1   | ''                                          | ''
            Đồng ý                                                            | 1   | ''                                          | ''
            """)
    void guidance(String guidance, BigDecimal max, String expected, String quote) {
        RuleGuess guess = RuleGuesser.guess("", guidance, "Tiêu chí", max);
        ScoringRule rule = expected.isEmpty() ? ScoringRule.Manual.FREE : RuleText.parse(expected).orElseThrow();
        assertThat(guess.rule()).isEqualTo(rule);
        assertThat(guess.quote()).isEqualTo(quote);
        assertThat(guess.source()).isEqualTo(expected.isEmpty() ? RuleGuess.Source.DEFAULT : RuleGuess.Source.GUIDANCE);
    }

    @Test
    void theRuleColumnWinsOverTheGuidance() {
        RuleGuess guess = RuleGuesser.guess("Chấm trực tiếp, bước 0,25", "Tính theo tỷ lệ b/a", "Tỷ lệ …", ONE);
        assertThat(guess.rule()).isEqualTo(new ScoringRule.Manual(new BigDecimal("0.25")));
        assertThat(guess.source()).isEqualTo(RuleGuess.Source.RULE_COLUMN);
    }

    @Test
    void aTitleStartingWithTyLeIsARatio() {
        RuleGuess guess = RuleGuesser.guess("", "", "Tỷ lệ hồ sơ DVCTT", ONE);
        assertThat(guess.rule()).isEqualTo(ScoringRule.Ratio.PLAIN);
        assertThat(guess.quote()).isEqualTo("Tỷ lệ");
    }

    @Test
    void levelsAcrossLinesWithDashes() {
        RuleGuess guess = RuleGuesser.guess("", "- Ban hành đúng hạn: 1 điểm\n- Ban hành chậm: 0,5 điểm\n- Không ban hành: 0 điểm",
                "Kế hoạch", ONE);
        assertThat(guess.rule()).isEqualTo(new ScoringRule.Levels(List.of(new Level("Ban hành đúng hạn", ONE),
                new Level("Ban hành chậm", new BigDecimal("0.5")), new Level("Không ban hành", BigDecimal.ZERO))));
    }

    /** Every rule written in the template's words reads back as the same rule. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Chấm trực tiếp
            Chấm trực tiếp, bước 0,25
            Điểm nhận từ bên ngoài
            Chọn mức: Ban hành đúng hạn: 1; Ban hành chậm: 0,5; Không ban hành: 0
            Chọn mức: Mức 1: có kế hoạch: 1; Mức 2: 0
            Tỷ lệ b/a
            Tỷ lệ b/a; dưới 70% không điểm
            Tỷ lệ b/a; dưới 65,5% không điểm; từ 90% điểm tối đa
            Trừ 0,5 điểm mỗi lần vi phạm
            Tổng các tiêu chí con
            """)
    void ruleTextRoundTrips(String text) {
        ScoringRule rule = RuleText.parse(text).orElseThrow();
        assertThat(RuleText.format(rule)).isEqualTo(text);
    }
}
