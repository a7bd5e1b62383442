package vn.cchc.workbook.domain.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The letter's phụ lục as a Word table: the rows that lost points (see {@link AppendixRows}) with the maximum, self
 * score, appraised score, deduction, the council's opinion and who carries out the remedy, then "Tổng điểm".
 */
final class AppendixTable {

    private static final int OPINION = 6;
    private static final int REMEDY = 7;
    /** An empty text column keeps room for its header (three or four short lines). */
    private static final int EMPTY_TEXT_WIDTH = 14;

    private final DraftContext context;

    AppendixTable(DraftContext context) {
        this.context = context;
    }

    Table build() {
        Set<String> shown = AppendixRows.withDeductions(context.assessment, context.scorecard, Track.APPRAISED);
        List<Table.Row> rows = new ArrayList<>();
        BigDecimal assessedMaximum = BigDecimal.ZERO;
        BigDecimal setMaximum = BigDecimal.ZERO;
        boolean sections = false;
        for (NodeResult result : context.scorecard.nodes()) {
            Figures appraised = result.appraised();
            CriterionNode node = result.node();
            boolean main = node.section() == vn.cchc.workbook.domain.criteria.Section.MAIN;
            // Điểm chuẩn of a row only partly appraised is the maximum of its appraised parts, as in the Excel phụ
            // lục, so that chuẩn − thẩm định = trừ holds on the row; the rest is accounted for under the total.
            boolean partly = main && appraised.isScored() && appraised.scoredMaximum().compareTo(node.maxPoints()) != 0;
            BigDecimal maximum = partly ? appraised.scoredMaximum() : node.maxPoints();
            if (result.depth() == 0) {
                sections |= !main;
                if (main) {
                    setMaximum = setMaximum.add(node.maxPoints());
                    if (appraised.isScored()) {
                        assessedMaximum = assessedMaximum.add(maximum);
                    }
                }
            }
            if (!shown.contains(result.code())) {
                continue;
            }
            Entry entry = context.entry(result.code());
            String title = partly ? Messages.get("print.row.partlyAssessed", node.title(),
                    Points.formatShort(appraised.scoredMaximum()), Points.formatShort(node.maxPoints()))
                    : node.title();
            rows.add(new Table.Row(List.of(
                    result.shownCode(),
                    title,
                    Points.format(maximum),
                    achieved(result.self()),
                    achieved(appraised),
                    appraised.isScored() && appraised.hasDeduction()
                            ? "-" + Points.format(appraised.deduction()) : "",
                    entry.notApplicable() && entry.appraisalOpinion().isEmpty()
                            ? Messages.get("reports.row.notApplicable") : entry.appraisalOpinion(),
                    responsibleAndRemedy(result, entry)), result.depth() <= 1));
        }
        Totals self = context.scorecard.totals(Track.SELF);
        Totals appraised = context.scorecard.totals(Track.APPRAISED);
        // Nothing scored is not 0 (decision 40): a letter drafted before the appraisal leaves its figures blank.
        // The lĩnh vực's sum first, then the total with bonus and penalty when the set has them, then the maxima of
        // what is not appraised, so that the printed rows add up as the Excel phụ lục's do.
        boolean partlyAppraised = appraised.scoredLeaves() > 0 && assessedMaximum.compareTo(setMaximum) != 0;
        BigDecimal sumMaximum = partlyAppraised ? assessedMaximum : setMaximum;
        rows.add(new Table.Row(List.of("", Messages.get(sections ? "print.row.fieldsTotal" : "reports.row.grandTotal"),
                Points.format(sumMaximum), scored(self, sections ? self.achieved() : self.total()),
                scored(appraised, sections ? appraised.achieved() : appraised.total()),
                scored(appraised, appraised.deduction()), "", ""), true));
        if (sections) {
            rows.add(new Table.Row(List.of("", Messages.get("print.row.grandTotalWithSections"), "",
                    scored(self, self.total()), scored(appraised, appraised.total()), "", "", ""), true));
        }
        if (partlyAppraised) {
            rows.add(new Table.Row(List.of("", Messages.get("print.row.notAssessedMaximum"),
                    Points.format(setMaximum.subtract(assessedMaximum)), "", "", "", "", ""), true));
            rows.add(new Table.Row(List.of("", Messages.get("print.row.setMaximum"), Points.format(setMaximum),
                    "", "", "", "", ""), true));
        }
        if (appraised.index() != null && self.index() != null) {
            rows.add(new Table.Row(List.of("", Messages.get("reports.row.index", appraised.applicableMaximum()),
                    Points.format(appraised.applicableMaximum()), scored(self, self.index()),
                    scored(appraised, appraised.index()), "", "", ""), true));
        }
        return new Table("phu-luc/bang", columns(rows), rows);
    }

    /**
     * The columns, the opinions' and the remedies' widths given to the titles when no row has any (a letter drafted
     * before the appraisal): lĩnh vực names ran three and four lines beside an empty third of the page.
     */
    private static List<Table.Column> columns(List<Table.Row> rows) {
        boolean opinions = rows.stream().anyMatch(row -> !row.cells().get(OPINION).isBlank());
        boolean remedies = rows.stream().anyMatch(row -> !row.cells().get(REMEDY).isBlank());
        int opinion = opinions ? 36 : EMPTY_TEXT_WIDTH;
        int remedy = remedies ? 22 : EMPTY_TEXT_WIDTH;
        int title = 22 + (36 - opinion) + (22 - remedy);
        return List.of(
                new Table.Column(Messages.get("reports.col.stt"), 6, true),
                new Table.Column(Messages.get("reports.col.node"), title, false),
                new Table.Column(Messages.get("reports.col.maximum"), 7, true),
                new Table.Column(Messages.get("reports.col.self"), 7, true),
                new Table.Column(Messages.get("reports.col.appraised"), 7, true),
                new Table.Column(Messages.get("reports.col.deduction"), 7, true),
                new Table.Column(Messages.get("reports.col.opinion"), opinion, false),
                new Table.Column(Messages.get("reports.col.responsibleAndRemedy"), remedy, false));
    }

    private static String scored(Totals totals, BigDecimal figure) {
        return totals.scoredLeaves() > 0 ? Points.format(figure) : "";
    }

    private String responsibleAndRemedy(NodeResult result, Entry entry) {
        StringJoiner lines = new StringJoiner("\n");
        boolean lost = result.appraised().hasDeduction();
        if (!entry.responsibilities().isEmpty() || (lost && result.node().isLeaf())) {
            String names = context.responsibleNames(result.code());
            if (!names.isEmpty()) {
                lines.add(names);
            }
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

    /** A score, or "-" for a row not (yet) scored on that track, as the Excel phụ lục prints it. */
    private static String achieved(Figures figures) {
        return figures.isScored() ? Points.format(figures.achieved()) : "-";
    }
}
