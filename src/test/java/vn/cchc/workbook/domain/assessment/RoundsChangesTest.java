package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Kind;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * The rounds in the what-changed list: a step recorded, dropped or recorded otherwise, a deadline set, removed or
 * moved, each one row in the bundle's words; whose copy it is is not a change; a department's part ignores them.
 */
class RoundsChangesTest {

    private static final LocalDate SENT = LocalDate.of(2026, 10, 1);
    private static final LocalDate RESULT = LocalDate.of(2026, 10, 15);

    private static final RoundStep SENT_STEP = new RoundStep(Stage.SENT_FOR_APPRAISAL, SENT, "Lê Thị Hoa",
            "UBND xã Hiền Thành");
    private static final RoundStep RESULT_STEP = new RoundStep(Stage.FIRST_APPRAISAL, RESULT, "Trần Văn Nam",
            "Sở Nội vụ");

    /** The unit's copy as sent: one step, the appraiser's deadline from the province's plan. */
    private final Assessment sent = SmallCommune.standard("Hiền Thành")
            .withRounds(new Rounds(Side.UNIT, List.of(SENT_STEP), Map.of(Stage.FIRST_APPRAISAL, RESULT)));

    private Assessment withRounds(Assessment a, List<RoundStep> steps, Map<Stage, LocalDate> deadlines) {
        return a.withRounds(new Rounds(a.rounds().side(), steps, deadlines));
    }

