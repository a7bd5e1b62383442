package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;

/**
 * Guesses how a leaf is scored from the words of the sheet, only where they are plain; anything else is scored by
 * hand and the user picks the rule in the preview. Read in this order:
 * <ol>
 *   <li>the "Cách chấm" column in the template's words ({@link RuleText});</li>
 *   <li>a ratio: "b/a" anywhere, with "dưới 70% không (tính) điểm" as threshold 0,7 and "đạt (từ) 90% … (điểm) tối đa"
 *       as full marks from 0,9;</li>
 *   <li>points per counted item: "Mỗi nội quy … đạt: 0,5 điểm", "mỗi văn bản … 0,25 điểm, tối đa 1 điểm",
 *       "0,5 điểm/sáng kiến" (not when the words deduct: "mỗi … trừ");</li>
 *   <li>a list of at least two outcomes with points: "Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0
 *       điểm" (parts split by ";", " / " or line breaks, points after ":" or in brackets), points also given as a
 *       share of the maximum ("Hoàn thành tốt: 75% điểm") or as the maximum itself ("Điểm tối đa", "đạt điểm tối
 *       đa");</li>
 *   <li>deductions: "mỗi … trừ 0,5 điểm", "trừ 0,5 điểm/văn bản", "chậm 01 văn bản bị trừ 0,5 điểm";</li>
 *   <li>a ratio again, when the text says "tỷ lệ" or "dưới 70% không điểm" without a list of outcomes;</li>
 *   <li>points given from outside when the wording names the survey ("điều tra xã hội học");</li>
 * </ol>
 * the same steps on the guidance text, then on the criterion's own wording ("Tỷ lệ hồ sơ …").
 */
public final class RuleGuesser {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final String POINTS = "(?:diem|d)\\b";

    private static final Pattern B_OVER_A = Pattern.compile("\\bb\\s*/\\s*a\\b");
    private static final Pattern RATIO_WORDS = Pattern.compile("\\bt[yi] le\\b");
    private static final Pattern BELOW = Pattern.compile(
            "(?:duoi|<|nho hon|chua dat|khong dat)\\s*" + NUMBER + "\\s*%[^;\\n]{0,40}?"
                    + "(?:khong (?:duoc )?(?:tinh |cham |co )?diem|0 diem|= ?0\\b|dat 0\\b)");
    private static final Pattern BELOW_FRACTION = Pattern.compile(
            "(?:<|duoi|nho hon)\\s*(0[.,]\\d+)[^;\\n]{0,30}?(?:khong (?:duoc )?(?:tinh |cham |co )?diem|0 diem|dat 0\\b)");
    private static final Pattern FULL = Pattern.compile(
            "(?:dat|tu|tren|>=|≥)\\s*(?:tu\\s+)?" + NUMBER + "\\s*%[^;\\n]{0,40}?(?:diem )?toi da");
    private static final Pattern DEDUCTION = Pattern.compile(
            "(?:moi|01|1)\\b[^;\\n]{0,80}?\\btru\\s+" + NUMBER + "\\s*" + POINTS
                    + "|\\btru\\s+" + NUMBER + "\\s*" + POINTS + "\\s*(?:/|cho moi|moi|cho 01|cho 1)");
    private static final Pattern LEVEL_PART = Pattern.compile(
            "^\\s*(?:[-+•*]|[a-zđ]\\)|\\d+[.)])?\\s*(.+?)\\s*(?::|=|\\(|–|-)\\s*("
                    + "\\d+(?:[.,]\\d+)?\\s*%|\\d+(?:[.,]\\d+)?|khong|(?:(?:dat|duoc|cho) )?(?:diem )?toi da"
                    + ")\\s*(?:(?:so )?" + POINTS + "(?: toi da)?)?\\s*\\)?\\s*[.;,]?\\s*$");
    /** "Mỗi … (đạt|được): 0,5 điểm"; the item words may not deduct ("trừ") and stay within one clause. */
    private static final Pattern PER_ITEM = Pattern.compile(
            "\\b(?:cu )?moi\\b(?:(?!\\btru\\b)[^;\\n]){1,120}?(?:dat|duoc|cong|tinh|[:=]|\\s)\\s*:?\\s*"
                    + NUMBER + "\\s*" + POINTS + "(?!\\s*/)");
    /** "0,5 điểm/sáng kiến", "0,25 điểm cho mỗi văn bản". */
    private static final Pattern PER_ITEM_AFTER = Pattern.compile(
            "(?<!tru )(?<!tru\\s)\\b" + NUMBER + "\\s*" + POINTS + "\\s*(?:/\\s*(?!lan vi pham)[a-z]|cho moi\\b)");
    private static final Pattern CAP = Pattern.compile("toi da\\s*(?:la\\s*|khong qua\\s*)?:?\\s*" + NUMBER + "\\s*" + POINTS
            + "|khong qua\\s*" + NUMBER + "\\s*" + POINTS);
    private static final Pattern SURVEY = Pattern.compile("dieu tra xa hoi hoc|\\bdtxhh\\b|ket qua khao sat");

