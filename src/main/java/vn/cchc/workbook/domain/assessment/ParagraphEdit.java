package vn.cchc.workbook.domain.assessment;

import java.util.Objects;

import vn.cchc.workbook.domain.InvalidInputException;

/**
 * A paragraph the user rewrote.
 *
 * @param text    the user's text (blank: the paragraph is left out)
 * @param drafted the text the program had drafted when the user edited it; when the draft differs now, the figures
 *                in it changed and the paragraph is flagged as outdated instead of being silently kept or replaced
 */
public record ParagraphEdit(String text, String drafted) {

    /** Longest paragraph kept: far above any real paragraph, small enough for a .cchc file by email. */
    public static final int MAX_TEXT = 20_000;

    public ParagraphEdit {
        text = Objects.requireNonNullElse(text, "").strip();
        drafted = Objects.requireNonNullElse(drafted, "");
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("documents.edit.tooLong", text.length(), MAX_TEXT);
        }
        if (drafted.length() > MAX_TEXT) {
            throw new InvalidInputException("documents.edit.tooLong", drafted.length(), MAX_TEXT);
        }
    }
}
