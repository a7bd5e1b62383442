package vn.cchc.workbook.domain.assessment;

/** Which score a figure is about: the unit's own, the first appraisal, or the appraisal that stands. */
public enum Track {
    SELF,
    FIRST_APPRAISAL,
    APPRAISED
}
