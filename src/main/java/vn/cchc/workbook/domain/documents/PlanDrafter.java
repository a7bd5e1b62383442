package vn.cchc.workbook.domain.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.documents.Paragraph.Role;
import vn.cchc.workbook.domain.documents.Section.Placement;
import vn.cchc.workbook.domain.planning.DepartmentPlan;
import vn.cchc.workbook.domain.planning.DepartmentShare;
import vn.cchc.workbook.domain.planning.NodePlan;
import vn.cchc.workbook.domain.planning.OverallPlan;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Kế hoạch cải thiện chỉ số, modelled on the district letter "V/v khẩn trương hoàn thành các nhiệm vụ CCHC năm
 * 2023" (seed 000): the result, the targets per lĩnh vực (points now, points in the set, expected gain, target,
 * responsible departments with their shares), the targets per department (responsible for, achieved now, to be
 * gained, expected total, "duy trì … và phấn đấu đạt thêm …"), then each department's tasks from its remedies and
 * the gains planned on its criteria.
 */
final class PlanDrafter {

    private static final Locale VI = Messages.VIETNAMESE;

    private final DraftContext context;

    PlanDrafter(DraftContext context) {
        this.context = context;
    }

    DraftDocument draft() {
        List<Section> sections = new ArrayList<>();
        String basis = context.basisSentence("documents.plan.basis");
        if (!basis.isEmpty()) {
            sections.add(one("can-cu", "documents.section.basis", "can-cu/1", Role.BODY, basis));
        }
        sections.add(one("ket-qua", "documents.section.result", "ket-qua/1", Role.BODY, context.resultParagraph()));
        sections.add(fieldTargets());
        sections.add(departmentTargets());
        List<DepartmentPlan> departments = context.projection().departments();
        int number = 1;
        List<Block> heading = List.of(Paragraph.drafted("nhiem-vu/tieu-de", Role.HEADING,
                Messages.get("documents.plan.tasksHeading")));
        sections.add(new Section("nhiem-vu", Messages.get("documents.section.tasks"), Placement.BODY, heading));
        for (DepartmentPlan department : departments) {
            Section tasks = tasks(number, department);
            if (tasks != null) {
                sections.add(tasks);
                number++;
            }
        }
        sections.add(new Section("to-chuc", Messages.get("documents.section.organisation"), Placement.BODY, List.of(
                Paragraph.drafted("to-chuc/tieu-de", Role.HEADING, Messages.get("documents.plan.organisationHeading")),
                Paragraph.drafted("to-chuc/1", Role.BODY, Messages.get("documents.plan.organisation",
                        context.unitShort())))));
        List<String> recipients = new ArrayList<>(context.reportingRecipient());
        recipients.add(Messages.get("documents.recipient.departments"));
        recipients.add(Messages.get("documents.recipient.archive"));
        sections.add(one("noi-nhan", "documents.section.recipients", "noi-nhan/1", Role.RECIPIENT,
                String.join("\n", context.recipients(recipients))));
        String title = context.request.subject().isEmpty()
                ? Messages.get("documents.plan.title", DocumentText.keptTogether(context.nextPeriod()),
                        DocumentText.keptTogether(context.unitInText()))
                : context.request.subject();
        Letterhead letterhead = context.letterhead(context.numberLine("KH-UBND"), "",
                DocumentText.upper(Messages.get("documents.kind.short.ke-hoach")), title);
        return new DraftDocument(DocumentKind.PLAN, letterhead, sections, context.signer(), List.of());
    }

