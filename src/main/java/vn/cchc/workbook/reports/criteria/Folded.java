package vn.cchc.workbook.reports.criteria;

import java.text.Normalizer;
import java.util.Locale;

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
        if (Character.isWhitespace(c) || c == '\u00A0') {
            return ' ';
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.getType(base) == Character.NON_SPACING_MARK ? c
                : String.valueOf(base).toLowerCase(Locale.ROOT).charAt(0);
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
