package vn.cchc.workbook.reports.criteria;

import java.util.Objects;

/**
 * Where one node of an imported set was read, as the preview shows it beside the node.
 *
 * @param code        the node's code in the imported set (unique: "1.2.a" for an "a)" item under 1.2)
 * @param printedCode the label as printed in the sheet ("a)", "-", "II", "1.2"), blank when the row had none
 * @param sheet       the sheet's name, or "Bảng 2" for a table of a Word document
 * @param row         the row number as Excel shows it (1-based)
 * @param guess       the scoring rule given to the node, with the text it was guessed from
 * @param where       "Trang tính PL01, dòng 12" / "Bảng 2, dòng 5": the {@code where} of this row's problems
 */
public record ImportedRow(String code, String printedCode, String sheet, int row, RuleGuess guess, String where) {

    public ImportedRow {
        Objects.requireNonNull(code, "code");
        printedCode = printedCode == null ? "" : printedCode;
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(guess, "guess");
        where = where == null ? SheetPlace.where(sheet, row) : where;
    }
}
