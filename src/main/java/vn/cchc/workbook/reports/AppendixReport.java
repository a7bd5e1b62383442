package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
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
        // Lĩnh vực with something assessed: only their điểm chuẩn adds up to the assessed maximum.
        List<Integer> mainAssessed = new ArrayList<>();
        List<Integer> bonus = new ArrayList<>();
        List<Integer> penalty = new ArrayList<>();
        BigDecimal shownMainMaximum = BigDecimal.ZERO;
        BigDecimal setMainMaximum = BigDecimal.ZERO;
        LocalDate sharedDeadline = sharedDeadline(context, shown);
        int headingRow = -1;
        int headingDepth = 0;
        for (NodeResult result : context.scorecard().nodes()) {
            CriterionNode node = result.node();
            if (shown != null && !shown.contains(node.code())) {
                continue;
            }
            Figures figures = result.figures(track);
            Entry entry = context.assessment().entry(node.code());
            boolean main0 = node.section() == Section.MAIN;
            // Điểm chuẩn of a row only partly assessed is the maximum of its assessed parts, so that
            // chuẩn − thẩm định = trừ holds on the row; the rest is accounted for under the total.
            boolean partly = main0 && figures.isScored() && figures.scoredMaximum().compareTo(node.maxPoints()) != 0;
            BigDecimal maximum = partly ? figures.scoredMaximum() : node.maxPoints();
            String title = partly ? Messages.get("print.row.partlyAssessed", node.title(),
                    Points.formatShort(figures.scoredMaximum()), Points.formatShort(node.maxPoints())) : node.title();
            if (headingRow >= 0 && result.depth() > headingDepth) {
                // A sub-criterion follows its criterion: that row never ends a page.
                sheet.keepWithNext(headingRow);
            }
            int row = sheet.addRow(result.depth() <= 1,
                    node.shownCode(),
                    title,
                    maximum,
                    pointsOrDash(result.figures(Track.SELF)),
                    pointsOrDash(result.figures(appraisal)),
                    deductionCell(node.section(), figures),
                    opinion(entry),
                    responsibleAndRemedy(context, node, entry, figures, sharedDeadline == null));
            headingRow = row;
            headingDepth = result.depth();
            if (result.depth() == 0) {
                switch (node.section()) {
                    case MAIN -> {
                        main.add(row);
                        if (figures.isScored()) {
                            mainAssessed.add(row);
                            shownMainMaximum = shownMainMaximum.add(maximum);
                        }
                        setMainMaximum = setMainMaximum.add(node.maxPoints());
                    }
                    case BONUS -> bonus.add(row);
                    case PENALTY -> penalty.add(row);
                }
            }
        }
        Totals selfTotals = context.scorecard().totals(Track.SELF);
        Totals appraisedTotals = context.scorecard().totals(appraisal);
        Totals trackTotals = context.scorecard().totals(track);
        boolean sections = !bonus.isEmpty() || !penalty.isEmpty();
        int mainRow = sheet.addTotalRow(
                null,
                Messages.get(sections ? "print.row.fieldsTotal" : "reports.row.grandTotal"),
                new Formula(sum(MAXIMUM, mainAssessed), shownMainMaximum),
                totalCell(sum(SELF, main), selfTotals, selfTotals.achieved()),
                totalCell(sum(APPRAISED, main), appraisedTotals, appraisedTotals.achieved()),
                trackTotals.scoredLeaves() == 0 ? DASH : new Formula(sum(DEDUCTION, main), trackTotals.deduction()),
                null,
                null);
        int totalRow = mainRow;
        if (sections) {
            totalRow = sheet.addTotalRow(
                    null,
                    Messages.get("print.row.grandTotalWithSections"),
                    null,
                    totalCell(total(SELF, main, bonus, penalty), selfTotals, selfTotals.total()),
                    totalCell(total(APPRAISED, main, bonus, penalty), appraisedTotals, appraisedTotals.total()),
                    null,
                    null,
                    null);
        }
        BigDecimal notAssessed = setMainMaximum.subtract(shownMainMaximum);
        if (notAssessed.signum() != 0) {
            int rest = sheet.nextRow();
            sheet.addTotalRow(null, Messages.get("print.row.notAssessedMaximum"), notAssessed);
            sheet.addTotalRow(null, Messages.get("print.row.setMaximum"),
                    new Formula(DocumentSheet.ref(mainRow, MAXIMUM) + "+" + DocumentSheet.ref(rest, MAXIMUM),
                            setMainMaximum));
        }
        if (selfTotals.scoredLeaves() > 0 && appraisedTotals.scoredLeaves() > 0) {
            addIndexRow(sheet, totalRow, trackTotals.applicableMaximum(), selfTotals, appraisedTotals);
        }
        publishedNote(context, sheet, appraisedTotals);
        if (sharedDeadline != null) {
            sheet.addNoteRow(Messages.get("print.note.sharedDeadline", DocumentText.shortDate(sharedDeadline)));
        }
    }

    /**
     * The deadline every printed remedy shares, when there are at least two of them and none without it: it is then
     * said once under the table (as seed 003's letter says it once), not on every row, where it took two lines of
     * the narrow remedy column each time. Null when the remedies differ (each row then keeps its own).
     */
    static LocalDate sharedDeadline(ReportContext context, Set<String> shown) {
        LocalDate shared = null;
        int rows = 0;
        for (NodeResult result : context.scorecard().nodes()) {
            CriterionNode node = result.node();
            if (shown != null && !shown.contains(node.code())) {
                continue;
            }
            Entry entry = context.assessment().entry(node.code());
            Remedy remedy = entry.remedy();
            if (!printsRemedy(result.figures(context.track()), entry)
                    || remedy.deadline() == null && remedy.measure().isEmpty()) {
                continue;
            }
            if (remedy.deadline() == null || shared != null && !shared.equals(remedy.deadline())) {
                return null;
            }
            shared = remedy.deadline();
            rows++;
        }
        return rows >= 2 ? shared : null;
    }

    /** A dash, not 0,00, for the rows and totals of a track nothing has been scored on yet. */
    static final String DASH = "-";

    private static Object totalCell(String expression, Totals totals, BigDecimal value) {
        return totals.scoredLeaves() == 0 ? DASH : new Formula(expression, value);
    }

    /** Points achieved, or a dash when nothing at or below the node is scored (not yet, or not applicable). */
    static Object pointsOrDash(Figures figures) {
        return figures.isScored() ? figures.achieved() : DASH;
    }

    /** The deduction of a main row; the points a penalty row takes off the total; nothing for a bonus row. */
    private static Object deductionCell(Section section, Figures figures) {
        return switch (section) {
            case MAIN -> figures.isScored() ? figures.deduction() : DASH;
            case PENALTY -> figures.isScored() ? figures.achieved() : DASH;
            case BONUS -> null;
        };
    }

    /**
     * Where the province announced another result than the one computed here (seed 003: 69,82 against 72,73),
     * both are printed, labelled, so the appendix does not contradict the letter it is attached to.
     */
    private static void publishedNote(ReportContext context, DocumentSheet sheet, Totals computed) {
        PublishedResult published = context.assessment().published();
        if (published.total() == null && published.index() == null) {
            return;
        }
        boolean sameTotal = published.total() == null
                || Points.rounded(published.total()).compareTo(Points.rounded(computed.total())) == 0;
        boolean sameIndex = published.index() == null || computed.index() == null
                || Points.rounded(published.index()).compareTo(Points.rounded(computed.index())) == 0;
        if (sameTotal && sameIndex) {
            return;
        }
        StringBuilder text = new StringBuilder(Messages.get(published.decision().isEmpty()
                ? "print.note.published" : "print.note.publishedBy", published.decision()));
        if (published.total() != null) {
            text.append(' ').append(Messages.get("print.note.total", published.total()));
        }
        if (published.index() != null) {
            text.append(' ').append(Messages.get("print.note.index", published.index()));
        }
        if (!context.assessment().rankText().isEmpty()) {
            text.append(' ').append(context.assessment().rankText()).append('.');
        }
        text.append(' ').append(Messages.get("print.note.computed", computed.total(),
                computed.index() == null ? "-" : Points.format(computed.index())));
        sheet.addNoteRow(text.toString());
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
        int indexRow = sheet.nextRow();
        String base = DocumentSheet.ref(indexRow, MAXIMUM);
        sheet.addTotalRow(
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
     * Who is responsible and the remedy, for a row that lost points or has a remedy: the node's own departments, or
     * for a leaf the inherited ones, then the measure and (unless said once under the table) its deadline, one per
     * line.
     */
    static String responsibleAndRemedy(ReportContext context, CriterionNode node, Entry entry, Figures figures,
                                       boolean withDeadline) {
        if (!printsRemedy(figures, entry)) {
            return "";
        }
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
        if (withDeadline && remedy.deadline() != null) {
            lines.add("(" + Messages.get("reports.deadline", DocumentText.shortDate(remedy.deadline())) + ")");
        }
        return lines.toString();
    }

    /**
     * Whether a row fills the responsible-and-remedy column: only when it lost points or has a remedy. With nothing to
     * fix the column stays empty, because it is about who fixes what (as in the 003 appendix).
     */
    private static boolean printsRemedy(Figures figures, Entry entry) {
        return figures.hasDeduction() || !entry.remedy().isEmpty();
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
