package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.testdata.SmallCommune;

/** The optional {@code rounds} object of the assessment JSON: kept whole, absent in older files, checked when bad. */
class RoundsJsonTest {

    private static Assessment inTheRounds() {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(new RuleInput.PointsInput(new BigDecimal("4"))));
        return a.withRounds(Rounds.NONE.withDeadline(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 12, 20)))
                .withStep(new RoundStep(Stage.SENT_FOR_APPRAISAL, LocalDate.of(2026, 12, 6), "Lê Thị Hoa",
                        "UBND xã Hiền Thành"));
    }

    @Test
    void theRoundsTravelWholeAndAWorkbookOutsideThemWritesNone() {
        Assessment a = inTheRounds();
        String json = new String(AssessmentJson.toBytes(a), StandardCharsets.UTF_8);
        assertThat(json).contains("\"rounds\"", "\"side\": \"don-vi\"", "\"stage\": \"gui-tham-dinh\"",
                "\"date\": \"2026-12-06\"", "\"stage\": \"tham-dinh-1\"", "\"date\": \"2026-12-20\"");
        Assessment back = AssessmentJson.check(AssessmentJson.toBytes(a)).valueOrThrow();
        assertThat(back).isEqualTo(a);
        assertThat(back.rounds().side()).isEqualTo(Side.UNIT);

        Assessment outside = a.withRounds(Rounds.NONE);
        assertThat(new String(AssessmentJson.toBytes(outside), StandardCharsets.UTF_8)).doesNotContain("rounds");
    }

    @Test
    void theFrozenFileFromBeforeTheRoundsOpensAtTheStageItsFieldsImply() {
        Assessment old = CchcFile.read(Path.of("src/test/resources/vn/cchc/workbook/interchange/frozen/v1/"
                + "hien-thanh-6t-2023.cchc"));
        assertThat(old.rounds()).isEqualTo(Rounds.NONE);
        assertThat(old.stage()).isEqualTo(Stage.FIRST_APPRAISAL);
    }

    @Test
    void aStepOutOfOrderAnUnknownStageOrAMissingDateIsRefusedWhereItIs() {
        String json = new String(AssessmentJson.toBytes(inTheRounds()), StandardCharsets.UTF_8);
        String outOfOrder = json.replaceFirst("\"steps\": \\[", "\"steps\": [{\"stage\": \"tham-dinh-2\", "
                + "\"date\": \"2026-12-05\"},");
        assertThat(AssessmentJson.check(outOfOrder.getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(Problem::describe).anySatisfy(text -> assertThat(text)
                        .contains("Không thể “Gửi thẩm định” khi sổ đang ở bước “Thẩm định lần 2”."));
        String unknown = json.replace("\"stage\": \"gui-tham-dinh\"", "\"stage\": \"tu-danh-gia\"");
        assertThat(AssessmentJson.check(unknown.getBytes(StandardCharsets.UTF_8)).isValid()).isFalse();
        String noDate = json.replace("\"date\": \"2026-12-06\",", "");
        assertThat(AssessmentJson.check(noDate.getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(Problem::describe).anySatisfy(text -> assertThat(text).contains("thiếu ngày"));
        String longName = json.replace("Lê Thị Hoa", "x".repeat(201));
        assertThat(AssessmentJson.check(longName.getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(Problem::describe).anySatisfy(text -> assertThat(text).contains("quá giới hạn 200"));
    }
}
