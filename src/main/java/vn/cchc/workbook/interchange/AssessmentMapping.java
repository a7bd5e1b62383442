package vn.cchc.workbook.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.RuleInput;
import vn.cchc.workbook.domain.comparison.EarlierDepartment;
import vn.cchc.workbook.domain.comparison.EarlierNode;
import vn.cchc.workbook.domain.comparison.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.documents.DocumentEdit;
import vn.cchc.workbook.domain.documents.DocumentEdits;
import vn.cchc.workbook.domain.documents.DocumentKind;
import vn.cchc.workbook.domain.documents.ParagraphEdit;

/** The assessment object of FORMATS.md. Field order when writing is the order of the documentation. */
final class AssessmentMapping {

    private static final List<String> PERIOD_IDS = Arrays.stream(Period.Kind.values()).map(Period.Kind::id).toList();
    private static final List<String> STATUS_IDS = Arrays.stream(Remedy.Status.values()).map(Remedy.Status::id).toList();
    private static final List<String> INPUT_KINDS = List.of("points", "level", "ratio", "violations");
    private static final List<String> DOCUMENT_IDS =
            Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList();

    private AssessmentMapping() {
    }

    // --- reading ------------------------------------------------------------------------------------------------

    static Assessment read(JsonInput in) {
        String id = in.requiredNonBlankText("id");
        AssessedUnit unit = readUnit(in.requiredObject("unit"));
        Period period = readPeriod(in.requiredObject("period"));
        int year = in.requiredInt("year");
        boolean locked = in.optionalBoolean("locked", false);
        JsonInput criteriaIn = in.requiredObject("criteria");
        CriteriaSet criteria = criteriaIn.isBroken()
                ? new CriteriaSet("?", "", null, UnitLevel.COMMUNE, 0, "", List.of())
                : CriteriaSetMapping.read(criteriaIn);
        List<Department> departments = new ArrayList<>();
        for (JsonInput department : in.optionalObjects("departments")) {
            departments.add(new Department(department.requiredNonBlankText("id"), department.requiredText("name")));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonInput entryIn : in.optionalObjects("entries")) {
            Entry entry = readEntry(entryIn);
            if (entries.containsKey(entry.code())) {
                entryIn.error(entryIn.pathOf("code"), "interchange.assessment.entryTwice", entry.code());
            } else {
                entries.put(entry.code(), entry);
            }
        }
        String rankText = in.optionalText("rankText", "");
        JsonInput earlierIn = in.optionalObject("earlierPeriod");
        EarlierPeriod earlier = earlierIn == null || earlierIn.isBroken() ? null : readEarlier(earlierIn);
        DocumentEdits documents = readDocuments(in);
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, rankText, earlier,
                documents);
    }

    /** The user's edits to the drafted documents ({@code documents}, optional). */
    private static DocumentEdits readDocuments(JsonInput in) {
        Map<DocumentKind, DocumentEdit> edits = new EnumMap<>(DocumentKind.class);
        for (JsonInput document : in.optionalObjects("documents")) {
            DocumentKind kind = document.requiredEnum("kind", DocumentKind::fromId, DOCUMENT_IDS, null);
            List<String> order = document.optionalTexts("order");
            List<String> dropped = document.optionalTexts("dropped");
            Map<String, ParagraphEdit> paragraphs = new LinkedHashMap<>();
            for (JsonInput paragraph : document.optionalObjects("paragraphs")) {
                String id = paragraph.requiredNonBlankText("id");
                String text = paragraph.requiredText("text");
                String drafted = paragraph.optionalText("drafted", "");
                if (paragraphs.containsKey(id)) {
                    paragraph.error(paragraph.pathOf("id"), "interchange.assessment.paragraphTwice", id);
                    continue;
                }
                try {
                    paragraphs.put(id, new ParagraphEdit(text, drafted));
                } catch (InvalidInputException refused) {
                    paragraph.error(paragraph.path(), refused.messageKey(), refused.args());
                }
            }
            if (kind == null || document.isBroken()) {
                continue;
            }
            if (edits.containsKey(kind)) {
                document.error(document.pathOf("kind"), "interchange.assessment.documentTwice", kind.id());
                continue;
            }
            try {
                edits.put(kind, new DocumentEdit(order, new LinkedHashSet<>(dropped), paragraphs));
            } catch (InvalidInputException refused) {
                document.error(document.path(), refused.messageKey(), refused.args());
            }
        }
        return new DocumentEdits(edits);
    }

    private static EarlierPeriod readEarlier(JsonInput in) {
        String assessmentId = in.requiredNonBlankText("assessmentId");
        String unitName = in.optionalText("unitName", "");
        Period period = readPeriod(in.requiredObject("period"));
        int year = in.requiredInt("year");
        String criteriaId = in.optionalText("criteriaId", "");
        String rankText = in.optionalText("rankText", "");
        BigDecimal maximum = in.requiredDecimal("maximum");
        BigDecimal applicable = in.requiredDecimal("applicableMaximum");
        BigDecimal total = in.requiredDecimal("total");
        BigDecimal index = in.optionalDecimal("index");
        List<EarlierNode> nodes = new ArrayList<>();
        for (JsonInput node : in.requiredObjects("nodes")) {
            nodes.add(new EarlierNode(node.requiredNonBlankText("code"), node.optionalText("title", ""),
                    node.requiredInt("depth"), node.requiredDecimal("maxPoints"), node.optionalDecimal("points"),
                    node.optionalDecimal("deduction"), node.optionalText("opinion", ""),
                    node.optionalBoolean("notApplicable", false)));
        }
        List<EarlierDepartment> departments = new ArrayList<>();
        for (JsonInput d : in.optionalObjects("departments")) {
            departments.add(new EarlierDepartment(d.optionalText("name", ""), d.requiredDecimal("responsible"),
                    d.requiredDecimal("achieved"), d.requiredDecimal("deduction")));
        }
        return new EarlierPeriod(assessmentId, unitName, period, year, criteriaId, rankText, nodes, departments,
                maximum, applicable, total, index);
    }

    private static AssessedUnit readUnit(JsonInput in) {
        return new AssessedUnit(in.requiredText("name"),
                in.requiredEnum("level", UnitLevel::fromId, CriteriaSetMapping.LEVEL_IDS, UnitLevel.COMMUNE),
                in.optionalText("parentAuthority", ""), in.optionalText("placeName", ""));
    }

    private static Period readPeriod(JsonInput in) {
        Period.Kind kind = in.requiredEnum("kind", Period.Kind::fromId, PERIOD_IDS, Period.Kind.FULL_YEAR);
        String text = in.optionalText("text", "");
        if (kind == Period.Kind.OTHER && text.isBlank() && !in.isBroken()) {
            in.error(in.pathOf("text"), "interchange.assessment.periodTextMissing");
        }
        return new Period(kind, text);
    }

    private static Entry readEntry(JsonInput in) {
        String code = in.requiredNonBlankText("code");
        boolean notApplicable = in.optionalBoolean("notApplicable", false);
        RuleInput self = readInput(in.optionalObject("self"));
        RuleInput first = readInput(in.optionalObject("firstAppraisal"));
        RuleInput second = readInput(in.optionalObject("secondAppraisal"));
        String explanation = in.optionalText("selfExplanation", "");
        String opinion = in.optionalText("appraisalOpinion", "");
        List<EvidenceDocument> evidence = new ArrayList<>();
        for (JsonInput doc : in.optionalObjects("evidence")) {
            evidence.add(new EvidenceDocument(doc.optionalText("number", ""), doc.optionalDate("date"),
                    doc.optionalText("summary", ""), doc.optionalText("file", "")));
        }
        List<Responsibility> responsibilities = new ArrayList<>();
        for (JsonInput r : in.optionalObjects("responsibilities")) {
            responsibilities.add(new Responsibility(r.requiredNonBlankText("department"), r.optionalDecimal("points")));
        }
        JsonInput remedyIn = in.optionalObject("remedy");
        Remedy remedy = remedyIn == null || remedyIn.isBroken() ? Remedy.NONE
                : new Remedy(remedyIn.optionalText("measure", ""), remedyIn.optionalDate("deadline"),
                        remedyIn.optionalEnum("status", Remedy.Status::fromId, STATUS_IDS, Remedy.Status.NOT_STARTED));
        BigDecimal target = in.optionalDecimal("target");
        BigDecimal gain = in.optionalDecimal("expectedGain");
        return new Entry(code, notApplicable, self, first, second, explanation, opinion, evidence, responsibilities,
                remedy, target, gain);
    }

    private static RuleInput readInput(JsonInput in) {
        if (in == null || in.isBroken()) {
            return null;
        }
        String kind = in.requiredEnum("kind", k -> INPUT_KINDS.contains(k) ? Optional.of(k) : Optional.empty(),
                INPUT_KINDS, "");
        return switch (kind) {
            case "points" -> new RuleInput.PointsInput(in.requiredDecimal("points"));
            case "level" -> new RuleInput.LevelChoice(in.requiredInt("level"));
            case "ratio" -> new RuleInput.RatioInput(in.requiredDecimal("total"), in.requiredDecimal("achieved"));
            case "violations" -> new RuleInput.ViolationCount(in.requiredInt("count"));
            default -> null;
        };
    }

    // --- writing ------------------------------------------------------------------------------------------------

    static ObjectNode write(Assessment assessment, ObjectNode out) {
        out.put("id", assessment.id());
        ObjectNode unit = out.putObject("unit");
        unit.put("name", assessment.unit().name());
        unit.put("level", assessment.unit().level().id());
        unit.put("parentAuthority", assessment.unit().parentAuthority());
        unit.put("placeName", assessment.unit().placeName());
        ObjectNode period = out.putObject("period");
        period.put("kind", assessment.period().kind().id());
        period.put("text", assessment.period().text());
        out.put("year", assessment.year());
        out.put("locked", assessment.locked());
        if (!assessment.rankText().isEmpty()) {
            out.put("rankText", assessment.rankText());
        }
        CriteriaSetMapping.write(assessment.criteria(), out.putObject("criteria"));
        ArrayNode departments = out.putArray("departments");
        for (Department department : assessment.departments()) {
            departments.addObject().put("id", department.id()).put("name", department.name());
        }
        ArrayNode entries = out.putArray("entries");
        for (Entry entry : assessment.entries().values()) {
            entries.add(writeEntry(entry));
        }
        if (assessment.earlierPeriod() != null) {
            writeEarlier(assessment.earlierPeriod(), out.putObject("earlierPeriod"));
        }
        if (!assessment.documents().isEmpty()) {
            writeDocuments(assessment.documents(), out.putArray("documents"));
        }
        return out;
    }

    private static void writeDocuments(DocumentEdits documents, ArrayNode out) {
        for (Map.Entry<DocumentKind, DocumentEdit> document : documents.documents().entrySet()) {
            ObjectNode d = out.addObject();
            d.put("kind", document.getKey().id());
            ArrayNode order = d.putArray("order");
            document.getValue().order().forEach(order::add);
            ArrayNode dropped = d.putArray("dropped");
            document.getValue().dropped().forEach(dropped::add);
            ArrayNode paragraphs = d.putArray("paragraphs");
            for (Map.Entry<String, ParagraphEdit> paragraph : document.getValue().paragraphs().entrySet()) {
                paragraphs.addObject().put("id", paragraph.getKey()).put("text", paragraph.getValue().text())
                        .put("drafted", paragraph.getValue().drafted());
            }
        }
    }

    private static void writeEarlier(EarlierPeriod earlier, ObjectNode out) {
        out.put("assessmentId", earlier.assessmentId());
        out.put("unitName", earlier.unitName());
        ObjectNode period = out.putObject("period");
        period.put("kind", earlier.period().kind().id());
        period.put("text", earlier.period().text());
        out.put("year", earlier.year());
        out.put("criteriaId", earlier.criteriaSetId());
        out.put("rankText", earlier.rankText());
        out.put("maximum", earlier.maximum());
        out.put("applicableMaximum", earlier.applicableMaximum());
        out.put("total", earlier.total());
        out.put("index", earlier.index());
        ArrayNode nodes = out.putArray("nodes");
        for (EarlierNode node : earlier.nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("code", node.code());
            n.put("title", node.title());
            n.put("depth", node.depth());
            n.put("maxPoints", node.maximum());
            n.put("points", node.points());
            n.put("deduction", node.deduction());
            n.put("opinion", node.opinion());
            n.put("notApplicable", node.notApplicable());
        }
        ArrayNode departments = out.putArray("departments");
        for (EarlierDepartment d : earlier.departments()) {
            departments.addObject().put("name", d.name()).put("responsible", d.responsible())
                    .put("achieved", d.achieved()).put("deduction", d.deduction());
        }
    }

    private static ObjectNode writeEntry(Entry entry) {
        ObjectNode out = JsonDocuments.object();
        out.put("code", entry.code());
        out.put("notApplicable", entry.notApplicable());
        out.set("self", writeInput(entry.self()));
        out.set("firstAppraisal", writeInput(entry.firstAppraisal()));
        out.set("secondAppraisal", writeInput(entry.secondAppraisal()));
        out.put("selfExplanation", entry.selfExplanation());
        out.put("appraisalOpinion", entry.appraisalOpinion());
        ArrayNode evidence = out.putArray("evidence");
        for (EvidenceDocument doc : entry.evidence()) {
            ObjectNode d = evidence.addObject();
            d.put("number", doc.number());
            d.put("date", doc.date() == null ? null : doc.date().toString());
            d.put("summary", doc.summary());
            d.put("file", doc.filePath());
        }
        ArrayNode responsibilities = out.putArray("responsibilities");
        for (Responsibility r : entry.responsibilities()) {
            responsibilities.addObject().put("department", r.departmentId()).put("points", r.points());
        }
        Remedy remedy = entry.remedy();
        if (remedy.isEmpty()) {
            out.putNull("remedy");
        } else {
            ObjectNode m = out.putObject("remedy");
            m.put("measure", remedy.measure());
            m.put("deadline", remedy.deadline() == null ? null : remedy.deadline().toString());
            m.put("status", remedy.status().id());
        }
        out.put("target", entry.target());
        out.put("expectedGain", entry.expectedGain());
        return out;
    }

    private static ObjectNode writeInput(RuleInput input) {
        if (input == null) {
            return null;
        }
        ObjectNode out = JsonDocuments.object();
        out.put("kind", input.kind());
        switch (input) {
            case RuleInput.PointsInput p -> out.put("points", p.points());
            case RuleInput.LevelChoice l -> out.put("level", l.index());
            case RuleInput.RatioInput r -> out.put("total", r.total()).put("achieved", r.achieved());
            case RuleInput.ViolationCount v -> out.put("count", v.count());
        }
        return out;
    }
}
