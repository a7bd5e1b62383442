package vn.cchc.workbook.domain.ranking;

/**
 * An assessment left out of a ranking, with the reason in Vietnamese (another administrative level than the others,
 * the same assessment twice).
 */
public record ExcludedUnit(String source, String unitName, String reason) {
}
