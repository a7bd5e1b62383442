package vn.cchc.workbook.ui.comparison;

/** A deduction that repeats from the earlier period, formatted: code, title, lost then, lost now, opinions. */
public record RepeatedRow(String code, String title, String earlierDeduction, String laterDeduction,
                          String earlierOpinion, String laterOpinion) {
}
