package vn.cchc.workbook.ui.start;

/**
 * One line of the start screen's list, already in display form.
 *
 * @param damage why the workbook cannot be scored or opened (it is then offered for export as JSON or deletion);
 *               blank for a sound workbook
 */
public record RecentWorkbook(String id, String unit, String period, String index, String lastEdited, String file,
                             String damage) {

    public RecentWorkbook {
        damage = damage == null ? "" : damage;
    }

    public boolean isDamaged() {
        return !damage.isEmpty();
    }
}
