package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.scoring.DeductionItem;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Kế hoạch khắc phục: every lost point under the department that answers for it (a shared criterion appears under
 * each department with its part), with the cause, the remedy, the deadline and how far it has got.
 */
final class RemediationReport implements SheetReport {

    static final int DEDUCTED = 3;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    @Override
    public List<Column> columns() {
        return List.of(
                Column.center("reports.col.stt", 5),
                Column.center("reports.col.code", 7),
                Column.text("reports.col.content", 23),
                Column.number("reports.col.deducted", 8),
                Column.text("reports.col.cause", 23),
                Column.text("reports.col.remedy", 21),
                Column.text("reports.col.executor", 14),
                Column.center("reports.col.deadline", 10),
                Column.center("reports.col.status", 14));
    }

    @Override
    public boolean landscape() {
        return true;
    }

    @Override
    public void writeTable(ReportContext context, DocumentSheet sheet) {
        List<Integer> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int group = 0;
        int number = 0;
        for (DepartmentResult result : context.scorecard().departments(context.track())) {
            if (result.deductions().isEmpty()) {
                continue;
            }
            String department = ReportContext.departmentName(result.department());
            String numeral = group < ROMAN.length ? ROMAN[group] : Integer.toString(group + 1);
            sheet.addGroupRow(numeral + ". " + department);
            group++;
            for (DeductionItem item : result.deductions()) {
                number++;
                Remedy remedy = remedyOf(context.assessment(), item.code());
                rows.add(sheet.addRow(false,
                        Integer.toString(number),
                        item.shownCode(),
                        item.title(),
                        item.deduction(),
                        item.opinion(),
                        remedy.measure(),
                        department,
                        DocumentText.shortDate(remedy.deadline()),
                        Messages.get(remedy.status().messageKey())));
                total = total.add(item.deduction());
            }
        }
        sheet.addTotalRow(
                null,
                null,
                Messages.get("reports.row.total"),
                new Formula(AppendixReport.sum(DEDUCTED, rows), total));
    }

    /** The leaf's own remedy, else the nearest parent's (a remedy is often written once for a whole criterion). */
    static Remedy remedyOf(Assessment assessment, String code) {
        Optional<CriterionNode> node = assessment.criteria().find(code);
        while (node.isPresent()) {
            Remedy remedy = assessment.entry(node.get().code()).remedy();
            if (!remedy.isEmpty()) {
                return remedy;
            }
            node = assessment.criteria().parentOf(node.get().code());
        }
        return Remedy.NONE;
    }
}
