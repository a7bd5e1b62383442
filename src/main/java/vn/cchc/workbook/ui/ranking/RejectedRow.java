package vn.cchc.workbook.ui.ranking;

/** A file that could not be ranked, or a unit left out, with its problem in Vietnamese. */
public record RejectedRow(String file, String problem) {
}
