package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One node of an earlier period as it was appraised: enough to compare with without the earlier file at hand.
 *
 * @param code          the code as printed in the earlier set
 * @param title         the wording in the earlier set
 * @param depth         0 for a lĩnh vực, 1 for a tiêu chí, …
 * @param maximum       điểm tối đa in the earlier set
 * @param points        the appraised points, or null when the node was not scored (or not applicable)
 * @param deduction     the points lost, or null when not scored
 * @param opinion       the appraisal opinion (ý kiến thẩm định), possibly blank
 * @param notApplicable the node was excluded (không áp dụng) in the earlier period
 * @param rankText      for a lĩnh vực, the rank the province published for it in the earlier period, as typed
 *                      ("xếp thứ 7/10"); blank when not typed (and always for deeper nodes)
 */
public record EarlierNode(String code, String title, int depth, BigDecimal maximum, BigDecimal points,
                          BigDecimal deduction, String opinion, boolean notApplicable, String rankText) {

    /** A node without a typed rank. */
    public EarlierNode(String code, String title, int depth, BigDecimal maximum, BigDecimal points,
                       BigDecimal deduction, String opinion, boolean notApplicable) {
        this(code, title, depth, maximum, points, deduction, opinion, notApplicable, "");
    }

    public EarlierNode {
        Objects.requireNonNull(code, "code");
        title = title == null ? "" : title.strip();
        maximum = Decimals.plain(Objects.requireNonNull(maximum, "maximum"));
        points = Decimals.plain(points);
        deduction = Decimals.plain(deduction);
        opinion = opinion == null ? "" : opinion.strip();
        rankText = rankText == null ? "" : rankText.strip();
    }

    public EarlierNode withRankText(String value) {
        return new EarlierNode(code, title, depth, maximum, points, deduction, opinion, notApplicable, value);
    }

    /** Whether the node lost points in the earlier period. */
    public boolean lostPoints() {
        return deduction != null && deduction.signum() > 0;
    }
}
