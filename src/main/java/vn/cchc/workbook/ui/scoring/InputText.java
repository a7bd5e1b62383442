package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Points;

/**
 * Rule inputs as typed in a table cell: points ("0,5" or "0.5") for manual and given rules, "b/a" for a ratio
 * ("11/16", as appraisal opinions write it), the number of violations for deductions, the points of exactly one
 * level (or else the level's position) for levels. Blank text means "no score". Only the form is checked here;
 * ranges are the domain's business.
 */
final class InputText {

    private static final Pattern RATIO = Pattern.compile("\\s*([^/]+?)\\s*/\\s*([^/]+?)\\s*");
    private static final Pattern INTEGER = Pattern.compile("\\s*\\+?(\\d{1,9})\\s*");

    private InputText() {
    }

    /**
     * The input {@code text} stands for under {@code rule}, or null for blank text.
     *
     * @throws InvalidInputException with a Vietnamese message when the text has the wrong form
     */
    static RuleInput parse(ScoringRule rule, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (rule) {
            case ScoringRule.Ratio ratio -> parseRatio(text);
            case ScoringRule.Deductions deductions -> new RuleInput.ViolationCount(parseCount(text));
            case ScoringRule.PerItem perItem -> new RuleInput.ItemCount(parseCount(text));
            case ScoringRule.Levels levels -> new RuleInput.LevelChoice(levelIndex(levels, text));
            default -> new RuleInput.PointsInput(Points.parse(text));
        };
    }

    /**
     * The level {@code text} names: the one level worth exactly those points ("2", "1,5", "0", as the cell shows them
     * and the guidance states them) or, when no level is, its position ("3" for the third level of 2; 1,5; 1; 0). Points
     * come first because the column shows points: on 1.1.3 (2; 1,5; 1; 0) "2" typed or pasted from a spreadsheet
     * means 2 points, never the second level's 1,5.
     *
     * @throws InvalidInputException naming the positions and the levels' points when the text names no level
     */
    static int levelIndex(ScoringRule.Levels rule, String text) {
        List<Level> levels = rule.levels();
        OptionalInt named = levelNamed(levels, text);
        if (named.isPresent()) {
            return named.getAsInt();
        }
        Matcher m = INTEGER.matcher(text);
        String points = pointsListed(levels);
        if (m.matches()) {
            throw new InvalidInputException("scoring.input.levelOutOfRange", Limits.abbreviate(m.group(1), 12),
                    levels.size(), points);
        }
        throw new InvalidInputException("scoring.input.levelNotNumber", Limits.abbreviate(text.strip(), 40),
                levels.size(), points);
    }

    /**
     * The input a value pasted from a spreadsheet stands for: as {@link #parse}, but a level only by its points, since
     * a spreadsheet's column holds points and a "3" pasted on a criterion worth at most 2 is a wrong row, not the
     * third level.
     */
    static RuleInput parsePasted(ScoringRule rule, String text) {
        if (!(rule instanceof ScoringRule.Levels levels) || text == null || text.isBlank()) {
            return parse(rule, text);
        }
        int worth = levelWorth(levels.levels(), text);
        if (worth < 0) {
            throw new InvalidInputException("scoring.input.levelNotPoints", Limits.abbreviate(text.strip(), 40),
                    pointsListed(levels.levels()));
        }
        return new RuleInput.LevelChoice(worth);
    }

    /** {@link #levelIndex} without the reason: the index of the level {@code text} names, or empty. */
    static OptionalInt levelNamed(List<Level> levels, String text) {
        int worth = levelWorth(levels, text);
        if (worth >= 0) {
            return OptionalInt.of(worth);
        }
        Matcher m = INTEGER.matcher(text);
        if (m.matches() && m.group(1).length() <= 3) {
            int position = Integer.parseInt(m.group(1));
            if (position >= 1 && position <= levels.size()) {
                return OptionalInt.of(position - 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The text that names level {@code index}: its points when no other level shares them, else its position (the
     * inverse of {@link #levelNamed} but where a shared worth and another level's points leave no text for it).
     */
    static String levelText(List<Level> levels, int index) {
        String points = Points.formatShort(levels.get(index).points());
        String position = Integer.toString(index + 1);
        OptionalInt byPoints = levelNamed(levels, points);
        return byPoints.isPresent() && byPoints.getAsInt() == index ? points : position;
    }

    private static String pointsListed(List<Level> levels) {
        return levels.stream().map(level -> Points.formatShort(level.points())).collect(Collectors.joining("; "));
    }

    /** Whether more typing could still make {@code text} name a level: "0," on the way to "0,5". */
    static boolean couldNameLevel(List<Level> levels, String text) {
        String typed = text.strip().replace('.', ',');
        for (int i = 0; i < levels.size(); i++) {
            if (Integer.toString(i + 1).startsWith(typed)
                    || Points.formatShort(levels.get(i).points()).startsWith(typed)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the only level worth exactly the points {@code text} reads as, or -1. */
    private static int levelWorth(List<Level> levels, String text) {
        BigDecimal points;
        try {
            points = Points.parse(text);
        } catch (InvalidInputException notPoints) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).points().compareTo(points) == 0) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** The text an editor starts with for {@code input} under {@code rule} (the inverse of {@link #parse}). */
    static String format(ScoringRule rule, RuleInput input) {
        return switch (input) {
            case null -> "";
            case RuleInput.LevelChoice l when rule instanceof ScoringRule.Levels levels
                    && l.index() >= 0 && l.index() < levels.levels().size() -> levelText(levels.levels(), l.index());
            case RuleInput.PointsInput p -> Points.formatShort(p.points());
            case RuleInput.RatioInput r -> plain(r.achieved()) + "/" + plain(r.total());
            case RuleInput.ViolationCount c -> Integer.toString(c.count());
            case RuleInput.ItemCount c -> Integer.toString(c.count());
            case RuleInput.LevelChoice l -> Integer.toString(l.index() + 1);
        };
    }

    static RuleInput.RatioInput ratio(String total, String achieved) {
        return new RuleInput.RatioInput(Points.parse(total), Points.parse(achieved));
    }

    static int parseCount(String text) {
        Matcher m = INTEGER.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException("scoring.input.countNotInteger", text.strip());
        }
        return Integer.parseInt(m.group(1));
    }

    /** A count or ratio term without a pointless ",0": 16 rather than 16,00. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    private static RuleInput.RatioInput parseRatio(String text) {
        Matcher m = RATIO.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException("scoring.input.ratioFormat");
        }
        return ratio(m.group(2), m.group(1));
    }
}
