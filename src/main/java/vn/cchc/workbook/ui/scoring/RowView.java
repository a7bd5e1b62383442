package vn.cchc.workbook.ui.scoring;

/** A row with the state it showed when a cell asked, so cells redraw whenever the state changes. */
record RowView(ScoringRow row, RowState state) {
}
