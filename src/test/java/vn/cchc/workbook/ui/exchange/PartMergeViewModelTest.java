package vn.cchc.workbook.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Conflict;
import vn.cchc.workbook.domain.assessment.DepartmentParts.MergeResult;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Resolution;

/** A returned part before merging: nothing may be merged while a conflict has no side or an edit is outside. */
class PartMergeViewModelTest {

    private static final Conflict OPINION = new Conflict("2.1", "Tuyên truyền", Field.OPINION, "Văn phòng", "Phòng");
    private static final Conflict SELF = new Conflict("2.2", "Đa dạng", Field.SELF, "1", "0,5");

    @Test
    void everyConflictNeedsASideAndTheChoicesAreWhatTheMergeAsksFor() {
        PartMergeViewModel model = new PartMergeViewModel("Văn hóa - Xã hội",
                new MergeResult(null, List.of(), List.of(OPINION, SELF), List.of()));
        assertThat(model.canMergeProperty().get()).isFalse();
        model.conflicts().get(0).choiceProperty().set(Resolution.PART);
        assertThat(model.canMergeProperty().get()).isFalse();
        model.conflicts().get(1).choiceProperty().set(Resolution.WORKBOOK);
        assertThat(model.canMergeProperty().get()).isTrue();
        assertThat(model.resolutions().apply(OPINION)).isEqualTo(Resolution.PART);
        assertThat(model.resolutions().apply(SELF)).isEqualTo(Resolution.WORKBOOK);
        // A conflict that appeared since (the workbook changed meanwhile) stays open.
        assertThat(model.resolutions().apply(new Conflict("3.1", "", Field.OPINION, "a", "b")))
                .isEqualTo(Resolution.NONE);
        model.chooseAll(Resolution.NONE);
        assertThat(model.canMergeProperty().get()).isFalse();
    }

    @Test
    void anEditOutsideThePartRefusesTheWholePart() {
        PartMergeViewModel model = new PartMergeViewModel("Văn hóa - Xã hội", new MergeResult(null, List.of(),
                List.of(), List.of(new Change("1.1", "Kế hoạch", Field.SELF, "1", "0"))));
        assertThat(model.canMergeProperty().get()).isFalse();
        assertThat(model.outside()).hasSize(1);
    }
}
