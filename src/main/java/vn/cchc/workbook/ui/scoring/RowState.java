package vn.cchc.workbook.ui.scoring;

/**
 * What a row shows at one moment, already formatted (decimal comma, two decimals).
 *
 * @param selfText        điểm tự đánh giá, blank when not scored
 * @param selfHint        how the self points were computed (ratio, level, violations), blank for typed points
 * @param appraisedText   điểm thẩm định that stands, blank when not scored
 * @param appraisedHint   like {@code selfHint}, for the appraisal
 * @param deductionText   the appraisal's deduction ("-0,50"), blank when none
 * @param departmentsText the responsible departments' full names
 * @param departmentsShown the same with each department's short name where the user set one (the grid's column)
 * @param departmentsInherited whether the departments come from a parent row
 * @param opinion         ý kiến thẩm định
 * @param notApplicable   the row (or an ancestor) is marked không áp dụng
 * @param hasDeduction    the appraisal (or, before any appraisal, the self score) lost points here
 * @param unscored        an applicable leaf, or a parent with applicable leaves, still without a score
 * @param editable        a leaf of an unlocked assessment, inside the department's part when it is one
 * @param outsidePart     a row outside the department's part (a part .cchc opened by itself): shown, never edited
 */
public record RowState(
        String selfText,
        String selfHint,
        String appraisedText,
        String appraisedHint,
        String deductionText,
        String departmentsText,
        String departmentsShown,
        boolean departmentsInherited,
        String opinion,
        boolean notApplicable,
        boolean hasDeduction,
        boolean unscored,
        boolean editable,
        boolean outsidePart) {
}
