package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;

/**
 * A lost point attributed to a department: "Sáng kiến CCHC: không có sáng kiến bị trừ 01 điểm".
 *
 * @param code      the leaf's code
 * @param title     the leaf's wording
 * @param opinion   the appraisal opinion on the leaf (ý kiến thẩm định), possibly blank
 * @param deduction the department's part of the leaf's deduction
 * @param shownCode the leaf's code as printed ({@code CriterionNode#shownCode})
 */
public record DeductionItem(String code, String title, String opinion, BigDecimal deduction, String shownCode) {

    /** An item whose code is printed as it is. */
    public DeductionItem(String code, String title, String opinion, BigDecimal deduction) {
        this(code, title, opinion, deduction, code);
    }
}
