package vn.cchc.workbook.ui.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

/** The comparison as an appraisal officer sees it while the appraisal of this period is not finished. */
class ComparisonViewModelTest {

    @TempDir
    Path folder;

    private WorkbookStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aPartlyAppraisedPeriodSaysWhatIsStillUnscoredAndItsUnscoredDepartmentsShowNoPoints() {
        Assessment earlier = SmallCommune.standard("Hiền Thành");
        Assessment later = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2024, SmallCommune.standardSet());
        later = SmallCommune.scored(later, "1.1", "4");
        later = EarlierPeriods.link(later, earlier, "");
        store = H2WorkbookStore.open(folder);
        store.createAssessment(later);
        ComparisonViewModel model = new ComparisonViewModel(new EditSession(store, later));

        // 4 points from one criterion of four, set against a whole year: the tile says the rest is not scored yet.
        assertThat(model.laterTextProperty().get()).endsWith(" — còn 3 tiêu chí chưa chấm thẩm định");
        ChangeRow b = model.departments().stream().filter(r -> r.label().equals(SmallCommune.B.name()))
                .findFirst().orElseThrow();
        // Before: "0,00" and a loss of all its earlier points, with the status "Tiêu chí bỏ".
        assertThat(b.now()).isEqualTo("—");
        assertThat(b.change()).isEmpty();
        assertThat(b.status()).isEqualTo("Chưa chấm");
    }

    @Test
    void withoutAnEarlierPeriodEveryTileSaysSo() {
        Assessment alone = SmallCommune.standard("Hiền Thành");
        store = H2WorkbookStore.open(folder);
        store.createAssessment(alone);
        ComparisonViewModel model = new ComparisonViewModel(new EditSession(store, alone));

        assertThat(model.earlierTextProperty().get()).isEqualTo("Chưa liên kết kỳ trước");
        assertThat(model.totalChangeTextProperty().get()).isEqualTo("—");
        assertThat(model.indexChangeTextProperty().get()).isEqualTo("—");
        assertThat(model.criteriaTextProperty().get()).isEqualTo("—");
        assertThat(model.nodes()).isEmpty();
    }

    @Test
    void beforeAnyAppraisalThisPeriodShowsTheUnitsOwnScoresAndNothingScoredShowsNoPoints() {
        Assessment earlier = SmallCommune.standard("Hiền Thành");
        Assessment later = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2024, SmallCommune.standardSet());
        later = EarlierPeriods.link(later, earlier, "");
        store = H2WorkbookStore.open(folder);
        store.createAssessment(later);
        EditSession session = new EditSession(store, later);
        ComparisonViewModel model = new ComparisonViewModel(session);

        // Nothing scored: not "0,00 điểm" and a fall of the whole earlier total (decision 40).
        assertThat(model.laterTextProperty().get()).isEqualTo("6 tháng đầu năm 2024: chưa chấm điểm — chưa có xếp hạng");
        assertThat(model.totalChangeTextProperty().get()).isEqualTo("—");

        // Self scores only: compared, and said to be the unit's own.
        session.apply(session.assessment().entry("1.1").withSelf(SmallCommune.points("4")));
        session.apply(session.assessment().entry("2.1").withSelf(SmallCommune.points("45")));
        model.refresh();
        assertThat(model.laterTextProperty().get()).isEqualTo("6 tháng đầu năm 2024: 49,00 điểm (tự đánh giá,"
                + " chưa thẩm định) — chưa có xếp hạng — còn 2 tiêu chí chưa tự chấm");
        // Standard: 1.1 = 3, 1.2 = 6, 2.1 = 40, 2.2 = 30 (79); now 49 on two of the four criteria: not a fall of 30.
        assertThat(model.totalChangeTextProperty().get()).isEqualTo("chưa chấm xong");
        assertThat(model.indexChangeTextProperty().get()).isEqualTo("chưa chấm xong");
        assertThat(model.nodes()).filteredOn(row -> row.code().equals("1")).singleElement()
                .satisfies(row -> {
                    assertThat(row.change()).isEmpty();
                    assertThat(row.status()).isEqualTo("Chưa chấm xong");
                });

        session.apply(session.assessment().entry("1.2").withSelf(SmallCommune.points("6")));
        session.apply(session.assessment().entry("2.2").withSelf(SmallCommune.points("30")));
        model.refresh();
        // Every criterion scored: 85 against 79.
        assertThat(model.totalChangeTextProperty().get()).isEqualTo("+6,00");
    }
}