    /**
     * Per lĩnh vực: the points of a linked earlier period (when there is one), the points now, the points in the set,
     * the expected gain, the target (the projection where none is set) and the responsible departments' shares.
     */
    private Section fieldTargets() {
        Optional<EarlierPeriod> earlier = context.assessment.earlier();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(Messages.get("reports.col.stt"), 7, true));
        columns.add(new Table.Column(Messages.get("reports.col.field"), 30, false));
        earlier.ifPresent(e -> columns.add(new Table.Column(Messages.get("documents.col.achievedIn", e.label()), 10,
                true)));
        // The earlier rank of each lĩnh vực, as seed 000's field table prints it, when any was typed.
        boolean ranks = earlier.map(e -> e.fields().stream().anyMatch(n -> !n.rankText().isEmpty())).orElse(false);
        if (ranks) {
            columns.add(new Table.Column(Messages.get("reports.col.previousRank"), 10, true));
        }
        columns.add(new Table.Column(Messages.get("documents.col.achievedIn", context.period()), 10, true));
        columns.add(new Table.Column(Messages.get("reports.col.setMaximum"), 9, true));
        columns.add(new Table.Column(Messages.get("reports.col.expectedGain"), 9, true));
        columns.add(new Table.Column(Messages.get("reports.col.target"), 9, true));
        columns.add(new Table.Column(Messages.get("reports.col.responsibleDepartments"), 28, false));
        List<Table.Row> rows = new ArrayList<>();
        for (NodePlan field : context.projection().fields()) {
            List<String> cells = new ArrayList<>(List.of(field.node().shownCode(), field.node().title().strip()));
            earlier.ifPresent(e -> cells.add(e.node(field.code()).map(n -> format(n.points())).orElse("")));
            if (ranks) {
                cells.add(earlier.get().node(field.code()).filter(n -> n.depth() == 0).map(n -> n.rankText())
                        .orElse(""));
            }
            cells.addAll(List.of(Points.format(field.current()), Points.format(field.maximum()),
                    format(field.expectedGain()), format(field.target() != null ? field.target() : field.projected()),
                    shares(field.shares())));
            rows.add(new Table.Row(cells, false));
        }
        OverallPlan overall = context.projection().overall();
        List<String> total = new ArrayList<>(List.of("", Messages.get("reports.row.total")));
        earlier.ifPresent(e -> total.add(Points.format(e.total())));
        if (ranks) {
            total.add(earlier.get().rankText());
        }
        total.addAll(List.of(Points.format(overall.current()), Points.format(overall.applicableMaximum()),
                format(overall.expectedGain()),
                format(overall.target() != null ? overall.target() : overall.projected()), ""));
        rows.add(new Table.Row(total, true));
        BigDecimal aim = overall.target() != null ? overall.target() : overall.projected();
        BigDecimal aimIndex = overall.target() != null ? overall.targetIndex() : overall.projectedIndex();
        String aimText = Messages.get("documents.plan.aim", context.nextPeriod(), Points.format(aim),
                aimIndex == null ? "" : Messages.get("documents.plan.aimIndex", Points.format(aimIndex)));
        return new Section("muc-tieu-linh-vuc", Messages.get("documents.section.fieldTargets"), Placement.BODY,
                List.of(Paragraph.drafted("muc-tieu-linh-vuc/tieu-de", Role.HEADING,
                                Messages.get("documents.plan.fieldHeading")),
                        new Table("muc-tieu-linh-vuc/bang", columns, rows),
                        Paragraph.drafted("muc-tieu-linh-vuc/1", Role.BODY, aimText.strip())));
    }

    private Section departmentTargets() {
        List<Table.Column> columns = List.of(
                new Table.Column(Messages.get("reports.col.stt"), 7, true),
                new Table.Column(Messages.get("reports.col.departments"), 35, false),
                new Table.Column(Messages.get("reports.col.responsibleTotal"), 12, true),
                new Table.Column(Messages.get("reports.col.achievedNow"), 12, true),
                new Table.Column(Messages.get("reports.col.gainExpected"), 12, true),
                new Table.Column(Messages.get("reports.col.expectedEnd"), 12, true));
        List<Table.Row> rows = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.drafted("muc-tieu-don-vi/tieu-de", Role.HEADING,
                Messages.get("documents.plan.departmentHeading")));
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal gain = null;
        BigDecimal projected = BigDecimal.ZERO;
        int number = 1;
        List<Paragraph> sentences = new ArrayList<>();
        for (DepartmentPlan department : context.projection().departments()) {
            String name = name(department);
            rows.add(new Table.Row(List.of(Integer.toString(number++), name, Points.format(department.responsible()),
                    Points.format(department.current()), format(department.expectedGain()),
                    Points.format(department.projected())), false));
            responsible = responsible.add(department.responsible());
            current = current.add(department.current());
            projected = projected.add(department.projected());
            if (department.expectedGain() != null) {
                gain = (gain == null ? BigDecimal.ZERO : gain).add(department.expectedGain());
            }
            BigDecimal toGain = department.expectedGain() != null ? department.expectedGain()
                    : department.responsible().subtract(department.current()).max(BigDecimal.ZERO);
            String id = "muc-tieu-don-vi/" + (department.isUnassigned() ? "chua-giao" : department.department().id());
            sentences.add(Paragraph.drafted(id, Role.BULLET, toGain.signum() > 0
                    ? Messages.get("documents.plan.departmentAim", name, Points.formatShort(department.current()),
                    Points.formatShort(toGain))
                    : Messages.get("documents.plan.departmentKeep", name, Points.formatShort(department.current()))));
        }
        rows.add(new Table.Row(List.of("", Messages.get("reports.row.total"), Points.format(responsible),
                Points.format(current), format(gain), Points.format(projected)), true));
        blocks.add(new Table("muc-tieu-don-vi/bang", columns, rows));
        blocks.addAll(sentences);
        return new Section("muc-tieu-don-vi", Messages.get("documents.section.departmentTargets"), Placement.BODY,
                blocks);
    }

    /** A department's tasks: the remedies of what it lost, then the gains planned on its criteria; null if none. */
    private Section tasks(int number, DepartmentPlan department) {
        String departmentId = department.isUnassigned() ? null : department.department().id();
        String id = "nv-" + (departmentId == null ? "chua-giao" : departmentId);
        List<Block> blocks = new ArrayList<>();
        Set<String> lines = new LinkedHashSet<>();
        for (NodeResult lost : context.lostLeaves()) {
            if (!answersFor(departmentId, lost.code())) {
                continue;
            }
            Remedy remedy = context.remedyOf(lost.code());
            String measure = remedy.measure().isEmpty()
                    ? Messages.get("documents.plan.defaultTask", lost.shownCode(), lost.node().title().strip())
                    : remedy.measure();
            String line = DraftContext.remedyLine(measure, remedy.deadline());
            if (lines.add(line.toLowerCase(VI))) {
                blocks.add(Paragraph.drafted(id + "/" + lost.code(), Role.BULLET, line));
            }
        }
        for (NodePlan node : context.projection().nodes()) {
            BigDecimal gain = context.entry(node.code()).expectedGain();
            if (gain == null || gain.signum() <= 0 || !answersFor(departmentId, node.code())) {
                continue;
            }
            blocks.add(Paragraph.drafted(id + "/tang/" + node.code(), Role.BULLET, Messages.get(
                    "documents.plan.gainTask", Points.formatShort(gain), node.node().shownCode(), node.node().title().strip())));
        }
        if (blocks.isEmpty()) {
            return null;
        }
        blocks.add(0, Paragraph.drafted(id + "/tieu-de", Role.SUBHEADING,
                Messages.get("documents.plan.taskHeading", number, name(department))));
        return new Section(id, name(department), Placement.BODY, blocks);
    }

    /** Whether the department (null: nobody) answers for some of {@code code}'s points. */
    private boolean answersFor(String departmentId, String code) {
        List<Responsibility> list = context.projection().responsibilities(code);
        if (departmentId == null) {
            return list.isEmpty();
        }
        return list.stream().anyMatch(r -> r.departmentId().equals(departmentId));
    }

    /** "Công chức Văn phòng - Thống kê 13 điểm; Trung tâm VH&TT 3 điểm". */
    private static String shares(List<DepartmentShare> shares) {
        StringJoiner joined = new StringJoiner("; ");
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (DepartmentShare share : shares) {
            String name = share.isUnassigned() ? Messages.get("reports.row.unassigned") : share.department().name();
            byName.merge(name, share.points(), BigDecimal::add);
        }
        byName.forEach((name, points) -> joined.add(byName.size() == 1 ? name
                : Messages.get("reports.share", name, Points.formatShort(points))));
        return joined.toString();
    }

    private static String name(DepartmentPlan department) {
        return department.isUnassigned() ? Messages.get("reports.row.unassigned") : department.department().name();
    }

    private static String format(BigDecimal value) {
        return value == null ? "" : Points.format(value);
    }

    private static Section one(String id, String titleKey, String paragraphId, Role role, String text) {
        Placement placement = role == Role.RECIPIENT ? Placement.RECIPIENTS : Placement.BODY;
        return new Section(id, Messages.get(titleKey), placement, List.of(Paragraph.drafted(paragraphId, role, text)));
    }
}
