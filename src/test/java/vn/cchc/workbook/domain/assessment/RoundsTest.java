package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.RoundChecks.Kind;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.testdata.SmallCommune;

class RoundsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    private static RuleInput points(String value) {
        return new RuleInput.PointsInput(new BigDecimal(value));
    }

    private static RoundStep step(Stage stage, LocalDate date) {
        return new RoundStep(stage, date, stage.actor() == Side.UNIT ? "Lê Thị Hoa" : "Trần Văn Nam",
                stage.actor() == Side.UNIT ? "UBND xã Hiền Thành" : "Sở Nội vụ tỉnh Quảng Trị");
    }

    private static Assessment selfScored() {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(points("4")).withSelfExplanation("Kế hoạch chưa ký."));
        a = a.withEntry(a.entry("1.2").withSelf(points("6"))
                .withEvidence(List.of(new EvidenceDocument("30/KH-UBND", null, "Kế hoạch CCHC", ""))));
        a = a.withEntry(a.entry("2.1").withSelf(points("45")).withSelfExplanation("Đang tổng hợp."));
        return a.withEntry(a.entry("2.2").withSelf(points("40")).withSelfExplanation("Chưa có bản chụp."));
    }

    @Test
    void aWorkbookStartsAtSelfAssessmentOutsideTheRoundsWithEveryColumnOpen() {
        Assessment a = selfScored();
        assertThat(a.stage()).isEqualTo(Stage.SELF_ASSESSMENT);
        assertThat(a.rounds().side()).isNull();
        // Outside the rounds the clerk may still type the province's appraisal from a letter.
        Assessment typed = a.withEntry(a.entry("2.1").withFirstAppraisal(points("40")));
        assertThat(typed.stage()).isEqualTo(Stage.FIRST_APPRAISAL);
    }

    @Test
    void theWholeRoundFollowsTheAllowedStepsWithTheirDatesAndWho() {
        Assessment a = selfScored().withStep(step(Stage.SENT_FOR_APPRAISAL, DAY));
        assertThat(a.stage()).isEqualTo(Stage.SENT_FOR_APPRAISAL);
        assertThat(a.rounds().side()).isEqualTo(Side.UNIT);
        assertThat(a.rounds().last().orElseThrow().who()).isEqualTo("Lê Thị Hoa (UBND xã Hiền Thành)");

        // The appraiser's copy (as received) appraises 2.1 lower, with its opinion.
        Assessment appraiser = a.withRounds(a.rounds().receivedBy(null));
        assertThat(appraiser.rounds().side()).isEqualTo(Side.APPRAISER);
        appraiser = appraiser.withEntry(appraiser.entry("1.1").withFirstAppraisal(points("4")));
        appraiser = appraiser.withEntry(appraiser.entry("1.2").withFirstAppraisal(points("6")));
        appraiser = appraiser.withEntry(appraiser.entry("2.1").withFirstAppraisal(points("40"))
                .withAppraisalOpinion("Thiếu báo cáo quý IV."));
        appraiser = appraiser.withEntry(appraiser.entry("2.2").withFirstAppraisal(points("40")));
        appraiser = appraiser.withStep(step(Stage.FIRST_APPRAISAL, DAY.plusDays(5)));
        assertThat(appraiser.stage()).isEqualTo(Stage.FIRST_APPRAISAL);

        Assessment unit = appraiser.withRounds(appraiser.rounds().receivedBy(Side.UNIT));
        unit = unit.withEntry(unit.entry("2.1").withSelfExplanation("Báo cáo quý IV đã gửi ngày 28/12."));
        unit = unit.withStep(step(Stage.EXPLANATION, DAY.plusDays(8)));

        Assessment second = unit.withRounds(unit.rounds().receivedBy(Side.APPRAISER));
        second = second.withEntry(second.entry("2.1").withSecondAppraisal(points("45")));
        second = second.withStep(step(Stage.SECOND_APPRAISAL, DAY.plusDays(10)));
        Assessment closed = second.withStep(step(Stage.CLOSED, DAY.plusDays(10)));

        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.locked()).isTrue();
        assertThat(closed.rounds().steps()).extracting(RoundStep::stage, RoundStep::date).containsExactly(
                tuple(Stage.SENT_FOR_APPRAISAL, DAY), tuple(Stage.FIRST_APPRAISAL, DAY.plusDays(5)),
                tuple(Stage.EXPLANATION, DAY.plusDays(8)), tuple(Stage.SECOND_APPRAISAL, DAY.plusDays(10)),
                tuple(Stage.CLOSED, DAY.plusDays(10)));
        // 4 + 6 + 45 + 40 = 95 appraised after the explanation (the first appraisal gave 90).
        assertThat(ScoreEngine.score(closed).totals(Track.APPRAISED).total()).isEqualByComparingTo("95");
        assertThatThrownBy(() -> closed.withLocked(false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("đã được chốt");
    }

    @Test
    void stepsOutOfOrderByTheOtherSideOrDatedBackAreRefused() {
        Assessment a = selfScored();
        assertThatThrownBy(() -> a.withStep(step(Stage.FIRST_APPRAISAL, DAY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Không thể “Gửi kết quả thẩm định” khi sổ đang ở bước “Tự đánh giá”.");
        Assessment sent = a.withStep(step(Stage.SENT_FOR_APPRAISAL, DAY));
        // The unit's copy cannot send the appraisal result.
        assertThatThrownBy(() -> sent.withStep(step(Stage.FIRST_APPRAISAL, DAY)))
                .hasMessage("“Gửi kết quả thẩm định” là việc của bên kia; đây là Bản của đơn vị.");
        Assessment appraiser = sent.withRounds(sent.rounds().withSide(Side.APPRAISER));
        assertThatThrownBy(() -> appraiser.withStep(step(Stage.FIRST_APPRAISAL, DAY.minusDays(1))))
                .hasMessage("Ngày 05/12/2026 sớm hơn bước trước (ngày 06/12/2026).");
        assertThatThrownBy(() -> new RoundStep(Stage.SENT_FOR_APPRAISAL, DAY, "x".repeat(201), ""))
                .hasMessage("Tên người thực hiện dài 201 ký tự, quá giới hạn 200 ký tự.");
        assertThatThrownBy(() -> new RoundStep(Stage.SENT_FOR_APPRAISAL, DAY, "A\nB", ""))
                .isInstanceOf(InvalidInputException.class);
        assertThat(appraiser.stage()).isEqualTo(Stage.SENT_FOR_APPRAISAL);
    }

    @Test
    void eachSideSeesTheOtherSidesPartReadOnlyAndAClosedResultIsReadOnlyWhole() {
        Assessment unit = selfScored().withStep(step(Stage.SENT_FOR_APPRAISAL, DAY));
        assertThatThrownBy(() -> unit.withEntry(unit.entry("2.1").withFirstAppraisal(points("40"))))
                .hasMessage("Tiêu chí 2.1: đây là bản của đơn vị, điểm thẩm định và ý kiến thẩm định chỉ để xem.");
        assertThatThrownBy(() -> unit.withEntry(unit.entry("2.1").withAppraisalOpinion("Tốt")))
                .isInstanceOf(InvalidInputException.class);
        // The unit's own part and its planning stay open.
        assertThat(unit.withEntry(unit.entry("2.1").withSelf(points("44"))).entry("2.1").self())
                .isEqualTo(points("44"));
        assertThat(unit.rounds().readOnly(Rounds.Part.SELF)).isEmpty();

        Assessment appraiser = unit.withRounds(unit.rounds().receivedBy(null));
        assertThatThrownBy(() -> appraiser.withEntry(appraiser.entry("2.1").withSelf(points("50"))))
                .hasMessage("Tiêu chí 2.1: đây là bản của cơ quan thẩm định, điểm tự đánh giá, giải trình và minh "
                        + "chứng của đơn vị chỉ để xem.");
        assertThatThrownBy(() -> appraiser.withEntry(appraiser.entry("2.1").withSelfExplanation("khác")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> appraiser.withEntry(appraiser.entry("1.2").withEvidence(List.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(appraiser.withEntry(appraiser.entry("2.1").withFirstAppraisal(points("40")))
                .entry("2.1").firstAppraisal()).isEqualTo(points("40"));

        Assessment closed = appraiser.withEntry(appraiser.entry("2.1").withFirstAppraisal(points("45")))
                .withStep(step(Stage.FIRST_APPRAISAL, DAY)).withStep(step(Stage.CLOSED, DAY));
        // Even with the lock lifted by a file that says otherwise, a recorded "chốt" keeps everything read-only.
        Assessment unlockedFile = new Assessment(closed.id(), closed.unit(), closed.period(), closed.year(),
                closed.criteria(), closed.departments(), closed.entries(), false, "", null, null, null,
                closed.rounds());
        assertThatThrownBy(() -> unlockedFile.withEntry(unlockedFile.entry("1.1").withTarget(BigDecimal.ONE)))
                .hasMessage("Tiêu chí 1.1: kết quả đã chốt, không sửa được nữa.");
    }

    @Test
    void aWorkbookFromBeforeTheRoundsOpensAtTheStageItsFieldsImply() {
        Assessment a = selfScored();
        assertThat(a.stage()).isEqualTo(Stage.SELF_ASSESSMENT);
        a = a.withEntry(a.entry("2.1").withFirstAppraisal(points("40")));
        assertThat(a.stage()).isEqualTo(Stage.FIRST_APPRAISAL);
        a = a.withEntry(a.entry("2.1").withSecondAppraisal(points("45")));
        assertThat(a.stage()).isEqualTo(Stage.SECOND_APPRAISAL);
        assertThat(a.withLocked(true).stage()).isEqualTo(Stage.CLOSED);
        // The next step follows the implied stage: the appraiser fixes the result.
        Assessment closed = a.withRounds(a.rounds().withSide(Side.APPRAISER)).withStep(step(Stage.CLOSED, DAY));
        assertThat(closed.rounds().steps()).extracting(RoundStep::stage).containsExactly(Stage.CLOSED);
    }

    @Test
    void anAppraisalTypedIntoAFileReceivedOutsideTheRoundsCanStillBeSent() {
        // The commune saved its self scores and e-mailed the file without "Gửi thẩm định"; the Sở appraises it.
        Assessment a = selfScored();
        a = a.withEntry(a.entry("2.1").withFirstAppraisal(points("40")));
        assertThat(a.stage()).isEqualTo(Stage.FIRST_APPRAISAL);
        // Before, the typed scores implied the result was already sent: the next step offered was the commune's
        // "Gửi giải trình", and "Gửi kết quả thẩm định" was refused.
        assertThat(a.allowedSteps()).containsExactly(Stage.FIRST_APPRAISAL, Stage.EXPLANATION, Stage.CLOSED);
        Assessment sent = a.withStep(new RoundStep(Stage.FIRST_APPRAISAL, DAY, "Nguyễn Văn B", "Sở Nội vụ"));
        assertThat(sent.rounds().side()).isEqualTo(Side.APPRAISER);
        assertThat(sent.stage()).isEqualTo(Stage.FIRST_APPRAISAL);
        assertThat(sent.allowedSteps()).containsExactly(Stage.CLOSED);
        assertThatThrownBy(() -> sent.withStep(step(Stage.FIRST_APPRAISAL, DAY)))
                .isInstanceOf(vn.cchc.workbook.domain.InvalidInputException.class);
        // Its deadline is the one that counts until it is sent.
        Assessment planned = a.withRounds(a.rounds().withDeadline(Stage.FIRST_APPRAISAL, DAY.plusDays(3)));
        assertThat(planned.due(DAY).orElseThrow().step()).isEqualTo(Stage.FIRST_APPRAISAL);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-11, còn 5 ngày, false",
            "2026-12-06, hạn hôm nay, false",
            "2026-12-04, quá hạn 2 ngày, true"})
    void theDeadlineOfTheNextStepIsCountedInDays(LocalDate deadline, String text, boolean overdue) {
        Assessment a = selfScored().withRounds(Rounds.NONE.withDeadline(Stage.SENT_FOR_APPRAISAL, deadline)
                .withDeadline(Stage.FIRST_APPRAISAL, deadline.plusDays(20)));
        Rounds.Due due = a.due(DAY).orElseThrow();
        assertThat(due.step()).isEqualTo(Stage.SENT_FOR_APPRAISAL);
        assertThat(due.text()).isEqualTo(text);
        assertThat(due.overdue()).isEqualTo(overdue);
        assertThat(due.describe()).startsWith("Gửi thẩm định: hạn " + vn.cchc.workbook.domain.text.VietnameseDates
                .format(deadline) + ", ");
        // After sending, the appraisal's own deadline counts.
        assertThat(a.withStep(step(Stage.SENT_FOR_APPRAISAL, DAY)).due(DAY).orElseThrow().daysLeft())
                .isEqualTo(deadline.plusDays(20).toEpochDay() - DAY.toEpochDay());
    }

    @Test
    void aDeadlineNeedsAStepAndAPlausibleYear() {
        assertThatThrownBy(() -> new Rounds(null, List.of(), Map.of(Stage.SELF_ASSESSMENT, DAY)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Rounds.NONE.withDeadline(Stage.CLOSED, LocalDate.of(3026, 1, 1)))
                .hasMessage("Ngày 01/01/3026 nằm ngoài khoảng năm 1945–2100.");
    }

    @Test
    void whatTheNextStepMissesDependsOnWhoMakesIt() {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(points("4")));
        a = a.withEntry(a.entry("1.2").withSelf(points("6"))
                .withEvidence(List.of(new EvidenceDocument("30/KH-UBND", null, "Kế hoạch CCHC", ""))));
        a = a.withEntry(a.entry("2.1").withSelf(points("45")).withSelfExplanation("Đang tổng hợp."));
        // Before "Gửi thẩm định": 1.1 scored without evidence needs an explanation, 2.2 a score.
        assertThat(RoundChecks.forNextStep(a)).extracting(RoundChecks.Missing::code, RoundChecks.Missing::kind)
                .containsExactly(tuple("1.1", Kind.EXPLANATION), tuple("2.2", Kind.SCORE));
        a = a.withEntry(a.entry("1.1").withSelfExplanation("Kế hoạch chưa ký."));
        a = a.withEntry(a.entry("2.2").withNotApplicable(true));
        assertThat(RoundChecks.forNextStep(a)).isEmpty();

        Assessment appraiser = a.withStep(step(Stage.SENT_FOR_APPRAISAL, DAY));
        appraiser = appraiser.withRounds(appraiser.rounds().receivedBy(null));
        appraiser = appraiser.withEntry(appraiser.entry("1.1").withFirstAppraisal(points("4")));
        appraiser = appraiser.withEntry(appraiser.entry("2.1").withFirstAppraisal(points("40")));
        // Before "Gửi kết quả thẩm định": 1.2 not appraised; 2.1 appraised 40 < 45 without an opinion.
        assertThat(RoundChecks.forNextStep(appraiser))
                .extracting(RoundChecks.Missing::code, RoundChecks.Missing::kind)
                .containsExactly(tuple("1.2", Kind.APPRAISAL), tuple("2.1", Kind.OPINION));
        appraiser = appraiser.withEntry(appraiser.entry("1.2").withFirstAppraisal(points("6")));
        appraiser = appraiser.withEntry(appraiser.entry("2.1").withAppraisalOpinion("Thiếu báo cáo quý IV."));
        assertThat(RoundChecks.forNextStep(appraiser)).isEmpty();
        assertThat(RoundChecks.forNextStep(appraiser.withStep(step(Stage.FIRST_APPRAISAL, DAY))
                .withStep(step(Stage.CLOSED, DAY)))).isEmpty();
    }

    @Test
    void theStepsFileNameIsPlainAsciiAndSaysWhichStepItIs() {
        Assessment a = selfScored();
        assertThat(RoundFileName.of(a, Stage.SENT_FOR_APPRAISAL, DAY))
                .isEqualTo("Hien Thanh - 6 thang dau nam 2026 - Tu danh gia - gui tham dinh - 2026-12-06.cchc");
        assertThat(RoundFileName.of(a, Stage.SECOND_APPRAISAL, DAY))
                .isEqualTo("Hien Thanh - 6 thang dau nam 2026 - Tham dinh lan 2 - gui ket qua - 2026-12-06.cchc");
        Assessment odd = a.withDescription(new AssessedUnit("Xã <Đông>/Hà:\\\"?*" + "x".repeat(100),
                a.unit().level(), "", ""), a.period(), a.year());
        String name = RoundFileName.of(odd, Stage.CLOSED, DAY);
        assertThat(name).matches("[A-Za-z0-9 _.,()\\-]+").startsWith("Xa Dong Ha x").hasSizeLessThan(200);
    }
}
