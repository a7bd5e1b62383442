package vn.cchc.workbook.ui.start;

/**
 * One line of the start screen's list, already in display form.
 *
 * @param damage  why the workbook cannot be scored or opened (it is then offered for export as JSON or deletion);
 *                blank for a sound workbook
 * @param round   the stage in the rounds and the next step's deadline ("Đã gửi thẩm định · Gửi kết quả thẩm định:
 *                hạn 10/12/2026, còn 4 ngày"); blank for a damaged workbook
 * @param overdue the next step's deadline has passed
 */
public record RecentWorkbook(String id, String unit, String period, String index, String lastEdited, String file,
                             String damage, String round, boolean overdue) {

    public RecentWorkbook {
        damage = damage == null ? "" : damage;
        round = round == null ? "" : round;
    }

    /** A line without the rounds column. */
    public RecentWorkbook(String id, String unit, String period, String index, String lastEdited, String file,
                          String damage) {
        this(id, unit, period, index, lastEdited, file, damage, "", false);
    }

    public boolean isDamaged() {
        return !damage.isEmpty();
    }
}
