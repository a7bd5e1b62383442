package vn.cchc.workbook.app;

/** What to do when a file's assessment (same id) is already in the local store. */
public enum OnConflict {
    /** Refuse with {@link AssessmentExistsException}, so that the window can ask the user and try again. */
    ASK,
    /** Overwrite the local copy with the file's; the local copy is kept as an earlier round ("Các vòng trước"). */
    REPLACE,
    /** Import the file's assessment under a new id, next to the local copy. */
    KEEP_BOTH
}
