package vn.cchc.workbook.ui.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.testdata.SmallCommune.d;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

class TargetsViewModelTest {

    @TempDir
    Path folder;

    private WorkbookStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private TargetsViewModel model(Assessment assessment) {
        store = H2WorkbookStore.open(folder);
        store.createAssessment(assessment);
        return new TargetsViewModel(new EditSession(store, assessment));
    }

    private static PlanRow row(TargetsViewModel model, String code) {
        return model.nodes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aCriterionShowsCurrentGainProjectedTargetAndWhatIsMissing() {
        Assessment a = SmallCommune.standard("Hiền Thành");
        a = a.withEntry(a.entry("2.1").withTarget(d("45")).withExpectedGain(d("3")));
        TargetsViewModel model = model(a);

        PlanRow criterion = row(model, "2.1");
        assertThat(criterion.current()).isEqualTo("40,00");
        assertThat(criterion.expectedGain()).isEqualTo("3,00");
        assertThat(criterion.projected()).isEqualTo("43,00");
        assertThat(criterion.target()).isEqualTo("45,00");
        assertThat(criterion.missing()).isEqualTo("5,00");
        assertThat(criterion.uncovered()).isEqualTo("2,00");
        assertThat(criterion.reached()).isFalse();
        // Lĩnh vực 2: 45 targeted on 2.1 plus 2.2 kept at its 30 points.
        assertThat(row(model, "2").target()).isEqualTo("75,00");
        assertThat(row(model, "1").target()).isEmpty();
        // Overall: 9 (lĩnh vực 1 as projected) + 75 = 84 of 100.
        assertThat(model.targetTextProperty().get()).isEqualTo("84,00 điểm — chỉ số 84,00");
        assertThat(model.currentTextProperty().get()).isEqualTo("79,00 điểm — chỉ số 79,00");
        assertThat(model.projectedTextProperty().get()).isEqualTo("82,00 điểm — chỉ số 82,00");
        assertThat(model.missingTextProperty().get()).isEqualTo("5,00 / 2,00 điểm");
    }

    @Test
    void beforeTheAppraisalTheCurrentFiguresAreTheSelfScoresAndSaySo() {
        Assessment a = SmallCommune.start("Hiền Thành", vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2026,
                SmallCommune.standardSet());
        a = a.withEntry(a.entry("2.1").withSelf(vn.cchc.workbook.domain.criteria.RuleInput.points("35")));
        TargetsViewModel model = model(a);

        // Nothing is appraised: planning from 0 would hide the 35 points the commune has given itself.
        assertThat(row(model, "2.1").current()).isEqualTo("35,00");
        assertThat(model.currentTextProperty().get()).isEqualTo("35,00 điểm — chỉ số 35,00 (theo tự đánh giá)");
    }

    @Test
    void anUnscoredCriterionShowsAsUnscoredAndNothingIsMissingFromAFakeZero() {
        Assessment a = SmallCommune.start("Hiền Thành", vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2026,
                SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(vn.cchc.workbook.domain.criteria.RuleInput.points("3")));
        a = a.withEntry(a.entry("2.2").withTarget(d("38")));
        TargetsViewModel model = model(a);

        PlanRow unscored = row(model, "2.2");
        assertThat(unscored.current()).isEqualTo("—");
        assertThat(unscored.projected()).isEqualTo("—");
        assertThat(unscored.target()).isEqualTo("38,00");
        // 38 − a fake 0 would claim 38 points are missing from a criterion nobody has scored yet.
        assertThat(unscored.missing()).isEqualTo("—");
        assertThat(unscored.uncovered()).isEqualTo("—");
        assertThat(unscored.hasFigure(unscored.missing())).isFalse();
        assertThat(row(model, "2").current()).isEqualTo("—");
        assertThat(row(model, "1.2").current()).isEqualTo("—");
        assertThat(row(model, "1.2").missing()).isEmpty();
        assertThat(row(model, "1.1").current()).isEqualTo("3,00");
        assertThat(row(model, "1").current()).isEqualTo("3,00");
        // Department A has 1.1 scored; B answers only for lĩnh vực 2, where nothing is scored.
        assertThat(model.departments().get(0).current()).isEqualTo("3,00");
        assertThat(model.departments().get(1).label()).isEqualTo(SmallCommune.B.name());
        assertThat(model.departments().get(1).current()).isEqualTo("—");
        assertThat(model.departments().get(1).missing()).isEqualTo("—");
    }

    @Test
    void aCriterionNotApplicableSaysSoWithoutAMaximumOfZero() {
        Assessment a = SmallCommune.standard("Hiền Thành");
        a = a.withEntry(a.entry("1.2").withNotApplicable(true));
        TargetsViewModel model = model(a);

        // The grid shows its own maximum in italics; here it was "0,00" under "Điểm tối đa" without a word why.
        PlanRow out = row(model, "1.2");
        assertThat(out.label()).endsWith(" (không áp dụng)");
        assertThat(out.maximum()).isEqualTo("—");
        assertThat(out.hasFigure(out.maximum())).isFalse();
        // Its lĩnh vực keeps the maximum that counts, without it.
        PlanRow field = row(model, "1");
        assertThat(field.label()).doesNotContain("không áp dụng");
        assertThat(field.maximum()).isEqualTo(vn.cchc.workbook.domain.text.Points.format(
                a.criteria().node("1").maxPoints()
                        .subtract(a.criteria().node("1.2").maxPoints())));
    }

    @Test
    void aWorkbookWithNothingScoredSaysSoInsteadOfZeroPoints() {
        Assessment a = SmallCommune.start("Hiền Thành", vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2026,
                SmallCommune.standardSet());
        a = a.withEntry(a.entry("2.1").withTarget(d("45")));
        TargetsViewModel model = model(a);

        assertThat(model.currentTextProperty().get()).isEqualTo("Chưa chấm tiêu chí nào");
        assertThat(model.projectedTextProperty().get()).isEqualTo("—");
        assertThat(model.missingTextProperty().get()).isEqualTo("—");
        assertThat(model.nodes()).allSatisfy(r -> assertThat(r.current()).isEqualTo("—"));
    }

    @Test
    void departmentsGetTheirPartOfTheTargets() {
        Assessment a = SmallCommune.standard("Hiền Thành");
        a = a.withEntry(a.entry("1.1").withTarget(d("4")));
        TargetsViewModel model = model(a);

        // Department A answers for lĩnh vực 1 (10) and 30 points of lĩnh vực 2; B for the other 60.
        PlanRow first = model.departments().get(0);
        assertThat(first.label()).isEqualTo(SmallCommune.A.name());
        assertThat(first.maximum()).isEqualTo("40,00");
        assertThat(model.departments().get(1).maximum()).isEqualTo("60,00");
        assertThat(first.missing()).isEqualTo("1,00");
    }

    @Test
    void followsATargetTypedInTheSession() {
        Assessment a = SmallCommune.standard("Hiền Thành");
        TargetsViewModel model = model(a);
        assertThat(model.targetTextProperty().get()).isEqualTo("Chưa đặt mục tiêu");

        EditSession session = new EditSession(store, a);
        TargetsViewModel followed = new TargetsViewModel(session);
        session.apply(session.assessment().entry("2.2").withTarget(d("38")));

        assertThat(row(followed, "2.2").missing()).isEqualTo("8,00");
        assertThat(followed.targetTextProperty().get()).isEqualTo("87,00 điểm — chỉ số 87,00");
    }
}
