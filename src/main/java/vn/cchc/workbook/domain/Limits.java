package vn.cchc.workbook.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every bound on data the program accepts, in one place: the lengths of texts, the counts of things, the depth of a
 * criteria tree and the magnitude and decimals of numbers. Files from elsewhere (.cchc, JSON, Excel), typed values
 * and the local store are all checked against these, so that what passes {@code validate} always opens and stores,
 * and nothing can ask the engine to compute with an unbounded number.
 *
 * <p>The text lengths are the column sizes of the store's schema ({@code db/migration/V1__initial.sql},
 * {@code V2__…}); a store test reads the schema and fails when the two disagree. Texts that the schema stores as
 * unbounded {@code VARCHAR} (a criterion's title and guidance, explanations, opinions) get a cap of their own, chosen
 * so that a whole entry with every text at its cap still fits the store's edit history (one {@code VARCHAR} of
 * H2's 1,000,000 characters).
 *
 * <p>The bounds are generous for real data: a province's set has a few hundred criteria and 7–8 fields, at most four
 * levels deep; points have two decimals, ratios are counts of documents or procedures.
 */
public final class Limits {

    // --- texts: store column sizes (V1__initial.sql) -------------------------------------------------------------

    /** Ids of assessments, criteria sets and departments ({@code VARCHAR(200)}). */
    public static final int ID_LENGTH = 200;
    /** Criterion codes ("1.4.2"; {@code VARCHAR(100)}). */
    public static final int CODE_LENGTH = 100;
    /** Names: unit, authority, place, period text, set name, issuer, department, level label, document number. */
    public static final int NAME_LENGTH = 2000;
    /** A department's short name, shown in the score table's narrow column ({@code VARCHAR(40)}, V8). */
    public static final int SHORT_NAME_LENGTH = 40;
    /** A decision's number and a set's version ({@code VARCHAR(200)}). */
    public static final int SHORT_LENGTH = 200;
    /** An evidence document's file path ({@code VARCHAR(4000)}). */
    public static final int PATH_LENGTH = 4000;
    /** A decimal kept as text in the store ({@code decimal_text}, {@code VARCHAR(64)}). */
    public static final int DECIMAL_TEXT_LENGTH = 64;

    // --- texts the store keeps unbounded: caps of our own ---------------------------------------------------------

    /** Titles, guidance, required evidence, explanations, appraisal opinions, remedies. */
    public static final int LONG_TEXT_LENGTH = 20_000;
    /** An evidence document's summary (trích yếu). */
    public static final int SUMMARY_LENGTH = 2000;

    // --- counts and depth ----------------------------------------------------------------------------------------

    /** Criteria (nodes at every level) in one set; real sets have 60–300. */
    public static final int MAX_NODES = 2000;
    /** Levels below the top: field → criterion → sub-criterion → one more, with room to spare. */
    public static final int MAX_DEPTH = 6;
    /** Named outcomes of one levels rule. */
    public static final int MAX_LEVELS = 20;
    /** Responsible departments of one assessment. */
    public static final int MAX_DEPARTMENTS = 200;
    /** Evidence documents recorded against one criterion. */
    public static final int MAX_EVIDENCE_PER_ENTRY = 50;
    /** Paragraphs of one drafted document (letter, report, plan) that the user edited, reordered or dropped. */
    public static final int MAX_DOCUMENT_PARAGRAPHS = 5000;
    /** Evidence documents in one assessment. */
    public static final int MAX_EVIDENCE = 5000;
    /** Violations counted for one deductions rule. */
    public static final int MAX_VIOLATIONS = 100_000;
    /** Years of assessments and criteria sets (a set read from Excel may not know its year: 0). */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    // --- numbers -------------------------------------------------------------------------------------------------

    /** Digits before the decimal point: every number is below 10^9 in magnitude. */
    public static final int MAX_INTEGER_DIGITS = 9;
    /** Digits after the decimal point of a value given by a person or a file (points are given to 2). */
    public static final int MAX_DECIMALS = 6;
    /**
     * Digits after the decimal point of a figure the program computed and keeps (an earlier period's totals and
     * index: the engine divides to 10 decimals, and a ratio's points multiply that by a maximum).
     */
    public static final int MAX_FIGURE_DECIMALS = 20;

    private Limits() {
    }

    /**
     * Whether {@code value} is small and short enough to compute with: magnitude below 10^9 and at most
     * {@value #MAX_DECIMALS} decimals, judged from the scale and precision alone (constant time, whatever the
     * number). {@code 0E-100000000} and {@code 1E+100000000} are not.
     */
    public static boolean isSane(BigDecimal value) {
        return value == null || problemOf(value, MAX_DECIMALS) == null;
    }

    /** Like {@link #isSane} for a computed figure: up to {@value #MAX_FIGURE_DECIMALS} decimals. */
    public static boolean isSaneFigure(BigDecimal value) {
        return value == null || problemOf(value, MAX_FIGURE_DECIMALS) == null;
    }

    /** The message key of what is wrong with {@code value}, or null when it is sane. */
    private static String problemOf(BigDecimal value, int maxDecimals) {
        int scale = value.scale();
        if (scale > maxDecimals) {
            return "limits.decimal.tooManyDecimals";
        }
        if (scale < -MAX_INTEGER_DIGITS) {
            return "limits.decimal.tooLarge";
        }
        // Digits before the point: precision - scale (a zero has precision 1).
        if (value.signum() != 0 && (long) value.precision() - scale > MAX_INTEGER_DIGITS) {
            return "limits.decimal.tooLarge";
        }
        return null;
    }

    /**
     * A number as a message may quote it, without ever expanding it: sane numbers as they are, others in scientific
     * notation cut to a few dozen characters ("1E+100000000").
     */
    public static String shown(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (isSaneFigure(value)) {
            return value.toPlainString();
        }
        return abbreviate(value.toString(), 40);
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, for quoting refused input in a message. */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }

    // --- checks that record a problem -----------------------------------------------------------------------------

    /**
     * Records a problem when {@code value} (may be null) is out of bounds.
     *
     * @param where the criterion code or file path the problem is shown at
     * @param field the message key of the field's Vietnamese name ({@code limits.field.…})
     * @return whether the value is within bounds
     */
    public static boolean checkDecimal(String where, String field, BigDecimal value, List<Problem> problems) {
        return checkDecimal(where, field, value, MAX_DECIMALS, problems);
    }

    /** Like {@link #checkDecimal} for a computed figure kept in a file (up to {@value #MAX_FIGURE_DECIMALS} decimals). */
    public static boolean checkFigure(String where, String field, BigDecimal value, List<Problem> problems) {
        return checkDecimal(where, field, value, MAX_FIGURE_DECIMALS, problems);
    }

    private static boolean checkDecimal(String where, String field, BigDecimal value, int maxDecimals,
                                        List<Problem> problems) {
        if (value == null) {
            return true;
        }
        String key = problemOf(value, maxDecimals);
        if (key == null) {
            return true;
        }
        problems.add(Problem.error(where, key, fieldName(field), shown(value), maxDecimals));
        return false;
    }

    /** Records a problem when {@code text} is longer than {@code max} characters. */
    public static boolean checkText(String where, String field, String text, int max, List<Problem> problems) {
        if (text == null || text.length() <= max) {
            return true;
        }
        problems.add(Problem.error(where, "limits.text.tooLong", fieldName(field), text.length(), max,
                abbreviate(text, 40)));
        return false;
    }

    /** Records a problem when there are more than {@code max} of something. */
    public static boolean checkCount(String where, String field, int count, int max, List<Problem> problems) {
        if (count <= max) {
            return true;
        }
        problems.add(Problem.error(where, "limits.count.tooMany", fieldName(field), count, max));
        return false;
    }

    /** Records a problem when a whole number lies outside {@code min}–{@code max}. */
    public static boolean checkRange(String where, String field, long value, long min, long max,
                                     List<Problem> problems) {
        if (value >= min && value <= max) {
            return true;
        }
        problems.add(Problem.error(where, "limits.integer.outOfRange", fieldName(field), Long.toString(value),
                Long.toString(min), Long.toString(max)));
        return false;
    }

    /** Records a problem when a year is neither 0 (unknown, allowed where {@code unknownAllowed}) nor plausible. */
    public static boolean checkYear(String where, int year, boolean unknownAllowed, List<Problem> problems) {
        if (unknownAllowed && year == 0) {
            return true;
        }
        return checkRange(where, "limits.field.year", year, MIN_YEAR, MAX_YEAR, problems);
    }

    private static String fieldName(String field) {
        return vn.cchc.workbook.domain.text.Messages.get(field);
    }
}
