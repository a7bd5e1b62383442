package vn.cchc.workbook.ui.scoring;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Which score of a leaf is being entered. The table's "Thẩm định" column edits {@link #APPRAISED}, the appraisal
 * that stands (the second one once it exists or once the unit's explanations are in); the detail pane edits each
 * appraisal round separately.
 */
public enum ScoreSlot {
    SELF,
    FIRST_APPRAISAL,
    SECOND_APPRAISAL,
    APPRAISED;

    RuleInput input(Entry entry) {
        return switch (this) {
            case SELF -> entry.self();
            case FIRST_APPRAISAL -> entry.firstAppraisal();
            case SECOND_APPRAISAL -> entry.secondAppraisal();
            case APPRAISED -> entry.appraisal();
        };
    }

    /** {@code entry} with {@code value} in this slot; {@code secondRound} is {@link Assessment#secondRoundOpen()}. */
    Entry with(Entry entry, RuleInput value, boolean secondRound) {
        return switch (this) {
            case SELF -> entry.withSelf(value);
            case FIRST_APPRAISAL -> entry.withFirstAppraisal(value);
            case SECOND_APPRAISAL -> entry.withSecondAppraisal(value);
            case APPRAISED -> entry.withStandingAppraisal(value, secondRound);
        };
    }
}
