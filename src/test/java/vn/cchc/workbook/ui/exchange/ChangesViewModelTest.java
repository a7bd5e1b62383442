package vn.cchc.workbook.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Kind;

/** The what-changed filters, without a window: kinds, fields and a text on code or title (diacritics folded). */
class ChangesViewModelTest {

    private static final Change SCORE = new Change("1.1.2", "Chất lượng kế hoạch", Field.FIRST_APPRAISAL, "1", "0,5");
    private static final Change OPINION = new Change("1.1.2", "Chất lượng kế hoạch", Field.OPINION, "", "Thiếu.");
    private static final Change EVIDENCE = new Change("2.1", "Tuyên truyền", Field.EVIDENCE_REMOVED, "30/KH", "");
    private static final Change WHOLE = new Change("", "", Field.LOCKED, "Không", "Có");

    private final ChangesViewModel model = new ChangesViewModel(List.of(SCORE, OPINION, EVIDENCE, WHOLE));

    @Test
    void everythingShowsFirstAndTheFieldsListedAreThosePresentInOrder() {
        assertThat(model.shown()).containsExactly(SCORE, OPINION, EVIDENCE, WHOLE);
        assertThat(model.fields()).containsExactly(Field.FIRST_APPRAISAL, Field.OPINION, Field.EVIDENCE_REMOVED,
                Field.LOCKED);
        assertThat(model.countProperty().get()).isEqualTo("Hiện 4/4 thay đổi");
    }

    @Test
    void kindsFieldsAndTextCombine() {
        model.chooseKinds(EnumSet.of(Kind.ADDED, Kind.CHANGED));
        assertThat(model.shown()).containsExactly(SCORE, OPINION, WHOLE);
        model.chooseFields(List.of(Field.OPINION, Field.LOCKED));
        assertThat(model.shown()).containsExactly(OPINION, WHOLE);
        model.chooseFields(List.of(Field.values()));
        model.textProperty().set("chat luong");
        assertThat(model.shown()).containsExactly(SCORE, OPINION);
        model.textProperty().set("1.1");
        assertThat(model.shown()).containsExactly(SCORE, OPINION);
        assertThat(model.countProperty().get()).isEqualTo("Hiện 2/4 thay đổi");
        model.chooseKinds(List.of());
        assertThat(model.shown()).isEmpty();
        assertThat(model.shownCopy()).isEmpty();
    }
}
