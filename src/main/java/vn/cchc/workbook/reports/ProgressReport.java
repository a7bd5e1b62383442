package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.planning.DepartmentPlan;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Tiến độ thực hiện theo đơn vị: per department, the points it answers for, what it has now, what it expects to
 * add, and the expected end-of-period total (a formula: now + expected), with a "Tổng" row. Figures come from the
 * {@link vn.cchc.workbook.domain.planning.Projection}. Under it, as under the department table, a note says why its
 * totals differ from the appendix's where they do: bonus and penalty points belong to no department and points of
 * criteria given to nobody are in no row. (Points answered for count only the criteria assessed, as the
 * appendix's Điểm chuẩn does, so those two agree.)
 */
final class ProgressReport implements SheetReport {

    static final int RESPONSIBLE = 2;
    static final int ACHIEVED = 3;
    static final int GAIN = 4;
    static final int END = 5;

    @Override
    public List<Column> columns() {
        return List.of(
                Column.center("reports.col.stt", 5),
                Column.text("reports.col.departments", 29),
                Column.number("reports.col.responsibleTotal", 11),
                Column.number("reports.col.achievedNow", 11),
                Column.number("reports.col.gainExpected", 11),
                Column.number("reports.col.expectedEnd", 11));
    }

    @Override
    public boolean landscape() {
        return false;
    }

    @Override
    public void writeTable(ReportContext context, DocumentSheet sheet) {
        List<Integer> rows = new ArrayList<>();
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal gain = BigDecimal.ZERO;
        boolean anyGain = false;
        int number = 0;
        for (DepartmentPlan plan : context.plan().departments()) {
            number++;
            int row = sheet.nextRow();
            BigDecimal departmentGain = plan.expectedGain();
            // The sheet's formula adds the two cells, so its cached value is their plain sum.
            BigDecimal end = plan.current().add(departmentGain == null ? BigDecimal.ZERO : departmentGain);
            sheet.addRow(false,
                    Integer.toString(number),
                    ReportContext.departmentName(plan.department()),
                    plan.responsible(),
                    plan.current(),
                    departmentGain,
                    new Formula(DocumentSheet.ref(row, ACHIEVED) + "+" + DocumentSheet.ref(row, GAIN), end));
            rows.add(row);
            responsible = responsible.add(plan.responsible());
            achieved = achieved.add(plan.current());
            if (departmentGain != null) {
                gain = gain.add(departmentGain);
                anyGain = true;
            }
        }
        sheet.addTotalRow(
                null,
                Messages.get("reports.row.total"),
                new Formula(AppendixReport.sum(RESPONSIBLE, rows), responsible),
                new Formula(AppendixReport.sum(ACHIEVED, rows), achieved),
                // No gain planned anywhere: the column stays blank to its total, not "0,00" under blank rows.
                anyGain ? new Formula(AppendixReport.sum(GAIN, rows), gain) : null,
                new Formula(AppendixReport.sum(END, rows), achieved.add(gain)));
        DepartmentReport.differenceNote(context.scorecard().totals(context.track()), achieved)
                .ifPresent(sheet::addNoteRow);
    }
}