    private RuleGuesser() {
    }

    /**
     * The rule for a leaf worth {@code max}.
     *
     * @param ruleText the "Cách chấm" cell, or blank
     * @param guidance the "Hướng dẫn chấm điểm" cell, or blank
     * @param title    the criterion's wording
     */
    public static RuleGuess guess(String ruleText, String guidance, String title, BigDecimal max) {
        if (ruleText != null && !ruleText.isBlank()) {
            Optional<ScoringRule> exact = RuleText.parse(ruleText);
            if (exact.isPresent() && !(exact.get() instanceof ScoringRule.Sum)) {
                return new RuleGuess(exact.get(), RuleGuess.Source.RULE_COLUMN, Plain.oneLine(ruleText));
            }
            Optional<RuleGuess> loose = fromWords(ruleText, max, RuleGuess.Source.RULE_COLUMN, true);
            if (loose.isPresent()) {
                return loose.get();
            }
        }
        Optional<RuleGuess> fromGuidance = fromWords(guidance, max, RuleGuess.Source.GUIDANCE, true);
        if (fromGuidance.isPresent()) {
            return fromGuidance.get();
        }
        return fromWords(title, max, RuleGuess.Source.GUIDANCE, false).orElseGet(RuleGuess::manual);
    }

    private static Optional<RuleGuess> fromWords(String text, BigDecimal max, RuleGuess.Source source,
                                                 boolean allWays) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Folded folded = new Folded(text);
        String plain = folded.text();
        Matcher bOverA = B_OVER_A.matcher(plain);
        if (bOverA.find()) {
            return Optional.of(ratio(folded, bOverA.start(), bOverA.end(), source));
        }
        if (allWays) {
            Optional<RuleGuess> perItem = perItem(folded, max, source);
            if (perItem.isPresent()) {
                return perItem;
            }
            Optional<RuleGuess> levels = levels(folded, max, source);
            if (levels.isPresent()) {
                return levels;
            }
            Matcher deduction = DEDUCTION.matcher(plain);
            if (deduction.find()) {
                String amount = deduction.group(1) != null ? deduction.group(1) : deduction.group(2);
                BigDecimal per = Numbers.fromText(amount);
                if (per.signum() > 0 && per.compareTo(max) <= 0) {
                    return Optional.of(new RuleGuess(new ScoringRule.Deductions(per), source,
                            folded.quote(deduction.start(), deduction.end())));
                }
            }
        }
        Matcher words = RATIO_WORDS.matcher(plain);
        if (words.find()) {
            return Optional.of(ratio(folded, words.start(), words.end(), source));
        }
        Matcher below = BELOW.matcher(plain);
        if (allWays && below.find()) {
            return Optional.of(ratio(folded, below.start(), below.end(), source));
        }
        Matcher survey = SURVEY.matcher(plain);
        if (survey.find()) {
            return Optional.of(new RuleGuess(new ScoringRule.Given(), source,
                    folded.quote(survey.start(), survey.end())));
        }
        return Optional.empty();
    }

    /** A ratio rule, with the bounds the same text states; the quote runs from the first clue to the last. */
    private static RuleGuess ratio(Folded folded, int clueStart, int clueEnd, RuleGuess.Source source) {
        String plain = folded.text();
        int start = clueStart;
        int end = clueEnd;
        Matcher words = RATIO_WORDS.matcher(plain);
        if (words.find()) {
            start = Math.min(start, words.start());
            end = Math.max(end, words.end());
        }
        BigDecimal threshold = null;
        Matcher below = BELOW.matcher(plain);
        Matcher belowFraction = BELOW_FRACTION.matcher(plain);
        if (below.find()) {
            threshold = Numbers.fromPercent(below.group(1));
            start = Math.min(start, below.start());
            end = Math.max(end, below.end());
        } else if (belowFraction.find()) {
            threshold = Numbers.fromText(belowFraction.group(1));
            start = Math.min(start, belowFraction.start());
            end = Math.max(end, belowFraction.end());
        }
        BigDecimal fullAt = null;
        Matcher full = FULL.matcher(plain);
        if (full.find()) {
            BigDecimal value = Numbers.fromPercent(full.group(1));
            // "Đạt 100% … điểm tối đa" is what b/a × max gives anyway; only a lower bound changes the points.
            if (value.compareTo(BigDecimal.ONE) < 0 && value.signum() > 0) {
                fullAt = value;
            }
            start = Math.min(start, full.start());
            end = Math.max(end, full.end());
        }
        if (threshold != null && (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0)) {
            threshold = null;
        }
        if (threshold != null && fullAt != null && threshold.compareTo(fullAt) > 0) {
            fullAt = null;
        }
        return new RuleGuess(new ScoringRule.Ratio(threshold, fullAt), source, folded.quote(start, end));
    }

    /**
     * Points per counted item, up to the maximum. The amount must be above 0 and at most the maximum; a stated cap
     * ("tối đa 1 điểm") is only read into the quote, the node's own maximum being the cap.
     */
    private static Optional<RuleGuess> perItem(Folded folded, BigDecimal max, RuleGuess.Source source) {
        String plain = folded.text();
        Matcher m = PER_ITEM.matcher(plain);
        Matcher after = PER_ITEM_AFTER.matcher(plain);
        int start;
        int end;
        BigDecimal per;
        if (findEach(m, folded)) {
            start = m.start();
            end = m.end();
            per = Numbers.fromText(m.group(1));
        } else if (after.find()) {
            start = after.start();
            end = after.end();
            per = Numbers.fromText(after.group(1));
            // Quote to the end of the clause: "0,5 điểm/sáng kiến".
            int clause = nextBreak(folded.original(), end);
            end = Math.max(end, Math.min(clause, end + 60));
        } else {
            return Optional.empty();
        }
        if (per.signum() <= 0 || per.compareTo(max) > 0) {
            return Optional.empty();
        }
        // Outcomes that all name a count ("Mỗi … : 0,5 điểm; Không có: 0 điểm") are still per item.
        Matcher cap = CAP.matcher(plain);
        if (cap.find(end > 0 ? Math.min(end, plain.length()) : 0) && cap.start() - end <= 40) {
            end = cap.end();
        }
        return Optional.of(new RuleGuess(new ScoringRule.PerItem(per), source, folded.quote(start, end)));
    }

    /** The next match whose "moi" is "mỗi" (each) in the original, not "mới" (new): both fold to "moi". */
    private static boolean findEach(Matcher m, Folded folded) {
        while (m.find()) {
            int at = folded.text().indexOf("moi", m.start());
            String word = folded.original().substring(at, at + 3).toLowerCase(Locale.forLanguageTag("vi"));
            if (word.equals("mỗi")) {
                return true;
            }
        }
        return false;
    }

    /** Two or more "outcome: points" parts, each within 0 … max; "tối đa" stands for max, "không" for 0. */
    private static Optional<RuleGuess> levels(Folded folded, BigDecimal max, RuleGuess.Source source) {
        String plain = folded.text();
        String original = folded.original();
        List<Level> levels = new ArrayList<>();
        int first = -1;
        int last = -1;
        int start = 0;
        while (start < plain.length()) {
            int end = nextBreak(original, start);
            Matcher part = LEVEL_PART.matcher(plain.substring(start, end));
            if (part.matches()) {
                String given = part.group(2);
                BigDecimal points;
                if (given.equals("khong")) {
                    points = BigDecimal.ZERO;
                } else if (given.endsWith("toi da")) {
                    points = max;
                } else if (given.endsWith("%")) {
                    // "Hoàn thành tốt: 75% điểm": a share of the maximum.
                    points = Numbers.fromPercent(given.substring(0, given.length() - 1)).multiply(max);
                } else {
                    points = Numbers.fromText(given);
                }
                if (points.compareTo(max) > 0) {
                    return Optional.empty();
                }
                String label = capitalise(folded.quote(start + part.start(1), start + part.end(1)));
                levels.add(new Level(label, Numbers.normalize(points)));
                first = first < 0 ? start : first;
                last = end;
            }
            start = end + 1;
        }
        if (levels.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new RuleGuess(new ScoringRule.Levels(levels), source, folded.quote(first, last)));
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '\n' || c == '\r') {
                return i;
            }
            // "Có: Điểm tối đa / Không: 0 điểm": a slash between spaces parts outcomes (never "b/a").
            if (c == '/' && i > from && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return text.length();
    }

    private static String capitalise(String label) {
        if (label.isEmpty()) {
            return label;
        }
        return label.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + label.substring(1);
    }
}
