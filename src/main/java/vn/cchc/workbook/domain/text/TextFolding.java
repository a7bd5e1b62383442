package vn.cchc.workbook.domain.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for matching and for plain-ASCII names, written once for the whole program: searching
 * ("tuyen truyen" finds "Tuyên truyền"), reading a province's column headings and rule wording ("Điểm tối đa" →
 * "diem toi da"), command-line words ("cả năm" = "ca-nam"), and file names and identifiers ("Hiền Thành" →
 * "Hien Thanh", "hien-thanh").
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private TextFolding() {
    }

    /** Without diacritics ("đ" → "d" too), in the same case, letters composed or not: "Đông Hà" → "Dong Ha". */
    public static String withoutMarks(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
    }

    /** For matching: without diacritics, lower case, every run of white space one space, trimmed. */
    public static String fold(String text) {
        return SPACES.matcher(withoutMarks(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * One character folded the way {@link #fold} folds it, keeping the length, so that a match found in a folded
     * text can be quoted from the original (white space becomes a plain space; a letter its base letter).
     */
    public static char foldChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String base = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
        return base.isEmpty() ? c : Character.toLowerCase(base.charAt(0));
    }

    /** Lower-case ASCII words joined by hyphens, at most {@code maxLength} characters: "Xã Hiền Thành" → "xa-hien-thanh". */
    public static String slug(String text, int maxLength) {
        String slug = NOT_SLUG.matcher(withoutMarks(text).toLowerCase(Locale.ROOT)).replaceAll("-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug;
    }
}
