package vn.cchc.workbook.domain.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.documents.Paragraph.Role;
import vn.cchc.workbook.domain.documents.Section.Placement;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Báo cáo kết quả tự đánh giá: the unit's own scores, sent with its evidence to the appraisal council. A short text
 * (the result per lĩnh vực, the criteria not assessed and why, those below their maximum with the explanation)
 * and the self-score table (STT | Lĩnh vực / tiêu chí | Điểm tối đa | Điểm tự đánh giá | Tài liệu kiểm chứng |
 * Giải trình) on landscape pages after the signature.
 */
final class ReportDrafter {

    /** The part of the set that counts in the 100 (bonus and penalty groups are reported apart). */
    private static final vn.cchc.workbook.domain.criteria.Section MAIN = vn.cchc.workbook.domain.criteria.Section.MAIN;

    private final DraftContext context;

    ReportDrafter(DraftContext context) {
        this.context = context;
    }

    /**
     * One lĩnh vực's line: its points out of its maximum, or "chưa tự đánh giá" while none of its criteria is scored
     * (a report drafted mid-way printed "0,00/8,00 điểm" for a lĩnh vực nobody had looked at), with the count still
     * to score while some are.
     */
    private static String fieldLine(NodeResult field) {
        Figures f = field.self();
        String code = field.node().shownCode();
        String title = field.node().title().strip();
        if (f.notApplicable()) {
            return Messages.get("documents.report.fieldNotApplicable", code, title);
        }
        if (!f.isScored()) {
            return Messages.get("documents.report.fieldUnscored", code, title, Points.format(f.applicableMaximum()));
        }
        String line = Messages.get("documents.report.field", code, title, Points.format(f.achieved()),
                Points.format(f.applicableMaximum()));
        return f.isComplete() ? line : line + " " + Messages.get("documents.report.fieldPartial", f.unscoredLeaves());
    }

    DraftDocument draft() {
        Totals totals = context.scorecard.totals(Track.SELF);
        List<Section> sections = new ArrayList<>();
        String basis = context.basisSentence("documents.report.basis");
        String opening = basis.isEmpty() ? Messages.get("documents.report.opening", context.unitShort(),
                context.period()) : basis;
        sections.add(one("mo-dau", "documents.section.opening", Placement.BODY, "mo-dau/1", Role.BODY, opening));

        List<Block> result = new ArrayList<>();
        result.add(Paragraph.drafted("ket-qua/tieu-de", Role.HEADING, Messages.get("documents.report.resultHeading")));
        String index = totals.index() == null ? "" : Messages.get("documents.report.index",
                Points.format(totals.index()));
        result.add(Paragraph.drafted("ket-qua/tong", Role.BODY, Messages.get("documents.report.total",
                Points.format(totals.total()), Points.format(totals.applicableMaximum()), index,
                totals.unscoredLeaves() > 0 ? Messages.get("documents.report.unscored", totals.unscoredLeaves())
                        : "").strip()));
        for (NodeResult field : context.scorecard.fields()) {
            if (field.node().section() != MAIN) {
                continue;
            }
            result.add(Paragraph.drafted("ket-qua/" + field.code(), Role.BULLET, fieldLine(field)));
        }
        if (totals.bonus().signum() != 0 || totals.penalty().signum() != 0) {
            result.add(Paragraph.drafted("ket-qua/thuong-tru", Role.BULLET, Messages.get(
                    "documents.report.bonusPenalty", Points.format(totals.bonus()), Points.format(totals.penalty()))));
        }
        sections.add(new Section("ket-qua",
                Messages.get("documents.section.result"), Placement.BODY, result));
        sections.add(notApplicable(totals));
        sections.add(belowMaximum());
        List<Block> proposals = List.of(
                Paragraph.drafted("kien-nghi/tieu-de", Role.HEADING, Messages.get("documents.report.proposalHeading")),
                Paragraph.drafted("kien-nghi/1", Role.BODY, Messages.get("documents.report.proposal")));
        sections.add(new Section("kien-nghi",
                Messages.get("documents.section.proposals"), Placement.BODY, proposals));
        sections.add(one("ket-luan", "documents.section.closing", Placement.BODY, "ket-luan/1", Role.BODY,
                Messages.get("documents.report.closing", context.period(), context.unitInText())));
        List<String> recipients = new ArrayList<>(context.reportingRecipient());
        recipients.add(Messages.get("documents.recipient.archive"));
        sections.add(one("noi-nhan", "documents.section.recipients", Placement.RECIPIENTS, "noi-nhan/1",
                Role.RECIPIENT, String.join("\n", context.recipients(recipients))));
        sections.add(scoreTable());
        String title = context.request.subject().isEmpty()
                ? Messages.get("documents.report.title", DocumentText.keptTogether(context.period()),
                        DocumentText.keptTogether(context.unitInText()))
                : context.request.subject();
        Letterhead letterhead = context.letterhead(context.numberLine("BC-UBND"), "",
                DocumentText.upper(Messages.get("documents.kind.short.bao-cao")), title);
        return new DraftDocument(DocumentKind.REPORT, letterhead, sections, context.signer(), List.of());
    }

