package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.comparison.Comparison;
import vn.cchc.workbook.domain.comparison.DepartmentChange;
import vn.cchc.workbook.domain.comparison.NodeChange;
import vn.cchc.workbook.domain.comparison.RepeatedDeduction;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * So sánh kết quả: this period against the linked earlier one, the same content as the window's comparison view. I:
 * every lĩnh vực and criterion with the points of both periods (appraised), the change as a formula (kỳ này − kỳ
 * trước, so it holds on every printed row), the earlier rank typed per lĩnh vực and what changed in the criteria
 * set; the lĩnh vực total as formulas. II: each department's points in both periods. III: the deductions that
 * repeat, with both periods' points lost and opinions, written across the empty figure columns and the note column
 * (one merged cell from column (3)), so that a reason is not a narrow ribbon in the note column. Notes under the
 * table give the overall result of each period, computed and (where recorded) published, labelled, and why the lĩnh
 * vực total differs from the overall total when it does.
 */
final class ComparisonReport implements SheetReport {

    static final int MAXIMUM = 2;
    static final int EARLIER = 3;
    static final int LATER = 4;
    static final int CHANGE = 5;
    static final int RANK = 6;

    private final Comparison comparison;

    /** @param comparison the comparison on the published results where recorded ({@link ResultBasis#PUBLISHED}) */
    ComparisonReport(Comparison comparison) {
        if (comparison.basis() != ResultBasis.PUBLISHED) {
            throw new IllegalArgumentException("The sheet prints both results; give it the published comparison");
        }
        this.comparison = comparison;
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.center("reports.col.stt", 7),
                Column.text("comparison.report.col.content", 40),
                Column.number("comparison.report.col.maximum", 9),
                Column.numberTitled(Messages.get("comparison.report.col.pointsIn", comparison.earlier().label()), 11),
                Column.numberTitled(Messages.get("comparison.report.col.pointsIn", comparison.laterLabel()), 11),
                Column.number("comparison.report.col.change", 10),
                Column.text("comparison.report.col.earlierRank", 11),
                Column.note("comparison.report.col.note", 28));
    }

    @Override
    public boolean landscape() {
        return true;
    }

    @Override
    public void writeTable(ReportContext context, DocumentSheet sheet) {
        EarlierPeriod earlier = comparison.earlier();
        sheet.addGroupRow(Messages.get(comparison.laterTrack() == Track.SELF ? "comparison.report.group.nodesSelf"
                : "comparison.report.group.nodes"));
        List<Integer> fieldRows = new ArrayList<>();
        BigDecimal earlierSum = BigDecimal.ZERO;
        BigDecimal laterSum = BigDecimal.ZERO;
        int previousRow = -1;
        int previousDepth = 0;
        for (NodeChange node : comparison.nodes()) {
            boolean field = node.depth() == 0;
            if (previousRow >= 0 && node.depth() > previousDepth) {
                // A sub-criterion follows its criterion: that row never ends a page.
                sheet.keepWithNext(previousRow);
            }
            String rank = field ? earlier.node(node.code()).filter(n -> n.depth() == 0).map(EarlierNode::rankText)
                    .filter(t -> !t.isEmpty()).orElse(null) : null;
            int row = sheet.nextRow();
            sheet.addRow(field,
                    node.shownCode(),
                    node.title(),
                    node.laterMaximum() != null ? node.laterMaximum() : node.earlierMaximum(),
                    pointsOrDash(node.earlierPoints(), node.status() != NodeChange.Status.NEW),
                    pointsOrDash(node.laterPoints(), node.status() != NodeChange.Status.DROPPED),
                    node.laterPartial() ? null : change(row, node.earlierPoints(), node.laterPoints()),
                    rank,
                    status(node));
            previousRow = row;
            previousDepth = node.depth();
            if (field && mainSection(context, node)) {
                fieldRows.add(row);
                earlierSum = earlierSum.add(zeroIfNull(node.earlierPoints()));
                laterSum = laterSum.add(zeroIfNull(node.laterPoints()));
            }
        }
        // A bold body row, not a total row: the page plan keeps total rows with the signature, and sections II and III
        // follow this one.
        int totalRow = sheet.nextRow();
        sheet.addRow(true,
                null,
                Messages.get("comparison.report.row.fieldsTotal"),
                null,
                new Formula(AppendixReport.sum(EARLIER, fieldRows), earlierSum),
                new Formula(AppendixReport.sum(LATER, fieldRows), laterSum),
                comparison.laterPartial() ? null : new Formula(DocumentSheet.ref(totalRow, LATER) + "-"
                        + DocumentSheet.ref(totalRow, EARLIER), laterSum.subtract(earlierSum)),
                earlier.rankText().isEmpty() ? null : earlier.rankText(),
                null);
        writeDepartments(sheet);
        writeRepeated(sheet);
        // The overall result of both periods closes the table, as total rows (kept with the signature).
        resultRows(sheet, ResultBasis.COMPUTED);
        if (comparison.earlierResult().published() || comparison.laterResult().published()) {
            resultRows(sheet, ResultBasis.PUBLISHED);
        }
        totalsNote(earlierSum, laterSum).ifPresent(sheet::addNoteRow);
        if (comparison.laterPartial()) {
            sheet.addNoteRow(Messages.get("comparison.report.note.partial", comparison.laterUnscored()));
        }
        if (!comparison.sameCriteria()) {
            sheet.addNoteRow(Messages.get("comparison.report.note.otherCriteria", comparison.newNodes().size(),
                    comparison.droppedNodes().size(), comparison.changedNodes().size()));
        }
    }

    private void writeDepartments(DocumentSheet sheet) {
        sheet.addGroupRow(Messages.get("comparison.report.group.departments"));
        int number = 0;
        for (DepartmentChange d : comparison.departments()) {
            number++;
            int row = sheet.nextRow();
            String status = d.laterUnscored() ? Messages.get("comparison.report.status.unscoredDepartment")
                    : d.earlierAchieved() == null ? Messages.get("comparison.report.status.newDepartment")
                    : d.laterAchieved() == null ? Messages.get("comparison.report.status.droppedDepartment")
                    : d.laterPartial() ? Messages.get("comparison.report.status.partial") : null;
            sheet.addRow(false,
                    Integer.toString(number),
                    d.name().isEmpty() ? Messages.get("reports.row.unassigned") : d.name(),
                    null,
                    d.earlierAchieved(),
                    d.laterAchieved(),
                    d.laterPartial() ? null : change(row, d.earlierAchieved(), d.laterAchieved()),
                    null,
                    status);
        }
    }

    private void writeRepeated(DocumentSheet sheet) {
        sheet.addGroupRow(Messages.get("comparison.report.group.repeated", comparison.repeatedDeductions().size()));
        if (comparison.repeatedDeductions().isEmpty()) {
            sheet.addRow(false, null, Messages.get("comparison.report.noRepeated"));
            return;
        }
        for (RepeatedDeduction r : comparison.repeatedDeductions()) {
            StringJoiner note = new StringJoiner("\n");
            // Each period's reason in its first sentence, as the department table gives it; the same reason once.
            String before = DocumentText.summary(r.earlierOpinion(), DepartmentReport.REASON_LENGTH);
            String now = DocumentText.summary(r.laterOpinion(), DepartmentReport.REASON_LENGTH);
            note.add(opinionLine("comparison.report.lostBefore", r.earlierDeduction(), before));
            note.add(opinionLine("comparison.report.lostNow", r.laterDeduction(),
                    now.equalsIgnoreCase(before) && !now.isEmpty() ? Messages.get("comparison.report.sameReason")
                            : now));
            // The figure columns are empty here: the reasons take their room, up to the note column.
            sheet.addRowWithRest(MAXIMUM, note.toString(), r.shownCode(), r.title());
        }
    }

    private static String opinionLine(String key, BigDecimal points, String opinion) {
        String line = Messages.get(key, Points.format(points));
        return opinion == null || opinion.isBlank() ? line : line + ": " + opinion.strip();
    }

    /**
     * The points, a dash for a criterion of that period not scored (not yet assessed, or not applicable), as the
     * appendix prints it; nothing where the criterion is not in that period's set.
     */
    private static Object pointsOrDash(BigDecimal points, boolean inThatPeriod) {
        return points != null ? points : inThatPeriod ? AppendixReport.DASH : null;
    }

    /** kỳ này − kỳ trước as a formula over the two cells; nothing when either period has no points. */
    private static Formula change(int row, BigDecimal earlier, BigDecimal later) {
        if (earlier == null || later == null) {
            return null;
        }
        return new Formula(DocumentSheet.ref(row, LATER) + "-" + DocumentSheet.ref(row, EARLIER),
                later.subtract(earlier));
    }

    /** "Tiêu chí mới", "Không còn trong Bộ tiêu chí", "Điểm tối đa 3 → 2", "Đổi nội dung"; null when unchanged. */
    private static String status(NodeChange node) {
        return switch (node.status()) {
            case NEW -> Messages.get("comparison.report.status.new");
            case DROPPED -> Messages.get("comparison.report.status.dropped");
            case MATCHED -> node.maximumChanged()
                    ? Messages.get("comparison.report.status.maximum", Points.formatShort(node.earlierMaximum()),
                            Points.formatShort(node.laterMaximum()))
                    : node.titleChanged() ? Messages.get("comparison.report.status.title")
                    : node.changeWithheld() ? Messages.get("comparison.report.status.partial") : null;
        };
    }

    /** A lĩnh vực of the 100 points (not a bonus or penalty group); a dropped one counts as such. */
    private static boolean mainSection(ReportContext context, NodeChange node) {
        return context.assessment().criteria().find(node.code()).map(CriterionNode::section)
                .map(section -> section == Section.MAIN).orElse(true);
    }

    /**
     * Why the lĩnh vực total differs from a period's overall total, when it does: bonus and penalty points, or
     * lĩnh vực of one period missing from the other's set.
     */
    private java.util.Optional<String> totalsNote(BigDecimal earlierSum, BigDecimal laterSum) {
        BigDecimal earlierTotal = comparison.earlier().total();
        BigDecimal laterTotal = comparison.laterTotal();
        if (Points.rounded(earlierTotal).compareTo(Points.rounded(earlierSum)) == 0
                && Points.rounded(laterTotal).compareTo(Points.rounded(laterSum)) == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Messages.get("comparison.report.note.totals", Points.format(earlierTotal),
                Points.format(laterTotal), Points.format(earlierSum), Points.format(laterSum)));
    }

    /**
     * "Tổng điểm (kết quả tính)" and "Chỉ số (kết quả tính)" of both periods, the change a formula; on the published
     * result the same, a period that recorded none saying so in the note; beside the first, the earlier rank in the
     * earlier-rank column and this period's in the note.
     */
    private void resultRows(DocumentSheet sheet, ResultBasis basis) {
        EarlierPeriod earlier = comparison.earlier();
        boolean published = basis == ResultBasis.PUBLISHED;
        ResultBasis.Chosen before = published ? comparison.earlierResult()
                : new ResultBasis.Chosen(earlier.total(), earlier.index(), false);
        ResultBasis.Chosen now = published ? comparison.laterResult()
                : new ResultBasis.Chosen(comparison.laterTotal(), comparison.laterIndex(), false);
        String note = null;
        String earlierRank = null;
        if (published && !(before.published() && now.published())) {
            note = Messages.get(before.published() ? "comparison.report.note.laterNotPublished"
                    : now.published() ? "comparison.report.note.earlierNotPublished"
                    : "comparison.report.note.nonePublished");
        } else if (!published) {
            // The earlier rank in its own column, this period's in the note: short texts, no narrow ribbon.
            earlierRank = earlier.rankText().isEmpty() ? null : earlier.rankText();
            note = comparison.laterRankText().isEmpty() ? null
                    : Messages.get("comparison.report.note.laterRank", comparison.laterRankText());
        }
        String label = basis.label();
        int totalRow = sheet.nextRow();
        // A part scored is not compared with the earlier whole (the note under the table says so).
        boolean partial = comparison.isPartial(now);
        sheet.addTotalRow(null, Messages.get("comparison.report.row.total", label), null, before.total(),
                now.total(), partial ? null : new Formula(DocumentSheet.ref(totalRow, LATER) + "-"
                        + DocumentSheet.ref(totalRow, EARLIER), now.total().subtract(before.total())),
                earlierRank, note);
        if (before.index() != null && now.index() != null && !partial) {
            int indexRow = sheet.nextRow();
            sheet.addTotalRow(null, Messages.get("comparison.report.row.index", label), null, before.index(),
                    now.index(), new Formula(DocumentSheet.ref(indexRow, LATER) + "-" + DocumentSheet.ref(indexRow,
                            EARLIER), now.index().subtract(before.index())), null, null);
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
