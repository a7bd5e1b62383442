package vn.cchc.workbook.domain.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.documents.Paragraph.Role;
import vn.cchc.workbook.domain.documents.Section.Placement;
import vn.cchc.workbook.domain.scoring.DeductionItem;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.document.UnitNames;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Công văn khắc phục, as the Hiền Thành letter of 6 September 2023 (seed 003): "Kính gửi" the departments and
 * officers that lost points, the basis, the result, then one numbered section per department or officer with each
 * criterion it lost points on, the appraisal opinion quoted and the remedy with its deadline; the common deadline,
 * "Nơi nhận" and, when asked, the phụ lục on landscape pages.
 */
final class LetterDrafter {

    private static final Locale VI = Messages.VIETNAMESE;

    private final DraftContext context;

    LetterDrafter(DraftContext context) {
        this.context = context;
    }

    DraftDocument draft() {
        List<DepartmentResult> departments = departmentsThatLostPoints();
        List<Section> sections = new ArrayList<>();
        sections.add(addressees(departments));
        String basis = context.basisSentence("documents.letter.basis");
        if (!basis.isEmpty()) {
            sections.add(section("can-cu", "documents.section.basis", Placement.BODY,
                    Paragraph.drafted("can-cu/1", Role.BODY, basis)));
        }
        sections.add(section("ket-qua", "documents.section.result", Placement.BODY,
                Paragraph.drafted("ket-qua/1", Role.BODY, context.resultParagraph())));
        // With no criterion lost ("các nội dung sau:" over nothing), the request is to keep up the work.
        sections.add(section("yeu-cau", "documents.section.request", Placement.BODY,
                Paragraph.drafted("yeu-cau/1", Role.BODY, Messages.get(departments.isEmpty()
                        ? "documents.letter.request.nothingLost" : "documents.letter.request",
                        context.period(), context.unitInText(), context.nextPeriod(), context.unitShort()))));
        int number = 1;
        for (DepartmentResult department : departments) {
            sections.add(departmentSection(number++, department));
        }
        sections.add(section("thoi-han", "documents.section.deadline", Placement.BODY,
                Paragraph.drafted("thoi-han/1", Role.BODY, deadlineParagraph(departments.isEmpty()))));
        sections.add(section("ket-luan", "documents.section.closing", Placement.BODY,
                Paragraph.drafted("ket-luan/1", Role.BODY, Messages.get("documents.letter.closing"))));
        sections.add(section("noi-nhan", "documents.section.recipients", Placement.RECIPIENTS,
                Paragraph.drafted("noi-nhan/1", Role.RECIPIENT, String.join("\n", recipients()))));
        if (context.request.appendix()) {
            sections.add(appendix());
        }
        String subject = context.request.subject().isEmpty()
                ? Messages.get("documents.letter.subject", DocumentText.keptTogether(context.period()))
                : withRegarding(context.request.subject());
        Letterhead letterhead = context.letterhead(context.numberLine("UBND"), subject, "", "");
        return new DraftDocument(DocumentKind.LETTER, letterhead, sections, context.signer(), List.of());
    }

    /**
     * Departments with lost points: those standing for the whole staff ("Cán bộ, công chức xã") first, as letters
     * address everyone before the individual posts, then the others in the workbook's order; points nobody was
     * assigned to last.
     */
    private List<DepartmentResult> departmentsThatLostPoints() {
        List<DepartmentResult> whole = new ArrayList<>();
        List<DepartmentResult> others = new ArrayList<>();
        List<DepartmentResult> unassigned = new ArrayList<>();
        for (DepartmentResult result : context.scorecard.departments(Track.APPRAISED)) {
            if (result.deductions().isEmpty()) {
                continue;
            }
            if (result.isUnassigned()) {
                unassigned.add(result);
            } else if (isWholeStaff(result.department().name())) {
                whole.add(result);
            } else {
                others.add(result);
            }
        }
        List<DepartmentResult> ordered = new ArrayList<>(whole);
        ordered.addAll(others);
        ordered.addAll(unassigned);
        return ordered;
    }

    static boolean isWholeStaff(String name) {
        String lower = name.toLowerCase(VI).strip();
        return lower.startsWith("cán bộ, công chức") || lower.startsWith("cán bộ công chức")
                || lower.startsWith("toàn thể");
    }

    private Section addressees(List<DepartmentResult> departments) {
        List<String> names = new ArrayList<>();
        for (DepartmentResult department : departments) {
            names.add(name(department));
        }
        if (names.isEmpty()) {
            // The whole staff: a committee's officers, an agency's own divisions.
            names.add(Messages.get(UnitNames.isPeoplesCommittee(context.assessment.unit().level())
                    ? "documents.letter.everyone" : "documents.letter.everyone.agency"));
        }
        return section("kinh-gui", "documents.section.addressees", Placement.ADDRESSEES,
                Paragraph.drafted("kinh-gui/1", Role.ADDRESSEE, String.join("\n", names)));
    }

