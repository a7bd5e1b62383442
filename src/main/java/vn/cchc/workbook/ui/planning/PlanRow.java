package vn.cchc.workbook.ui.planning;

/**
 * One line of the targets table, formatted for display ("69,82"); blank where a figure does not exist, "—" where it
 * cannot be known yet (nothing scored).
 *
 * @param label   "1. Công tác chỉ đạo…" for a lĩnh vực or the department's name
 * @param depth   0 for a lĩnh vực or a department, deeper for criteria
 * @param reached true when a target is set and the projection reaches it
 */
public record PlanRow(String code, String label, int depth, String maximum, String current, String expectedGain,
                      String projected, String target, String missing, String uncovered, boolean reached) {

    /** This row for a criterion that is không áp dụng: {@code shownLabel} says so, and its maximum shows as {@code none}. */
    PlanRow notApplicable(String shownLabel, String none) {
        return new PlanRow(code, shownLabel, depth, none, current, expectedGain, projected, target, missing, uncovered,
                reached);
    }

    /** Whether {@code cell} (one of this row's figures) holds a number, not a blank or "—". */
    public boolean hasFigure(String cell) {
        return !cell.isEmpty() && !cell.equals(TargetsViewModel.UNSCORED);
    }
}
