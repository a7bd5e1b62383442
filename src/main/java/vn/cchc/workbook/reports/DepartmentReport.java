package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.scoring.DeductionItem;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Tổng hợp theo đơn vị phụ trách: each department's points, what it achieved and lost, and the lost items as a
 * numbered list in one cell ("1. 1.5.4 Sáng kiến … bị trừ 1,5 điểm."), with a "Tổng" row.
 */
final class DepartmentReport implements SheetReport {

    static final int RESPONSIBLE = 2;
    static final int ACHIEVED = 3;
    static final int DEDUCTION = 4;
    static final int PERCENT = 5;
    static final int LIST = 6;
    /** A reason in the list is the opinion's first sentence, cut to this length: the appendix has it in full. */
    static final int REASON_LENGTH = 200;

    @Override
    public List<Column> columns() {
        return List.of(
                Column.center("reports.col.stt", 5),
                Column.text("reports.col.departments", 26),
                Column.number("reports.col.responsibleTotal", 11),
                Column.number("reports.col.achievedTotal", 11),
                Column.number("reports.col.deductionTotal", 11),
                Column.number("print.col.achievedPercent", 8),
                Column.text("reports.col.deductionList", 55));
    }

    @Override
    public boolean landscape() {
        return true;
    }

    @Override
    public void writeTable(ReportContext context, DocumentSheet sheet) {
        List<Integer> rows = new ArrayList<>();
        BigDecimal unassessed = BigDecimal.ZERO;
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal deduction = BigDecimal.ZERO;
        int number = 0;
        for (DepartmentResult result : context.scorecard().departments(context.track())) {
            if (result.responsibleMaximum().signum() == 0 && result.deductions().isEmpty()) {
                continue;
            }
            number++;
            int row = sheet.nextRow();
            // A department none of whose criteria is scored yet has no figures: a dash, as an unscored row of the
            // appendix (0,00 read as "achieved nothing of nothing").
            boolean scored = result.isScored();
            rows.add(sheet.addRow(false,
                    Integer.toString(number),
                    ReportContext.departmentName(result.department()),
                    scored ? result.assessedMaximum() : AppendixReport.DASH,
                    scored ? result.achieved() : AppendixReport.DASH,
                    scored ? result.deduction() : AppendixReport.DASH,
                    scored ? percent(row, result.achieved(), result.assessedMaximum()) : null,
                    deductionList(result.deductions())));
            // Column (3) is what was assessed, so that (3) − (4) = (5) on every row, as in the appendix.
            responsible = responsible.add(result.assessedMaximum());
            unassessed = unassessed.add(result.responsibleMaximum().subtract(result.assessedMaximum()));
            achieved = achieved.add(result.achieved());
            deduction = deduction.add(result.deduction());
        }
        sheet.addTotalRow(
                null,
                Messages.get("reports.row.total"),
                new Formula(AppendixReport.sum(RESPONSIBLE, rows), responsible),
                new Formula(AppendixReport.sum(ACHIEVED, rows), achieved),
                new Formula(AppendixReport.sum(DEDUCTION, rows), deduction),
                percent(sheet.nextRow(), achieved, responsible),
                null);
        if (Points.rounded(unassessed).signum() > 0) {
            sheet.addNoteRow(Messages.get("print.note.departmentsUnassessed", unassessed));
        }
        differenceNote(context.scorecard().totals(context.track()), achieved).ifPresent(sheet::addNoteRow);
    }

    /** "đạt 89,47 %" as in seed 000: achieved ÷ responsible × 100, a formula; blank with nothing to answer for. */
    private static Formula percent(int row, BigDecimal achieved, BigDecimal responsible) {
        if (responsible.signum() == 0) {
            return null;
        }
        BigDecimal value = achieved.multiply(BigDecimal.valueOf(100)).divide(responsible, 10,
                java.math.RoundingMode.HALF_UP);
        return new Formula(DocumentSheet.ref(row, ACHIEVED) + "/" + DocumentSheet.ref(row, RESPONSIBLE) + "*100",
                value);
    }

    /**
     * Why the departments' achieved points differ from the appendix's total, when they do: bonus and penalty points
     * belong to no department, and points of criteria given to no department are in no row.
     */
    static java.util.Optional<String> differenceNote(Totals totals, BigDecimal departments) {
        BigDecimal total = totals.total();
        if (Points.rounded(total).compareTo(Points.rounded(departments)) == 0) {
            return java.util.Optional.empty();
        }
        StringJoiner reasons = new StringJoiner("; ");
        if (totals.bonus().signum() != 0) {
            reasons.add(Messages.get("print.note.bonus", totals.bonus()));
        }
        if (totals.penalty().signum() != 0) {
            reasons.add(Messages.get("print.note.penalty", totals.penalty()));
        }
        BigDecimal rest = total.subtract(departments).subtract(totals.bonus()).add(totals.penalty());
        if (Points.rounded(rest).signum() != 0) {
            reasons.add(Messages.get("print.note.unassigned", rest));
        }
        return java.util.Optional.of(Messages.get("print.note.departmentsTotal", departments, total,
                reasons.toString()));
    }

    /**
     * One item a line, with the reason as in seed 000: "1. 1.1 Kế hoạch CCHC năm: Ban hành Kế hoạch … chậm 01 văn bản
     * — bị trừ 0,5 điểm."; an item without an opinion: "1. 1.5.4 Sáng kiến … bị trừ 1,5 điểm."
     */
    static String deductionList(List<DeductionItem> items) {
        StringJoiner lines = new StringJoiner("\n");
        int number = 0;
        for (DeductionItem item : items) {
            number++;
            String points = Points.formatShort(item.deduction());
            String reason = withoutFinalStop(DocumentText.summary(item.opinion(), REASON_LENGTH));
            lines.add(reason.isEmpty()
                    ? Messages.get("reports.deductionItem", Integer.toString(number), item.shownCode(),
                            withoutFinalStop(item.title()), points)
                    : Messages.get("print.deductionItemWithReason", Integer.toString(number), item.shownCode(),
                            withoutFinalStop(item.title()), reason, points));
        }
        return lines.toString();
    }

    private static String withoutFinalStop(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
