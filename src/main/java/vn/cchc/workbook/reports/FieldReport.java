package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.planning.DepartmentShare;
import vn.cchc.workbook.domain.planning.NodePlan;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Kết quả theo lĩnh vực và mục tiêu: each lĩnh vực with the earlier period's points (matched by code), its points in
 * the set, the expected gain, the target and the departments with their shares ("Phòng Nội vụ 13 điểm; Trung tâm
 * VH&amp;TT 3 điểm"). Figures come from the {@link vn.cchc.workbook.domain.planning.Projection}. The earlier rank of
 * each lĩnh vực is the one typed for it ("xếp thứ 7/10", blank when none was); the unit's overall rank is in the
 * "Tổng" row, with the earlier total.
 */
final class FieldReport implements SheetReport {

    static final int PREVIOUS_POINTS = 2;
    static final int PREVIOUS_RANK = 3;
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
        EarlierPeriod earlier = context.assessment().earlierPeriod();
        List<Integer> rows = new ArrayList<>();
        BigDecimal maximum = BigDecimal.ZERO;
        BigDecimal gain = null;
        BigDecimal target = BigDecimal.ZERO;
        boolean everyTarget = true;
        BigDecimal previousSum = BigDecimal.ZERO;
        boolean everyPrevious = true;
        for (NodePlan field : context.plan().fields()) {
            BigDecimal previous = earlier == null ? null : previousPoints(earlier, field.code());
            if (previous == null) {
                everyPrevious = false;
            } else {
                previousSum = previousSum.add(previous);
            }
            rows.add(sheet.addRow(false,
                    field.node().shownCode(),
                    field.node().title(),
                    previous,
                    earlier == null ? null : previousRank(earlier, field.code()),
                    field.node().maxPoints(),
                    field.expectedGain(),
                    field.target(),
                    shares(field.shares())));
            maximum = maximum.add(field.node().maxPoints());
            if (field.expectedGain() != null) {
                gain = gain == null ? field.expectedGain() : gain.add(field.expectedGain());
            }
            if (field.target() == null) {
                everyTarget = false;
            } else {
                target = target.add(field.target());
            }
        }
        sheet.addTotalRow(
                null,
                Messages.get("reports.row.total"),
                earlier == null ? null : earlierTotal(earlier, rows, previousSum, everyPrevious),
                earlier == null || earlier.rankText().isEmpty() ? null : earlier.rankText(),
                new Formula(AppendixReport.sum(SET_MAXIMUM, rows), maximum),
                gain == null ? null : new Formula(AppendixReport.sum(GAIN, rows), gain),
                everyTarget && !rows.isEmpty() ? new Formula(AppendixReport.sum(TARGET, rows), target) : null,
                null);
        if (earlier != null && everyPrevious
                && Points.rounded(earlier.total()).compareTo(Points.rounded(previousSum)) != 0) {
            // The earlier total the unit published includes what no lĩnh vực row shows (bonus, penalty).
            sheet.addNoteRow(Messages.get("print.note.earlierTotal", earlier.total(), previousSum));
        }
    }

    /** The earlier total as a formula over the earlier points above it, when every lĩnh vực has one. */
    private static Object earlierTotal(EarlierPeriod earlier, List<Integer> rows, BigDecimal sum, boolean every) {
        return every && !rows.isEmpty() ? new Formula(AppendixReport.sum(PREVIOUS_POINTS, rows), sum)
                : earlier.total();
    }

    /** The rank typed for the earlier lĩnh vực with the same code, or null when none was. */
    private static String previousRank(EarlierPeriod earlier, String code) {
        return earlier.node(code).filter(n -> n.depth() == 0).map(EarlierNode::rankText).filter(t -> !t.isEmpty())
                .orElse(null);
    }

    /** The earlier lĩnh vực with the same code, when it was scored. */
    private static BigDecimal previousPoints(EarlierPeriod earlier, String code) {
        return earlier.node(code).filter(n -> n.depth() == 0).map(EarlierNode::points).orElse(null);
    }

    /** "Phòng Nội vụ 13 điểm; Trung tâm VH&TT 3 điểm"; a single department by name alone. */
    static String shares(List<DepartmentShare> shares) {
        if (shares.size() == 1) {
            return ReportContext.departmentName(shares.get(0).department());
        }
        StringJoiner text = new StringJoiner("; ");
        shares.forEach(share -> text.add(Messages.get("reports.share",
                ReportContext.departmentName(share.department()), Points.formatShort(share.points()))));
        return text.toString();
    }
}
