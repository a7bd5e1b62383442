package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * How a unit's criteria differ from the reference set of a ranking, node by node (matched by code).
 *
 * @param referenceMaximum null for a node only the unit has
 * @param unitMaximum      null for a node the unit lacks
 */
public record CriteriaDifference(Kind kind, String code, BigDecimal referenceMaximum, BigDecimal unitMaximum) {

    public enum Kind {
        /** In the reference set, not in the unit's. */
        MISSING,
        /** In the unit's set only. */
        EXTRA,
        /** In both, with another maximum. */
        MAXIMUM,
        /** Another set id with the same nodes ({@code code} holds the unit's set id). */
        SET
    }

    /** "thiếu tiêu chí 1.4", "thêm tiêu chí 3.9", "tiêu chí 2.1: điểm tối đa 3 (bộ chung 2)". */
    public String describe() {
        return switch (kind) {
            case MISSING -> Messages.get("ranking.difference.missing", code);
            case EXTRA -> Messages.get("ranking.difference.extra", code);
            case MAXIMUM -> Messages.get("ranking.difference.maximum", code, Points.formatShort(unitMaximum),
                    Points.formatShort(referenceMaximum));
            case SET -> Messages.get("ranking.difference.set", code);
        };
    }
}
