package vn.cchc.workbook.reports.criteria;

import vn.cchc.workbook.domain.text.Messages;

/** The {@code where} of an import problem: "Trang tính Phụ lục, dòng 12". */
final class SheetPlace {

    private SheetPlace() {
    }

    static String where(String sheet, int row) {
        return Messages.get("criteriaimport.where.row", sheet, row);
    }

    static String where(String sheet) {
        return Messages.get("criteriaimport.where.sheet", sheet);
    }
}
