package vn.cchc.workbook.domain.scoring;

import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/** A node with its figures for the self score, the first appraisal and the appraisal that stands. */
public record NodeResult(CriterionNode node, int depth, Figures self, Figures firstAppraisal, Figures appraised) {

    public String code() {
        return node.code();
    }

    /** The code as printed: the province's printed code, else the key ({@link CriterionNode#shownCode()}). */
    public String shownCode() {
        return node.shownCode();
    }

    public Figures figures(Track track) {
        return switch (track) {
            case SELF -> self;
            case FIRST_APPRAISAL -> firstAppraisal;
            case APPRAISED -> appraised;
        };
    }
}
