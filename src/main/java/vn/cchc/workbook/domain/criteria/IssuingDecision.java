package vn.cchc.workbook.domain.criteria;

import java.time.LocalDate;

/**
 * The decision that issued a criteria set, e.g. "Quyết định số 1675/QĐ-UBND ngày 16/11/2022 của UBND tỉnh".
 * Every field may be blank for sample or draft sets.
 */
public record IssuingDecision(String number, LocalDate date, String issuer) {

    public static final IssuingDecision NONE = new IssuingDecision("", null, "");

    public IssuingDecision {
        number = number == null ? "" : number.strip();
        issuer = issuer == null ? "" : issuer.strip();
    }
}
