package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;

/**
 * A criterion that lost points in the earlier period and loses points again now: what district conclusions list as
 * "khắc phục những tồn tại, hạn chế năm trước" (a shortcoming not put right).
 */
public record RepeatedDeduction(String code, String title, BigDecimal earlierDeduction, BigDecimal laterDeduction,
                                String earlierOpinion, String laterOpinion, String shownCode) {
}
