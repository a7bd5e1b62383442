package vn.cchc.workbook.reports.criteria;

import java.text.Normalizer;

import vn.cchc.workbook.domain.text.TextFolding;

/**
 * A text folded character by character (no diacritics, lower case, every white space a plain space) with the same
 * length as the original, so that a match found in the folded text can be quoted from the original.
 */
final class Folded {

    private final String original;
    private final String folded;

    Folded(String original) {
        this.original = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(this.original.length());
        for (int i = 0; i < this.original.length(); i++) {
            out.append(foldChar(this.original.charAt(i)));
        }
        this.folded = out.toString();
    }

    private static char foldChar(char c) {
        return TextFolding.foldChar(c);
    }

    String text() {
        return folded;
    }

    String original() {
        return original;
    }

    /** The original characters between {@code start} and {@code end}, stripped. */
    String quote(int start, int end) {
        return original.substring(start, end).strip();
    }
}
