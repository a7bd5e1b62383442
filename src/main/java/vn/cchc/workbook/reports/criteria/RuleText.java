package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The "Cách chấm" column of the criteria template: a scoring rule written in short Vietnamese words that
 * {@link #parse} reads back exactly.
 * <ul>
 *   <li>{@code Chấm trực tiếp} or {@code Chấm trực tiếp, bước 0,25}</li>
 *   <li>{@code Điểm nhận từ bên ngoài}</li>
 *   <li>{@code Chọn mức: Ban hành đúng hạn: 1; Ban hành chậm: 0,5; Không ban hành: 0}</li>
 *   <li>{@code Tỷ lệ b/a; dưới 70% không điểm; từ 90% điểm tối đa} (both bounds optional)</li>
 *   <li>{@code Trừ 0,5 điểm mỗi lần vi phạm}</li>
 *   <li>{@code Cộng 0,5 điểm mỗi mục đạt} (per item, up to the maximum)</li>
 *   <li>{@code Tổng các tiêu chí con}</li>
 * </ul>
 * A level's label may contain a colon (the last one separates the points) but not a semicolon.
 */
public final class RuleText {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern MANUAL = Pattern.compile("cham truc tiep(?:\\s*[,;]\\s*buoc\\s+" + NUMBER + ")?\\.?");
    private static final Pattern GIVEN = Pattern.compile("diem nhan tu ben ngoai.*");
    private static final Pattern LEVELS = Pattern.compile("chon muc\\s*:(.*)");
    private static final Pattern LEVEL = Pattern.compile("(.*):\\s*" + NUMBER + "\\s*(?:diem)?\\s*");
    private static final Pattern RATIO = Pattern.compile("ty le b/a(.*)");
    private static final Pattern BELOW = Pattern.compile("duoi\\s+" + NUMBER + "\\s*%\\s*khong (?:tinh )?diem");
    private static final Pattern FULL = Pattern.compile("tu\\s+" + NUMBER + "\\s*%\\s*(?:tro len\\s*)?diem toi da");
    private static final Pattern DEDUCTIONS = Pattern.compile("tru\\s+" + NUMBER + "\\s*diem moi lan vi pham\\.?");
    private static final Pattern PER_ITEM = Pattern.compile("cong\\s+" + NUMBER + "\\s*diem moi muc(?: dat)?\\.?");
    private static final Pattern SUM = Pattern.compile("tong (?:diem )?cac (?:tieu chi|muc) con\\.?");

    private RuleText() {
    }

    /** The rule in the template's words. */
    public static String format(ScoringRule rule) {
        return switch (rule) {
            case ScoringRule.Manual manual -> manual.step() == null
                    ? Messages.get("criteriaimport.ruleText.manual")
                    : Messages.get("criteriaimport.ruleText.manualStep", Numbers.text(manual.step()));
            case ScoringRule.Given given -> Messages.get("criteriaimport.ruleText.given");
            case ScoringRule.Levels levels -> {
                List<String> parts = new ArrayList<>();
                for (Level level : levels.levels()) {
                    parts.add(level.label() + ": " + Numbers.text(level.points()));
                }
                yield Messages.get("criteriaimport.ruleText.levels", String.join("; ", parts));
            }
            case ScoringRule.Ratio ratio -> {
                StringBuilder text = new StringBuilder(Messages.get("criteriaimport.ruleText.ratio"));
                if (ratio.threshold() != null) {
                    text.append("; ").append(Messages.get("criteriaimport.ruleText.ratioBelow",
                            Numbers.percent(ratio.threshold())));
                }
                if (ratio.fullAt() != null) {
                    text.append("; ").append(Messages.get("criteriaimport.ruleText.ratioFull",
                            Numbers.percent(ratio.fullAt())));
                }
                yield text.toString();
            }
            case ScoringRule.Deductions deductions ->
                    Messages.get("criteriaimport.ruleText.deductions", Numbers.text(deductions.perViolation()));
            case ScoringRule.PerItem perItem ->
                    Messages.get("criteriaimport.ruleText.perItem", Numbers.text(perItem.perItem()));
            case ScoringRule.Sum sum -> Messages.get("criteriaimport.ruleText.sum");
        };
    }

    /** The rule written in the template's words, or empty when {@code text} is not in those words. */
    public static Optional<ScoringRule> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Folded folded = new Folded(Plain.oneLine(text));
        String plain = folded.text();
        Matcher m = MANUAL.matcher(plain);
        if (m.matches()) {
            return Optional.of(m.group(1) == null ? ScoringRule.Manual.FREE
                    : new ScoringRule.Manual(Numbers.fromText(m.group(1))));
        }
        if (GIVEN.matcher(plain).matches()) {
            return Optional.of(new ScoringRule.Given());
        }
        if (SUM.matcher(plain).matches()) {
            return Optional.of(new ScoringRule.Sum());
        }
        m = DEDUCTIONS.matcher(plain);
        if (m.matches()) {
            return Optional.of(new ScoringRule.Deductions(Numbers.fromText(m.group(1))));
        }
        m = PER_ITEM.matcher(plain);
        if (m.matches()) {
            return Optional.of(new ScoringRule.PerItem(Numbers.fromText(m.group(1))));
        }
        m = RATIO.matcher(plain);
        if (m.matches()) {
            return ratio(m.group(1));
        }
        m = LEVELS.matcher(plain);
        if (m.matches()) {
            return levels(folded, m.start(1));
        }
        return Optional.empty();
    }

    private static Optional<ScoringRule> ratio(String rest) {
        BigDecimal threshold = null;
        BigDecimal fullAt = null;
        for (String part : rest.split(";")) {
            String clause = part.strip();
            if (clause.isEmpty()) {
                continue;
            }
            Matcher below = BELOW.matcher(clause);
            Matcher full = FULL.matcher(clause);
            if (below.matches()) {
                threshold = Numbers.fromPercent(below.group(1));
            } else if (full.matches()) {
                fullAt = Numbers.fromPercent(full.group(1));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new ScoringRule.Ratio(threshold, fullAt));
    }

    private static Optional<ScoringRule> levels(Folded folded, int from) {
        List<Level> levels = new ArrayList<>();
        int start = from;
        String plain = folded.text();
        while (start <= plain.length()) {
            int end = plain.indexOf(';', start);
            if (end < 0) {
                end = plain.length();
            }
            if (plain.substring(start, end).isBlank()) {
                start = end + 1;
                continue;
            }
            Matcher level = LEVEL.matcher(plain.substring(start, end));
            if (!level.matches()) {
                return Optional.empty();
            }
            String label = folded.quote(start + level.start(1), start + level.end(1));
            levels.add(new Level(label, Numbers.fromText(level.group(2))));
            start = end + 1;
        }
        return levels.isEmpty() ? Optional.empty() : Optional.of(new ScoringRule.Levels(levels));
    }
}
