package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Tiến độ thực hiện theo đơn vị: per department, the points it answers for, what it has now, what it expects to
 * add, and the expected end-of-period total (a formula: now + expected), with a "Tổng" row.
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
        Map<Department, BigDecimal> gains = context.plan().gainsByDepartment();
        List<Integer> rows = new ArrayList<>();
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal gain = BigDecimal.ZERO;
        int number = 0;
        for (DepartmentResult result : context.scorecard().departments(context.track())) {
            BigDecimal departmentGain = gains.get(result.department());
            if (result.responsibleMaximum().signum() == 0 && departmentGain == null) {
                continue;
            }
            number++;
            int row = sheet.nextRow();
            BigDecimal end = result.achieved().add(departmentGain == null ? BigDecimal.ZERO : departmentGain);
            sheet.addRow(false,
                    Integer.toString(number),
                    ReportContext.departmentName(result.department()),
                    result.responsibleMaximum(),
                    result.achieved(),
                    departmentGain,
                    new Formula(DocumentSheet.ref(row, ACHIEVED) + "+" + DocumentSheet.ref(row, GAIN), end));
            rows.add(row);
            responsible = responsible.add(result.responsibleMaximum());
            achieved = achieved.add(result.achieved());
            if (departmentGain != null) {
                gain = gain.add(departmentGain);
            }
        }
        sheet.addRow(true,
                null,
                Messages.get("reports.row.total"),
                new Formula(AppendixReport.sum(RESPONSIBLE, rows), responsible),
                new Formula(AppendixReport.sum(ACHIEVED, rows), achieved),
                new Formula(AppendixReport.sum(GAIN, rows), gain),
                new Formula(AppendixReport.sum(END, rows), achieved.add(gain)));
    }
}
