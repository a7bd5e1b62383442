package vn.cchc.workbook.ui.start;

/** One line of the start screen's list, already in display form. */
public record RecentWorkbook(String id, String unit, String period, String index, String lastEdited, String file) {
}
