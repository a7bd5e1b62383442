package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Kết quả theo lĩnh vực và mục tiêu: each lĩnh vực with its points in the set, the expected gain, the target and
 * the departments with their shares ("Phòng Nội vụ 13 điểm; Trung tâm VH&amp;TT 3 điểm"). The previous period's
 * points and rank stay blank until the program keeps earlier periods.
 */
final class FieldReport implements SheetReport {

    static final int SET_MAXIMUM = 4;
    static final int GAIN = 5;
    static final int TARGET = 6;

    @Override
    public List<Column> columns() {
        return List.of(
                Column.center("reports.col.stt", 5),
                Column.text("reports.col.field", 33),
                Column.number("reports.col.previousPoints", 9),
                Column.center("reports.col.previousRank", 10),
                Column.number("reports.col.setMaximum", 10),
                Column.number("reports.col.expectedGain", 10),
                Column.number("reports.col.target", 10),
                Column.text("reports.col.responsibleDepartments", 32));
    }

    @Override
    public boolean landscape() {
        return true;
    }

    @Override
    public void writeTable(ReportContext context, DocumentSheet sheet) {
        List<Integer> rows = new ArrayList<>();
        BigDecimal maximum = BigDecimal.ZERO;
        BigDecimal gain = null;
        BigDecimal target = BigDecimal.ZERO;
        boolean everyTarget = true;
        for (NodeResult field : context.scorecard().fields()) {
            CriterionNode node = field.node();
            if (node.section() != Section.MAIN) {
                continue;
            }
            BigDecimal fieldGain = context.plan().expectedGain(node);
            BigDecimal fieldTarget = context.plan().target(node);
            rows.add(sheet.addRow(false,
                    node.code(),
                    node.title(),
                    null,
                    null,
                    node.maxPoints(),
                    fieldGain,
                    fieldTarget,
                    shares(context.plan().shares(node))));
            maximum = maximum.add(node.maxPoints());
            if (fieldGain != null) {
                gain = gain == null ? fieldGain : gain.add(fieldGain);
            }
            if (fieldTarget == null) {
                everyTarget = false;
            } else {
                target = target.add(fieldTarget);
            }
        }
        sheet.addRow(true,
                null,
                Messages.get("reports.row.total"),
                null,
                null,
                new Formula(AppendixReport.sum(SET_MAXIMUM, rows), maximum),
                gain == null ? null : new Formula(AppendixReport.sum(GAIN, rows), gain),
                everyTarget && !rows.isEmpty() ? new Formula(AppendixReport.sum(TARGET, rows), target) : null,
                null);
    }

    /** "Phòng Nội vụ 13 điểm; Trung tâm VH&TT 3 điểm"; a single department by name alone. */
    static String shares(Map<Department, BigDecimal> shares) {
        if (shares.size() == 1) {
            return ReportContext.departmentName(shares.keySet().iterator().next());
        }
        StringJoiner text = new StringJoiner("; ");
        shares.forEach((department, points) -> text.add(
                Messages.get("reports.share", ReportContext.departmentName(department), Points.formatShort(points))));
        return text.toString();
    }
}
