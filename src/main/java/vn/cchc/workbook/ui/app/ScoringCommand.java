package vn.cchc.workbook.ui.app;

/**
 * The "Chấm điểm" menu's commands: each is also a key or a button of the scoring view, so that a clerk who opens
 * the menu finds what the keys do (Ctrl+G, Ctrl+F, F6, Ctrl+1, Ctrl+2) and the filters.
 */
enum ScoringCommand {
    /** Ctrl+G: the cursor in "Đi tới mã". */
    GO_TO,
    /** Ctrl+F: the cursor in the search field. */
    SEARCH,
    /** F6: between the table and the detail pane. */
    SWITCH_PANE,
    /** Ctrl+1: the scoring table. */
    TABLE,
    /** Ctrl+2: the "Tổng hợp" tab. */
    SUMMARY,
    /** Filter: only the criteria that lost points. */
    ONLY_DEDUCTIONS,
    /** Filter: only the criteria not scored yet. */
    ONLY_UNSCORED,
    /** Filter: only the criteria marked not applicable. */
    ONLY_NOT_APPLICABLE,
    /** Every criterion shown again. */
    CLEAR_FILTER
}
