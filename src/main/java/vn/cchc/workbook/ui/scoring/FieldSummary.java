package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;

/** One lĩnh vực in the summary chart: its maximum, the self score and the appraisal (exact figures). */
public record FieldSummary(String code, String title, BigDecimal maximum, BigDecimal self, BigDecimal appraised) {
}
