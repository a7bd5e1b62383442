package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;

/** A lĩnh vực column of the ranking table, from the reference criteria set. */
public record FieldColumn(String code, String title, BigDecimal maximum) {
}
