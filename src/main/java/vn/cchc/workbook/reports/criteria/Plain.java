package vn.cchc.workbook.reports.criteria;

import java.util.regex.Pattern;

import vn.cchc.workbook.domain.text.TextFolding;

/**
 * Text folded for matching words typed in many ways: without diacritics ("Điểm tối đa" → "diem toi da"),
 * lower case, every run of white space (line breaks inside header cells included) as one space.
 */
final class Plain {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private Plain() {
    }

    static String fold(String text) {
        return TextFolding.fold(text);
    }

    /** One line: runs of white space, line breaks included, become one space. */
    static String oneLine(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Several lines kept, each stripped; Windows line ends and blank lines at both ends dropped. */
    static String lines(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            if (!joined.isEmpty()) {
                joined.append('\n');
            }
            joined.append(line.replace('\u00A0', ' ').strip());
        }
        return joined.toString().strip();
    }
}
