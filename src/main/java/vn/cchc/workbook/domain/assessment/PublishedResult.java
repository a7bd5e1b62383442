package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;

import vn.cchc.workbook.domain.InvalidInputException;

/**
 * The result the province announced for the unit in its decision (total and index), which a unit's letters cite and
 * which can differ from what the unit's own arithmetic gives: seed 003 cites 69,82 where its appendix adds up to
 * 72,73. The published rank is {@link Assessment#rankText()}. Exports show the published figures beside the
 * computed ones, labelled, wherever they differ.
 *
 * @param total    the announced total (tổng điểm), or null when not recorded
 * @param index    the announced index (chỉ số, %), or null when not recorded
 * @param decision the decision that announced it ("Quyết định số 123/QĐ-UBND ngày 15/01/2024"), may be blank
 */
public record PublishedResult(BigDecimal total, BigDecimal index, String decision) {

    /** Nothing announced yet. */
    public static final PublishedResult NONE = new PublishedResult(null, null, "");

    /** Totals include bonus points above 100, so a little room is left above it; never negative. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("200");
    public static final BigDecimal MAX_INDEX = new BigDecimal("200");
    public static final int MAX_DECISION_LENGTH = vn.cchc.workbook.domain.Limits.NAME_LENGTH;

    public PublishedResult {
        decision = Objects.requireNonNullElse(decision, "").strip();
        check(total, MAX_TOTAL, "domain.published.total");
        check(index, MAX_INDEX, "domain.published.index");
        if (decision.length() > MAX_DECISION_LENGTH) {
            throw new InvalidInputException("domain.published.decisionTooLong", MAX_DECISION_LENGTH,
                    decision.length());
        }
    }

    public boolean isEmpty() {
        return total == null && index == null && decision.isEmpty();
    }

    private static void check(BigDecimal value, BigDecimal maximum, String key) {
        if (value != null && (value.signum() < 0 || value.compareTo(maximum) > 0 || value.scale() > 4)) {
            throw new InvalidInputException(key, value.toPlainString(), maximum);
        }
    }
}