    @Test
    void aStepTheOtherSideRecordedIsOneAddedRowInWords() {
        Assessment returned = withRounds(sent, List.of(SENT_STEP, RESULT_STEP), sent.rounds().deadlines());

        List<Change> changes = AssessmentChanges.between(sent, returned);

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.code()).isEmpty();
            assertThat(change.field()).isEqualTo(Field.ROUND_STEP);
            assertThat(change.kind()).isEqualTo(Kind.ADDED);
            assertThat(change.before()).isEmpty();
            assertThat(change.after()).isEqualTo("Gửi kết quả thẩm định, ngày 15/10/2026, Trần Văn Nam (Sở Nội vụ)");
            assertThat(change.describe()).isEqualTo("Toàn sổ: Bước của vòng thẩm định: – → "
                    + "Gửi kết quả thẩm định, ngày 15/10/2026, Trần Văn Nam (Sở Nội vụ)");
        });
    }

    @Test
    void aStepNoLongerInTheFileIsARemovedRow() {
        Assessment returned = withRounds(sent, List.of(), sent.rounds().deadlines());

        assertThat(AssessmentChanges.between(sent, returned))
                .extracting(Change::field, Change::kind, Change::before, Change::after)
                .containsExactly(tuple(Field.ROUND_STEP, Kind.REMOVED,
                        "Gửi thẩm định, ngày 01/10/2026, Lê Thị Hoa (UBND xã Hiền Thành)", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another date         | 2026-10-02 | Lê Thị Hoa   | UBND xã Hiền Thành | Gửi thẩm định, ngày 02/10/2026, Lê Thị Hoa (UBND xã Hiền Thành)
            another person       | 2026-10-01 | Phạm Văn Cường | UBND xã Hiền Thành | Gửi thẩm định, ngày 01/10/2026, Phạm Văn Cường (UBND xã Hiền Thành)
            another organisation | 2026-10-01 | Lê Thị Hoa   | Văn phòng UBND xã   | Gửi thẩm định, ngày 01/10/2026, Lê Thị Hoa (Văn phòng UBND xã)
            nobody named         | 2026-10-01 |              |                     | Gửi thẩm định, ngày 01/10/2026
            """)
    void aStepRecordedOtherwiseIsAChangedRowWithBothVersions(String what, LocalDate date, String name,
                                                             String organisation, String after) {
        Assessment returned = withRounds(sent,
                List.of(new RoundStep(Stage.SENT_FOR_APPRAISAL, date, name, organisation)),
                sent.rounds().deadlines());

        assertThat(AssessmentChanges.between(sent, returned))
                .extracting(Change::field, Change::kind, Change::before, Change::after)
                .containsExactly(tuple(Field.ROUND_STEP, Kind.CHANGED,
                        "Gửi thẩm định, ngày 01/10/2026, Lê Thị Hoa (UBND xã Hiền Thành)", after));
    }

    @Test
    void deadlinesSetRemovedAndMovedAreRowsOfTheirOwnInTheOrderOfTheSteps() {
        Assessment returned = withRounds(sent, sent.rounds().steps(), Map.of(
                Stage.FIRST_APPRAISAL, RESULT.plusDays(5),
                Stage.EXPLANATION, LocalDate.of(2026, 10, 25)));
        Assessment noDeadline = withRounds(sent, sent.rounds().steps(), Map.of());

        assertThat(AssessmentChanges.between(sent, returned))
                .extracting(Change::field, Change::kind, Change::before, Change::after)
                .containsExactly(
                        tuple(Field.ROUND_DEADLINE, Kind.CHANGED, "Gửi kết quả thẩm định: hạn 15/10/2026",
                                "Gửi kết quả thẩm định: hạn 20/10/2026"),
                        tuple(Field.ROUND_DEADLINE, Kind.ADDED, "", "Gửi giải trình: hạn 25/10/2026"));
        assertThat(AssessmentChanges.between(sent, noDeadline))
                .extracting(Change::field, Change::kind, Change::before, Change::after)
                .containsExactly(tuple(Field.ROUND_DEADLINE, Kind.REMOVED, "Gửi kết quả thẩm định: hạn 15/10/2026",
                        ""));
    }

    @Test
    void theWorkbookRowsComeFirstThenTheStepsThenTheDeadlinesThenTheCriteria() {
        Assessment returned = withRounds(sent.withEntry(sent.entry("1.1").withSelfExplanation("Đã bổ sung.")),
                List.of(SENT_STEP, RESULT_STEP), Map.of(Stage.EXPLANATION, LocalDate.of(2026, 10, 25)))
                .withLocked(true);

        assertThat(AssessmentChanges.between(sent, returned)).extracting(Change::code, Change::field).containsExactly(
                tuple("", Field.LOCKED),
                tuple("", Field.ROUND_STEP),
                tuple("", Field.ROUND_DEADLINE),
                tuple("", Field.ROUND_DEADLINE),
                tuple("1.1", Field.EXPLANATION));
    }

    @Test
    void whoseCopyItIsIsNotAChangeAndEqualRoundsGiveNone() {
        Assessment appraisersCopy = sent.withRounds(sent.rounds().withSide(Side.APPRAISER));

        assertThat(AssessmentChanges.between(sent, appraisersCopy)).isEmpty();
        assertThat(AssessmentChanges.between(sent, sent)).isEmpty();
        assertThat(AssessmentChanges.roundsBetween(Rounds.NONE, Rounds.NONE)).isEmpty();
    }

    @Test
    void aDepartmentsPartThatRecordedAStepIsNeitherRefusedNorTakesIt() {
        Assessment workbook = sent;
        Assessment part = DepartmentParts.split(workbook, SmallCommune.B);
        Assessment returned = withRounds(part, List.of(SENT_STEP, RESULT_STEP), Map.of())
                .withEntry(part.entry("2.1").withSelfExplanation("Phòng đã bổ sung báo cáo."));
        List<String> codes = DepartmentParts.codesOf(workbook, SmallCommune.B.id());

        DepartmentParts.MergeResult result = DepartmentParts.merge(workbook, part, returned, codes,
                DepartmentParts.Resolution.NONE);

        assertThat(AssessmentChanges.betweenExceptRounds(part, returned)).extracting(Change::code, Change::field)
                .containsExactly(tuple("2.1", Field.EXPLANATION));
        assertThat(result.outside()).isEmpty();
        assertThat(result.canMerge()).isTrue();
        assertThat(result.merged().entry("2.1").selfExplanation()).isEqualTo("Phòng đã bổ sung báo cáo.");
        assertThat(result.merged().rounds()).isEqualTo(workbook.rounds());
    }
}