    /** The criteria not assessed (the top-most of each not-applicable branch) and the explanation typed for each. */
    private Section notApplicable(Totals totals) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.drafted("khong-danh-gia/tieu-de", Role.HEADING,
                Messages.get("documents.report.notApplicableHeading")));
        List<NodeResult> topMost = new ArrayList<>();
        for (NodeResult result : context.scorecard.nodes()) {
            if (context.entry(result.code()).notApplicable() && !underNotApplicable(result.code())) {
                topMost.add(result);
            }
        }
        if (topMost.isEmpty()) {
            blocks.add(Paragraph.drafted("khong-danh-gia/1", Role.BODY,
                    Messages.get("documents.report.allApplicable")));
        } else {
            BigDecimal excluded = totals.maximum().subtract(totals.applicableMaximum());
            blocks.add(Paragraph.drafted("khong-danh-gia/1", Role.BODY, Messages.get("documents.report.notApplicable",
                    topMost.size(), Points.format(excluded), Points.format(totals.applicableMaximum()))));
            for (NodeResult result : topMost) {
                Entry entry = context.entry(result.code());
                String why = entry.selfExplanation().isEmpty() ? Messages.get("documents.report.noExplanation")
                        : entry.selfExplanation();
                blocks.add(Paragraph.drafted("khong-danh-gia/" + result.code(), Role.BULLET,
                        Messages.get("documents.report.notApplicableItem", result.shownCode(),
                                result.node().title().strip(), Points.format(result.node().maxPoints()), why)));
            }
        }
        return new Section("khong-danh-gia",
                Messages.get("documents.section.notApplicable"), Placement.BODY, blocks);
    }

    private boolean underNotApplicable(String code) {
        var parent = context.assessment.criteria().parentOf(code);
        while (parent.isPresent()) {
            if (context.entry(parent.get().code()).notApplicable()) {
                return true;
            }
            parent = context.assessment.criteria().parentOf(parent.get().code());
        }
        return false;
    }

    /** Leaves self-scored below their maximum, with the unit's explanation (giải trình). */
    private Section belowMaximum() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.drafted("chua-dat/tieu-de", Role.HEADING, Messages.get("documents.report.belowHeading")));
        int count = 0;
        for (NodeResult result : context.scorecard.nodes()) {
            Figures f = result.self();
            if (!result.node().isLeaf() || result.node().section() != MAIN || !f.isScored()
                    || !f.hasDeduction()) {
                continue;
            }
            count++;
            Entry entry = context.entry(result.code());
            String text = Messages.get("documents.report.belowItem", result.shownCode(), result.node().title().strip(),
                    Points.format(f.achieved()), Points.format(f.maximum()));
            if (!entry.selfExplanation().isEmpty()) {
                text = text + " " + entry.selfExplanation();
            }
            blocks.add(Paragraph.drafted("chua-dat/" + result.code(), Role.BULLET, text));
        }
        if (count == 0) {
            blocks.add(Paragraph.drafted("chua-dat/1", Role.BODY, Messages.get("documents.report.allMet")));
        }
        return new Section("chua-dat",
                Messages.get("documents.section.belowMaximum"), Placement.BODY, blocks);
    }

    private Section scoreTable() {
        List<Table.Column> columns = List.of(
                new Table.Column(Messages.get("reports.col.stt"), 6, true),
                new Table.Column(Messages.get("documents.col.node"), 34, false),
                new Table.Column(Messages.get("documents.col.maximum"), 8, true),
                new Table.Column(Messages.get("reports.col.self"), 8, true),
                new Table.Column(Messages.get("documents.col.evidence"), 28, false),
                new Table.Column(Messages.get("documents.col.explanation"), 26, false));
        List<Table.Row> rows = new ArrayList<>();
        for (NodeResult result : context.scorecard.nodes()) {
            Figures f = result.self();
            Entry entry = context.entry(result.code());
            String explanation = entry.selfExplanation();
            if (entry.notApplicable()) {
                explanation = explanation.isEmpty() ? Messages.get("reports.row.notApplicable")
                        : Messages.get("documents.report.notApplicableCell", explanation);
            }
            rows.add(new Table.Row(List.of(result.shownCode(), result.node().title(),
                    Points.format(result.node().maxPoints()),
                    f.isScored() && !f.notApplicable() ? Points.format(f.achieved()) : "",
                    evidence(entry.evidence()), explanation), result.depth() == 0));
        }
        Totals totals = context.scorecard.totals(Track.SELF);
        rows.add(new Table.Row(List.of("", Messages.get("reports.row.grandTotal"), Points.format(totals.maximum()),
                Points.format(totals.total()), "", ""), true));
        if (totals.index() != null) {
            rows.add(new Table.Row(List.of("", Messages.get("reports.row.index", totals.applicableMaximum()),
                    Points.format(totals.applicableMaximum()), Points.format(totals.index()), "", ""), true));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.drafted("bang-diem/tieu-de", Role.TITLE,
                DocumentText.upper(Messages.get("reports.doc.appendix"))));
        blocks.add(Paragraph.drafted("bang-diem/ten", Role.TITLE, DocumentText.upper(
                Messages.get("documents.report.tableTitle", context.unitInText(), context.period()))));
        blocks.add(Paragraph.drafted("bang-diem/kem-theo", Role.TITLE_NOTE, DocumentText.referenceLine(
                new DocumentReference(Messages.get("documents.kind.short.bao-cao"), context.request.number(),
                        context.request.effectiveDate(), context.unitShort()))));
        blocks.add(new Table("bang-diem/bang", columns, rows));
        return new Section("bang-diem",
                Messages.get("documents.section.scoreTable"), Placement.ANNEX, blocks);
    }

    /** "30/KH-UBND ngày 15/01/2023: Kế hoạch tuyên truyền CCHC", one per line. */
    private static String evidence(List<EvidenceDocument> documents) {
        StringJoiner lines = new StringJoiner("\n");
        for (EvidenceDocument document : documents) {
            StringBuilder line = new StringBuilder(document.number());
            if (document.date() != null) {
                line.append(line.isEmpty() ? "" : " ").append(Messages.get("reports.doc.date")).append(' ')
                        .append(DocumentText.shortDate(document.date()));
            }
            if (!document.summary().isEmpty()) {
                line.append(line.isEmpty() ? "" : ": ").append(document.summary());
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines.toString();
    }

    private static Section one(String id, String titleKey, Placement placement,
                                                                 String paragraphId, Role role, String text) {
        return new Section(id, Messages.get(titleKey), placement,
                List.of(Paragraph.drafted(paragraphId, role, text)));
    }
}
