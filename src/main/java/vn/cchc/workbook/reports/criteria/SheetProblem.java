package vn.cchc.workbook.reports.criteria;

import vn.cchc.workbook.domain.Problem;

/**
 * A problem found while reading a criteria table, with its table and row (1-based as Excel and the preview show it;
 * 0 for the table as a whole) for placing and sorting.
 */
record SheetProblem(TableGrid grid, int row, Problem.Severity severity, String key, Object[] args) {

    static SheetProblem error(SourceRow row, String key, Object... args) {
        return new SheetProblem(row.grid, row.row, Problem.Severity.ERROR, key, args);
    }

    static SheetProblem warning(SourceRow row, String key, Object... args) {
        return new SheetProblem(row.grid, row.row, Problem.Severity.WARNING, key, args);
    }

    static SheetProblem error(TableGrid grid, int row, String key, Object... args) {
        return new SheetProblem(grid, row, Problem.Severity.ERROR, key, args);
    }

    static SheetProblem warning(TableGrid grid, int row, String key, Object... args) {
        return new SheetProblem(grid, row, Problem.Severity.WARNING, key, args);
    }

    /** Table order, then row order. */
    long order() {
        return ((long) grid.position() << 32) | row;
    }

    Problem toProblem() {
        String where = row > 0 ? grid.where(row) : grid.where();
        return new Problem(severity, where, key, args);
    }
}