    private Section departmentSection(int number, DepartmentResult department) {
        String id = "dv-" + (department.isUnassigned() ? "chua-giao" : department.department().id());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.drafted(id + "/tieu-de", Role.HEADING,
                Messages.get("documents.letter.departmentHeading", number, name(department))));
        Set<String> measures = new LinkedHashSet<>();
        for (DeductionItem item : department.deductions()) {
            String itemId = id + "/" + item.code();
            blocks.add(Paragraph.drafted(itemId, Role.BODY, Messages.get("documents.letter.item", item.shownCode(),
                    item.title().strip(), DraftContext.points(item.deduction()))));
            if (!item.opinion().isBlank()) {
                blocks.add(Paragraph.drafted(itemId + "/y-kien", Role.QUOTE, quoted(item.opinion())));
            }
            Remedy remedy = context.remedyOf(item.code());
            String measure = remedy.measure().isEmpty() ? Messages.get("documents.letter.defaultRemedy")
                    : remedy.measure();
            String line = DraftContext.remedyLine(measure, remedy.deadline());
            // The same measure is often recorded for every criterion of a department: say it once.
            if (measures.add(line.toLowerCase(VI))) {
                blocks.add(Paragraph.drafted(itemId + "/bien-phap", Role.BULLET, line));
            }
        }
        return new Section(id, name(department), Placement.BODY, blocks);
    }

    /**
     * "… đã thống kê các nội dung bị trừ điểm (có Phụ lục kèm theo) …" and the common deadline; with nothing lost,
     * that the deductions will be listed once the appraisal is known, or that the appraisal deducted nothing.
     */
    private String deadlineParagraph(boolean nothingLost) {
        if (nothingLost) {
            boolean appraised = context.scorecard.totals(Track.APPRAISED).scoredLeaves() > 0;
            return appraised ? Messages.get("documents.letter.noDeductions")
                    : Messages.get("documents.letter.listedLater", context.unitShort());
        }
        List<String> codes = context.lostLeaves().stream().map(n -> n.code()).toList();
        LocalDate deadline = context.latestDeadline(codes);
        String attached = Messages.get(context.request.appendix() ? "documents.letter.appendixBelow"
                : "documents.letter.appendixAttached");
        String text = Messages.get("documents.letter.listed", context.unitShort(), attached);
        if (deadline != null) {
            text = text + " " + Messages.get("documents.letter.deadline", DocumentText.shortDate(deadline),
                    context.nextPeriod());
        }
        return text;
    }

    private List<String> recipients() {
        List<String> drafted = new ArrayList<>(context.reportingRecipient());
        drafted.add(Messages.get("documents.recipient.addressees"));
        drafted.add(Messages.get("documents.recipient.archive"));
        return context.recipients(drafted);
    }

    private Section appendix() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.drafted("phu-luc/tieu-de", Role.TITLE,
                DocumentText.upper(Messages.get("reports.doc.appendix"))));
        blocks.add(Paragraph.drafted("phu-luc/ten", Role.TITLE, DocumentText.upper(Messages.get(
                "documents.appendix.title", DocumentText.keptTogether(context.unitInText()),
                DocumentText.keptTogether(context.period())))));
        String reference = DocumentText.referenceLine(new DocumentReference(
                Messages.get("documents.kind.short.cong-van"), context.request.number(),
                context.request.effectiveDate(), context.unitShort()));
        blocks.add(Paragraph.drafted("phu-luc/kem-theo", Role.TITLE_NOTE, reference));
        blocks.add(new AppendixTable(context).build());
        return new Section("phu-luc", Messages.get("documents.section.appendix"), Placement.ANNEX, blocks);
    }

    private static String name(DepartmentResult department) {
        return department.isUnassigned() ? Messages.get("reports.row.unassigned") : department.department().name();
    }

    /** The opinion in quotation marks, as the letter quotes the council. */
    static String quoted(String opinion) {
        return "“" + opinion.strip() + "”";
    }

    /** A trích yếu of a letter begins with "V/v". */
    static String withRegarding(String subject) {
        String text = subject.strip();
        return text.toLowerCase(VI).startsWith("v/v") ? text : "V/v " + text;
    }

    private static Section section(String id, String titleKey, Placement placement, Paragraph paragraph) {
        return new Section(id, Messages.get(titleKey), placement, List.of(paragraph));
    }
}
