package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.documents.AppendixRows;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Phụ lục kết quả đánh giá, as in the appendix of the Hiền Thành letter of 2023: every criterion with its maximum,
 * self score, appraised score, deduction, the appraisal opinion and who fixes it. With "only deductions" it lists
 * the rows that lost points and their parents, plus every lĩnh vực so that the "Tổng điểm" row adds up.
 */
final class AppendixReport implements SheetReport {

    static final int MAXIMUM = 2;
    static final int SELF = 3;
    static final int APPRAISED = 4;
    static final int DEDUCTION = 5;

    @Override
    public List<Column> columns() {
        return List.of(
                // The opinions are the longest texts of the appendix (as in the 003 letter): they get the most room.
                Column.center("reports.col.stt", 6),
                Column.text("reports.col.node", 24),
                Column.number("reports.col.maximum", 7),
                Column.number("reports.col.self", 7),
                Column.number("reports.col.appraised", 7),
                Column.number("reports.col.deduction", 7),
                Column.note("reports.col.opinion", 40),
                Column.note("reports.col.responsibleAndRemedy", 22));
    }

    @Override
    public boolean landscape() {
        return true;
    }

    @Override
    public void writeTable(ReportContext context, DocumentSheet sheet) {
        Track track = context.track();
        Track appraisal = track == Track.SELF ? Track.APPRAISED : track;
        Set<String> shown = context.options().onlyDeductions() ? rowsWithDeductions(context) : null;
        List<Integer> main = new ArrayList<>();
        List<Integer> bonus = new ArrayList<>();
        List<Integer> penalty = new ArrayList<>();
        for (NodeResult result : context.scorecard().nodes()) {
            CriterionNode node = result.node();
            if (shown != null && !shown.contains(node.code())) {
                continue;
            }
            Figures figures = result.figures(track);
            Entry entry = context.assessment().entry(node.code());
            int row = sheet.addRow(result.depth() <= 1,
                    node.code(),
                    node.title(),
                    node.maxPoints(),
                    ReportContext.achievedOrBlank(result.figures(Track.SELF)),
                    ReportContext.achievedOrBlank(result.figures(appraisal)),
                    ReportContext.deductionOrBlank(figures),
                    opinion(entry),
                    responsibleAndRemedy(context, node, entry, figures));
            if (result.depth() == 0) {
                switch (node.section()) {
                    case MAIN -> main.add(row);
                    case BONUS -> bonus.add(row);
                    case PENALTY -> penalty.add(row);
                }
            }
        }
        Totals selfTotals = context.scorecard().totals(Track.SELF);
        Totals appraisedTotals = context.scorecard().totals(appraisal);
        Totals trackTotals = context.scorecard().totals(track);
        int totalRow = sheet.addRow(true,
                null,
                Messages.get("reports.row.grandTotal"),
                new Formula(sum(MAXIMUM, main), trackTotals.maximum()),
                new Formula(total(SELF, main, bonus, penalty), selfTotals.total()),
                new Formula(total(APPRAISED, main, bonus, penalty), appraisedTotals.total()),
                new Formula(sum(DEDUCTION, main), trackTotals.deduction()),
                null,
                null);
        addIndexRow(sheet, totalRow, trackTotals.applicableMaximum(), selfTotals, appraisedTotals);
    }

    /**
     * "Chỉ số CCHC" under the total: total ÷ the maximum of the criteria actually assessed × 100. Without it a reader
     * of a half-year appendix, where many criteria are not yet assessed, sees 100 next to a total that cannot reach it.
     */
    private static void addIndexRow(DocumentSheet sheet, int totalRow, BigDecimal applicable, Totals self,
                                    Totals appraised) {
        if (applicable.signum() <= 0 || self.index() == null || appraised.index() == null) {
            return;
        }
        int indexRow = totalRow + 1;
        String base = DocumentSheet.ref(indexRow, MAXIMUM);
        sheet.addRow(true,
                null,
                Messages.get("reports.row.index", applicable),
                applicable,
                new Formula(DocumentSheet.ref(totalRow, SELF) + "/" + base + "*100", self.index()),
                new Formula(DocumentSheet.ref(totalRow, APPRAISED) + "/" + base + "*100", appraised.index()),
                null,
                null,
                null);
    }

    /** Codes of every lĩnh vực (and bonus/penalty group), every node that lost points, and its parents. */
    static Set<String> rowsWithDeductions(ReportContext context) {
        return AppendixRows.withDeductions(context.assessment(), context.scorecard(), context.track());
    }

    static String sum(int column, List<Integer> rows) {
        if (rows.isEmpty()) {
            return "0";
        }
        StringJoiner cells = new StringJoiner(",", "SUM(", ")");
        rows.forEach(row -> cells.add(DocumentSheet.ref(row, column)));
        return cells.toString();
    }

    private static String total(int column, List<Integer> main, List<Integer> bonus, List<Integer> penalty) {
        StringBuilder formula = new StringBuilder(sum(column, main));
        if (!bonus.isEmpty()) {
            formula.append('+').append(sum(column, bonus));
        }
        if (!penalty.isEmpty()) {
            formula.append('-').append(sum(column, penalty));
        }
        return formula.toString();
    }

    private static String opinion(Entry entry) {
        if (entry.appraisalOpinion().isEmpty() && entry.notApplicable()) {
            return Messages.get("reports.row.notApplicable");
        }
        return entry.appraisalOpinion();
    }

    /**
     * Who is responsible and the remedy: the node's own departments, or for a row that lost points the inherited
     * ones, then the measure and its deadline, one per line.
     */
    static String responsibleAndRemedy(ReportContext context, CriterionNode node, Entry entry, Figures figures) {
        List<Responsibility> list = entry.responsibilities();
        if (list.isEmpty() && figures.hasDeduction() && node.isLeaf()) {
            list = context.plan().responsibilities(node.code());
        }
        StringJoiner lines = new StringJoiner("\n");
        String names = departmentNames(context, list);
        if (!names.isEmpty()) {
            lines.add(names);
        }
        Remedy remedy = entry.remedy();
        if (!remedy.measure().isEmpty()) {
            lines.add(remedy.measure());
        }
        if (remedy.deadline() != null) {
            lines.add("(" + Messages.get("reports.deadline", DocumentText.shortDate(remedy.deadline())) + ")");
        }
        return lines.toString();
    }

    /** "Phòng Nội vụ 13 điểm; Trung tâm VH&TT 3 điểm" when shares are given, else the names. */
    static String departmentNames(ReportContext context, List<Responsibility> list) {
        StringJoiner names = new StringJoiner("; ");
        for (Responsibility responsibility : list) {
            String name = context.assessment().department(responsibility.departmentId())
                    .map(d -> d.name()).orElse(responsibility.departmentId());
            BigDecimal points = responsibility.points();
            names.add(points == null || list.size() == 1 ? name
                    : Messages.get("reports.share", name, Points.formatShort(points)));
        }
        return names.toString();
    }
}
