package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The printed labels of criteria rows ("II", "1.2.", "a)", "-") and points as typed ("0,5 điểm"). */
final class Labels {

    private static final Pattern ROMAN = Pattern.compile("([IVXLC]+)[.)]?");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)*)\\.?");
    private static final Pattern DOTTED = Pattern.compile(
            "([0-9A-Za-zĐđ]+(?:\\.[0-9A-Za-zĐđ]+)+|[0-9A-ZĐ][0-9A-ZĐ]{0,3})\\.?");
    private static final Pattern LETTER = Pattern.compile("\\(?([a-zđ])[.)]?");
    private static final Pattern DASH = Pattern.compile("[-–—+•*]");
    private static final Pattern IN_TITLE = Pattern.compile(
            "^(?:([IVXLC]+)[.)]|(\\d+(?:\\.\\d+)*)[.)]?|\\(?([a-zđ])\\)|([a-zđ])\\.|([-–—+•]))\\s+(\\S.*)$",
            Pattern.DOTALL);
    private static final Pattern POINTS = Pattern.compile("\\(?\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:diem|d)?\\s*\\)?\\.?");
    private static final Pattern POINTS_IN_WORDS = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*diem");

    private Labels() {
    }

    /** A label read from the code cell, or null when the text is not one. */
    record Label(SourceRow.Kind kind, String printed) {
    }

    static Label of(String text) {
        String label = text.strip();
        if (label.isEmpty()) {
            return null;
        }
        Matcher m = ROMAN.matcher(label);
        if (m.matches()) {
            return new Label(SourceRow.Kind.ROMAN, m.group(1));
        }
        m = NUMBER.matcher(label);
        if (m.matches()) {
            return new Label(SourceRow.Kind.NUMBER, m.group(1).replace(',', '.'));
        }
        m = DOTTED.matcher(label);
        if (m.matches()) {
            return new Label(SourceRow.Kind.NUMBER, m.group(1));
        }
        m = LETTER.matcher(label);
        if (m.matches()) {
            return new Label(SourceRow.Kind.LETTER, m.group(1));
        }
        if (DASH.matcher(label).matches()) {
            return new Label(SourceRow.Kind.DASH, label);
        }
        return null;
    }

    /** A label at the start of a title ("1.2. Ban hành …", "a) Đúng hạn", "- Chậm"): the label and the rest. */
    record Split(Label label, String rest) {
    }

    static Split fromTitle(String title) {
        Matcher m = IN_TITLE.matcher(title.strip());
        if (!m.matches()) {
            return null;
        }
        Label label;
        if (m.group(1) != null) {
            label = new Label(SourceRow.Kind.ROMAN, m.group(1));
        } else if (m.group(2) != null) {
            label = new Label(SourceRow.Kind.NUMBER, m.group(2));
        } else if (m.group(3) != null || m.group(4) != null) {
            label = new Label(SourceRow.Kind.LETTER, m.group(3) != null ? m.group(3) : m.group(4));
        } else {
            label = new Label(SourceRow.Kind.DASH, m.group(5));
        }
        return new Split(label, m.group(6));
    }

    /** "1,5", "1.5", "0,5 điểm", "(2 điểm)", "Tối đa 2 điểm"; null when no points can be read. */
    static BigDecimal points(String text) {
        String plain = Plain.fold(text);
        Matcher m = POINTS.matcher(plain);
        if (m.matches()) {
            return Numbers.fromText(m.group(1));
        }
        m = POINTS_IN_WORDS.matcher(plain);
        if (m.find()) {
            String first = m.group(1);
            return m.find() ? null : Numbers.fromText(first);
        }
        return null;
    }

    /** 1 for "I", 4 for "IV"; 0 when not a Roman numeral. */
    static int roman(String text) {
        int total = 0;
        int previous = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            int value = switch (text.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> -1;
            };
            if (value < 0) {
                return 0;
            }
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    static String roman(int value) {
        String[] symbols = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        int left = value;
        for (int i = 0; i < values.length; i++) {
            while (left >= values[i]) {
                out.append(symbols[i]);
                left -= values[i];
            }
        }
        return out.toString();
    }
}
