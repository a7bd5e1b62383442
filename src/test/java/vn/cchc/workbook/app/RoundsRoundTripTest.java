package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.RoundChecks;
import vn.cchc.workbook.domain.assessment.RoundFileName;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * Issue 16's round trip with the stages, through real .cchc files between two data folders and the session the
 * window edits through: the unit self-scores with evidence and sends it for appraisal; the appraiser opens it in its
 * own folder (its copy: the self part read-only), appraises and sends the result; the unit (the appraisal read-only)
 * explains and sends; the appraiser appraises again, sends, and fixes the result. Stage, dates, who and the read-only
 * rules are checked at each step; at the end both folders hold the same workbook with the same figures.
 */
class RoundsRoundTripTest {

    private static final LocalDate SENT = LocalDate.of(2026, 12, 6);

    @TempDir
    Path unitData;
    @TempDir
    Path appraiserData;
    @TempDir
    Path mail;
    @TempDir
    Path documents;

    @Test
    void theRoundsGoFromSelfAssessmentToAFixedResultWithEachSidesPartReadOnlyForTheOther() throws Exception {
        String id;
        Path toAppraiser;
        try (H2WorkbookStore store = H2WorkbookStore.open(unitData)) {
            Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
            store.createAssessment(a);
            id = a.id();
            EditSession unit = new EditSession(store, a);
            EvidenceService evidence = new EvidenceService(store);
            EvidenceDocument plan = evidence.attach(unit.assessment(), EvidenceSamples.write(documents,
                    "Kế hoạch.pdf", EvidenceSamples.pdf("Kế hoạch CCHC 2026")),
                    new EvidenceDocument("30/KH-UBND", LocalDate.of(2026, 1, 15), "Kế hoạch CCHC năm 2026", ""));
            EvidenceDocument photo = evidence.attach(unit.assessment(), EvidenceSamples.write(documents,
                    "Bộ phận một cửa.jpg", EvidenceSamples.jpeg(3)),
                    new EvidenceDocument("", null, "Ảnh Bộ phận một cửa", ""));
            EvidenceDocument report = evidence.attach(unit.assessment(), EvidenceSamples.write(documents,
                    "Báo cáo.docx", EvidenceSamples.docx("Báo cáo quý")), new EvidenceDocument("12/BC-UBND",
                    LocalDate.of(2026, 6, 20), "Báo cáo CCHC 6 tháng", ""));
            unit.apply(unit.assessment().entry("1.1").withSelf(points("4")).withEvidence(List.of(plan)));
            unit.apply(unit.assessment().entry("1.2").withSelf(points("6")).withEvidence(List.of(plan, report)));
            unit.apply(unit.assessment().entry("2.1").withSelf(points("45")).withEvidence(List.of(photo)));
            unit.apply(unit.assessment().entry("2.2").withSelf(points("35"))
                    .withSelfExplanation("Quyết định kiện toàn đang trình ký."));
            assertThat(unit.assessment().stage()).isEqualTo(Stage.SELF_ASSESSMENT);
            assertThat(RoundChecks.forNextStep(unit.assessment())).isEmpty();
            // Outside the rounds the unit could still type an appraisal; once sent, it cannot.
            unit.recordStep(new RoundStep(Stage.SENT_FOR_APPRAISAL, SENT, "Lê Thị Hoa", "UBND xã Hiền Thành"));
            toAppraiser = mail.resolve(RoundFileName.of(unit.assessment(), Stage.SENT_FOR_APPRAISAL, SENT));
            unit.requireWritten();
            new WorkbookFiles(store).saveWithEvidence(id, toAppraiser, 0);
            assertThat(toAppraiser.getFileName().toString()).isEqualTo(
                    "Hien Thanh - 6 thang dau nam 2026 - Tu danh gia - gui tham dinh - 2026-12-06.cchc");
            assertThat(store.loadAssessment(id).orElseThrow().rounds().side()).isEqualTo(Side.UNIT);
            refused(unit, unit.assessment().entry("2.1").withFirstAppraisal(points("40")),
                    "Tiêu chí 2.1: đây là bản của đơn vị");
        }
        assertThat(CchcFile.readManifest(toAppraiser).evidence()).hasSize(3);

        // The appraiser opens it in its own folder: the appraiser's copy, at "Đã gửi thẩm định".
        Path result;
        try (H2WorkbookStore store = H2WorkbookStore.open(appraiserData)) {
            new WorkbookFiles(store).open(toAppraiser, OnConflict.ASK);
            EditSession appraiser = new EditSession(store, store.loadAssessment(id).orElseThrow());
            assertThat(appraiser.assessment().stage()).isEqualTo(Stage.SENT_FOR_APPRAISAL);
            assertThat(appraiser.assessment().rounds().side()).isEqualTo(Side.APPRAISER);
            assertThat(appraiser.assessment().rounds().last().orElseThrow())
                    .isEqualTo(new RoundStep(Stage.SENT_FOR_APPRAISAL, SENT, "Lê Thị Hoa", "UBND xã Hiền Thành"));
            refused(appraiser, appraiser.assessment().entry("2.2").withSelf(points("40")),
                    "Tiêu chí 2.2: đây là bản của cơ quan thẩm định");
            refused(appraiser, appraiser.assessment().entry("2.2").withSelfExplanation("Sửa hộ."),
                    "Tiêu chí 2.2: đây là bản của cơ quan thẩm định");
            appraiser.applyAll(List.of(appraised(appraiser, "1.1", "4"), appraised(appraiser, "1.2", "6"),
                    appraised(appraiser, "2.1", "40").withAppraisalOpinion("Thiếu báo cáo quý IV."),
                    appraised(appraiser, "2.2", "30").withAppraisalOpinion("Chưa có quyết định kiện toàn.")));
            assertThat(RoundChecks.forNextStep(appraiser.assessment())).isEmpty();
            // The unit's step cannot be made in the appraiser's copy.
            assertThatThrownBy(() -> appraiser.recordStep(new RoundStep(Stage.EXPLANATION, SENT, "", "")))
                    .isInstanceOf(InvalidInputException.class);
            appraiser.recordStep(new RoundStep(Stage.FIRST_APPRAISAL, SENT.plusDays(5), "Trần Văn Nam",
                    "Sở Nội vụ tỉnh Quảng Trị"));
            result = mail.resolve(RoundFileName.of(appraiser.assessment(), Stage.FIRST_APPRAISAL, SENT.plusDays(5)));
            appraiser.requireWritten();
            new WorkbookFiles(store).saveWithEvidence(id, result, 0);
        }

        // The unit opens the result over its own copy: still the unit's copy, the appraisal read-only; it explains.
        Path explanation;
        try (H2WorkbookStore store = H2WorkbookStore.open(unitData)) {
            // Before taking it, the unit sees the step the appraiser recorded first, then the appraisal.
            List<AssessmentChanges.Change> returned = new ReturnedFiles(store).compare(result).orElseThrow()
                    .changes();
            assertThat(returned).filteredOn(c -> c.field() == AssessmentChanges.Field.ROUND_STEP)
                    .extracting(AssessmentChanges.Change::kind, AssessmentChanges.Change::after)
                    .containsExactly(tuple(AssessmentChanges.Kind.ADDED,
                            "Gửi kết quả thẩm định, ngày 11/12/2026, Trần Văn Nam (Sở Nội vụ tỉnh Quảng Trị)"));
            assertThat(returned.get(0).field()).isEqualTo(AssessmentChanges.Field.ROUND_STEP);
            assertThat(returned).extracting(AssessmentChanges.Change::field)
                    .contains(AssessmentChanges.Field.FIRST_APPRAISAL, AssessmentChanges.Field.OPINION);
            new WorkbookFiles(store).open(result, OnConflict.REPLACE);
            EditSession unit = new EditSession(store, store.loadAssessment(id).orElseThrow());
            assertThat(unit.assessment().stage()).isEqualTo(Stage.FIRST_APPRAISAL);
            assertThat(unit.assessment().rounds().side()).isEqualTo(Side.UNIT);
            assertThat(total(unit.assessment(), Track.APPRAISED)).isEqualByComparingTo("80");
            refused(unit, unit.assessment().entry("2.1").withAppraisalOpinion("Không đồng ý."),
                    "Tiêu chí 2.1: đây là bản của đơn vị");
            unit.apply(unit.assessment().entry("2.1").withSelfExplanation("Báo cáo quý IV đã gửi ngày 28/6."));
            unit.recordStep(new RoundStep(Stage.EXPLANATION, SENT.plusDays(8), "Lê Thị Hoa", "UBND xã Hiền Thành"));
            explanation = mail.resolve(RoundFileName.of(unit.assessment(), Stage.EXPLANATION, SENT.plusDays(8)));
            unit.requireWritten();
            new WorkbookFiles(store).saveWithEvidence(id, explanation, 0);
        }

        // The appraiser appraises 2.1 again, sends the second result, then fixes it.
        Assessment fixed;
        Path closedFile;
        try (H2WorkbookStore store = H2WorkbookStore.open(appraiserData)) {
            Assessment before = store.loadAssessment(id).orElseThrow();
            new WorkbookFiles(store).open(explanation, OnConflict.REPLACE);
            EditSession appraiser = new EditSession(store, store.loadAssessment(id).orElseThrow());
            assertThat(appraiser.assessment().rounds().side()).isEqualTo(Side.APPRAISER);
            assertThat(appraiser.assessment().stage()).isEqualTo(Stage.EXPLANATION);
            // What the unit changed: the step it recorded, then its explanation.
            assertThat(AssessmentChanges.between(before, appraiser.assessment()))
                    .extracting(AssessmentChanges.Change::code, AssessmentChanges.Change::field,
                            AssessmentChanges.Change::after)
                    .containsExactly(
                            tuple("", AssessmentChanges.Field.ROUND_STEP,
                                    "Gửi giải trình, ngày 14/12/2026, Lê Thị Hoa (UBND xã Hiền Thành)"),
                            tuple("2.1", AssessmentChanges.Field.EXPLANATION, "Báo cáo quý IV đã gửi ngày 28/6."));
            appraiser.apply(appraiser.assessment().entry("2.1").withSecondAppraisal(points("45")));
            appraiser.recordStep(new RoundStep(Stage.SECOND_APPRAISAL, SENT.plusDays(10), "Trần Văn Nam",
                    "Sở Nội vụ tỉnh Quảng Trị"));
            appraiser.recordStep(new RoundStep(Stage.CLOSED, SENT.plusDays(12), "Trần Văn Nam",
                    "Sở Nội vụ tỉnh Quảng Trị"));
            fixed = appraiser.assessment();
            assertThat(fixed.locked()).isTrue();
            refused(appraiser, fixed.entry("1.1").withFirstAppraisal(points("3")), "khóa");
            assertThatThrownBy(() -> appraiser.setLocked(false)).hasMessageContaining("đã được chốt");
            appraiser.requireWritten();
            assertThat(store.loadAssessment(id).orElseThrow()).isEqualTo(fixed);
            closedFile = mail.resolve(RoundFileName.of(fixed, Stage.CLOSED, SENT.plusDays(12)));
            new WorkbookFiles(store).saveWithEvidence(id, closedFile, 0);
        }
        assertThat(closedFile.getFileName().toString())
                .isEqualTo("Hien Thanh - 6 thang dau nam 2026 - Ket qua da chot - 2026-12-18.cchc");

        try (H2WorkbookStore store = H2WorkbookStore.open(unitData)) {
            new WorkbookFiles(store).open(closedFile, OnConflict.REPLACE);
            Assessment end = store.loadAssessment(id).orElseThrow();
            assertThat(end.stage()).isEqualTo(Stage.CLOSED);
            assertThat(end.rounds().side()).isEqualTo(Side.UNIT);
            assertThat(end.rounds().steps()).extracting(RoundStep::stage, RoundStep::date, RoundStep::who)
                    .containsExactly(
                            tuple(Stage.SENT_FOR_APPRAISAL, SENT, "Lê Thị Hoa (UBND xã Hiền Thành)"),
                            tuple(Stage.FIRST_APPRAISAL, SENT.plusDays(5), "Trần Văn Nam (Sở Nội vụ tỉnh Quảng Trị)"),
                            tuple(Stage.EXPLANATION, SENT.plusDays(8), "Lê Thị Hoa (UBND xã Hiền Thành)"),
                            tuple(Stage.SECOND_APPRAISAL, SENT.plusDays(10),
                                    "Trần Văn Nam (Sở Nội vụ tỉnh Quảng Trị)"),
                            tuple(Stage.CLOSED, SENT.plusDays(12), "Trần Văn Nam (Sở Nội vụ tỉnh Quảng Trị)"));
            // Every figure and text equal on both sides; only whose copy it is differs.
            assertThat(end.withRounds(end.rounds().withSide(Side.APPRAISER))).isEqualTo(fixed);
            assertThat(AssessmentChanges.between(fixed, end)).isEmpty();
            // Self 4 + 6 + 45 + 35 = 90; first appraisal 4 + 6 + 40 + 30 = 80; standing 4 + 6 + 45 + 30 = 85.
            assertThat(total(end, Track.SELF)).isEqualByComparingTo("90");
            assertThat(total(end, Track.FIRST_APPRAISAL)).isEqualByComparingTo("80");
            assertThat(total(end, Track.APPRAISED)).isEqualByComparingTo("85");
            assertThat(total(end, Track.APPRAISED)).isEqualByComparingTo(total(fixed, Track.APPRAISED));
            EditSession unit = new EditSession(store, end);
            refused(unit, end.entry("1.1").withSelf(points("3")), "khóa");
            assertThat(RoundChecks.forNextStep(end)).isEmpty();
        }
    }

    private static Entry appraised(EditSession session, String code, String value) {
        return session.assessment().entry(code).withFirstAppraisal(points(value));
    }

    /** The edit is refused with a message containing {@code message}, and the store keeps what it had. */
    private static void refused(EditSession session, Entry edit, String message) {
        session.requireWritten();
        Assessment before = session.store().loadAssessment(session.assessment().id()).orElseThrow();
        assertThatThrownBy(() -> session.apply(edit)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> session.applyAll(List.of(edit))).isInstanceOf(InvalidInputException.class);
        assertThat(session.store().loadAssessment(session.assessment().id()).orElseThrow()).isEqualTo(before);
        assertThat(session.assessment()).isEqualTo(before);
    }

    private static BigDecimal total(Assessment assessment, Track track) {
        Totals totals = ScoreEngine.score(assessment).totals(track);
        return totals.total();
    }

    private static RuleInput points(String value) {
        return new RuleInput.PointsInput(new BigDecimal(value));
    }
}
