package vn.cchc.workbook.reports;

import java.math.BigDecimal;

/**
 * A formula cell together with the value the program computed for it. The value is stored as the formula's cached
 * result, so viewers that do not recalculate (previewers, LibreOffice by default, e-mail apps) show the same figure
 * as the program, while Excel keeps the formula live when the user edits the table.
 */
record Formula(String expression, BigDecimal cached) {
}
