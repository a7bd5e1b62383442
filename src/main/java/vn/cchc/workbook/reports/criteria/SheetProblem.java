package vn.cchc.workbook.reports.criteria;

import vn.cchc.workbook.domain.Problem;

/** A problem found while reading one sheet, with its row (1-based; 0 for the sheet as a whole) for sorting. */
record SheetProblem(int row, Problem.Severity severity, String key, Object[] args) {

    static SheetProblem error(int row, String key, Object... args) {
        return new SheetProblem(row, Problem.Severity.ERROR, key, args);
    }

    static SheetProblem warning(int row, String key, Object... args) {
        return new SheetProblem(row, Problem.Severity.WARNING, key, args);
    }

    Problem toProblem(String sheet) {
        String where = row > 0 ? SheetPlace.where(sheet, row) : SheetPlace.where(sheet);
        return new Problem(severity, where, key, args);
    }
}
