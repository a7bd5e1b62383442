package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;

import vn.cchc.workbook.domain.Limits;

/** Figures kept in a baseline are held without an exponent, so that they read back equal from any file or store. */
final class Decimals {

    private Decimals() {
    }

    /** An exponent beyond any bound is left as it is (never expanded), for the validator to refuse. */
    static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 || !Limits.isSaneFigure(value) ? value : value.setScale(0);
    }
}
