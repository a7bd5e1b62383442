package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;

/** Figures kept in a baseline are held without an exponent, so that they read back equal from any file or store. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0);
    }
}
