package vn.cchc.workbook.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceNames;
import vn.cchc.workbook.domain.evidence.EvidenceType;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.assessment.EarlierDepartment;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.ParagraphEdit;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;

/** The assessment object of FORMATS.md. Field order when writing is the order of the documentation. */
final class AssessmentMapping {

    private static final List<String> PERIOD_IDS = Arrays.stream(Period.Kind.values()).map(Period.Kind::id).toList();
    private static final List<String> STATUS_IDS = Arrays.stream(Remedy.Status.values()).map(Remedy.Status::id).toList();
    private static final List<String> PARENT_LINE_IDS = Arrays.stream(ParentLine.values()).map(ParentLine::id)
            .toList();
    private static final List<String> INPUT_KINDS = List.of("points", "level", "ratio", "violations", "items");
    private static final List<String> KIND_IDS = Arrays.stream(UnitKind.values()).map(UnitKind::id).toList();
    private static final List<String> EVIDENCE_TYPE_IDS = Arrays.stream(EvidenceType.values())
            .map(EvidenceType::id).toList();
    private static final List<String> DOCUMENT_IDS =
            Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList();

    private static final List<String> SIDE_IDS = Arrays.stream(Side.values()).map(Side::id).toList();
    private static final List<String> STEP_IDS = Stage.steps().stream().map(Stage::id).toList();
    /** Five steps make a whole round; a few more leave room without letting a file grow a list. */
    private static final int MAX_ROUND_STEPS = 20;

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
        for (JsonInput department : in.optionalObjects("departments", Limits.MAX_DEPARTMENTS,
                "limits.field.departments")) {
            departments.add(new Department(department.requiredNonBlankText("id"), department.requiredText("name"),
                    department.optionalText("shortName", "")));
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonInput entryIn : in.optionalObjects("entries", Limits.MAX_NODES, "limits.field.entries")) {
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
        JsonInput publishedIn = in.optionalObject("published");
        PublishedResult published = publishedIn == null || publishedIn.isBroken() ? PublishedResult.NONE
                : readPublished(publishedIn);
        DocumentEdits documents = readDocuments(in);
        JsonInput roundsIn = in.optionalObject("rounds");
        Rounds rounds = roundsIn == null || roundsIn.isBroken() ? Rounds.NONE : readRounds(roundsIn);
        return new Assessment(id, unit, period, year, criteria, departments, entries, locked, rankText, earlier,
                published, documents, rounds);
    }

    /** Whose copy, the steps made and the deadlines ({@code rounds}, optional: files from before have none). */
    private static Rounds readRounds(JsonInput in) {
        Side side = in.optionalEnum("side", Side::fromId, SIDE_IDS, null);
        List<RoundStep> steps = new ArrayList<>();
        for (JsonInput step : in.optionalObjects("steps", MAX_ROUND_STEPS, "rounds.field.steps")) {
            Stage stage = step.requiredEnum("stage", Stage::fromId, STEP_IDS, null);
            LocalDate date = step.optionalDate("date");
            String name = step.optionalText("name", "");
            String organisation = step.optionalText("organisation", "");
            if (date == null && !step.isBroken()) {
                step.error(step.pathOf("date"), "rounds.json.dateMissing");
            }
            if (stage == null || date == null || step.isBroken()) {
                continue;
            }
            if (stage.actor() == null) {
                step.error(step.pathOf("stage"), "interchange.json.unknownValue", stage.id(),
                        String.join(", ", STEP_IDS));
                continue;
            }
            try {
                steps.add(new RoundStep(stage, date, name, organisation));
            } catch (InvalidInputException refused) {
                step.error(step.path(), refused.messageKey(), refused.args());
            }
        }
        Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);
        for (JsonInput deadline : in.optionalObjects("deadlines", Stage.values().length,
                "rounds.field.deadlines")) {
            Stage stage = deadline.requiredEnum("stage", Stage::fromId, STEP_IDS, null);
            LocalDate date = deadline.optionalDate("date");
            if (stage == null || date == null || deadline.isBroken()) {
                if (date == null && !deadline.isBroken()) {
                    deadline.error(deadline.pathOf("date"), "rounds.json.dateMissing");
                }
                continue;
            }
            if (deadlines.put(stage, date) != null) {
                deadline.error(deadline.pathOf("stage"), "rounds.json.deadlineTwice", stage.id());
            }
        }
        try {
            return new Rounds(side, steps, deadlines);
        } catch (InvalidInputException refused) {
            in.error(in.path(), refused.messageKey(), refused.args());
            return Rounds.NONE;
        }
    }

    /** The total and index the province announced; out-of-range figures are reported where they are. */
    private static PublishedResult readPublished(JsonInput in) {
        BigDecimal total = in.optionalDecimal("total");
        BigDecimal index = in.optionalDecimal("index");
        String decision = in.optionalText("decision", "");
        try {
            return new PublishedResult(total, index, decision);
        } catch (InvalidInputException invalid) {
            in.error(in.path(), invalid.messageKey(), invalid.args());
            return PublishedResult.NONE;
        }
    }

    /** The user's edits to the drafted documents ({@code documents}, optional). */
    private static DocumentEdits readDocuments(JsonInput in) {
        Map<DocumentKind, DocumentEdit> edits = new EnumMap<>(DocumentKind.class);
        for (JsonInput document : in.optionalObjects("documents", DocumentKind.values().length,
                "limits.field.documents")) {
            DocumentKind kind = document.requiredEnum("kind", DocumentKind::fromId, DOCUMENT_IDS, null);
            List<String> order = document.optionalTexts("order", Limits.MAX_DOCUMENT_PARAGRAPHS,
                    "limits.field.paragraphs");
            List<String> dropped = document.optionalTexts("dropped", Limits.MAX_DOCUMENT_PARAGRAPHS,
                    "limits.field.paragraphs");
            Map<String, ParagraphEdit> paragraphs = new LinkedHashMap<>();
            for (JsonInput paragraph : document.optionalObjects("paragraphs", Limits.MAX_DOCUMENT_PARAGRAPHS,
                    "limits.field.paragraphs")) {
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
        BigDecimal maximum = in.requiredFigure("maximum");
        BigDecimal applicable = in.requiredFigure("applicableMaximum");
        BigDecimal total = in.requiredFigure("total");
        BigDecimal index = in.optionalFigure("index");
        List<EarlierNode> nodes = new ArrayList<>();
        for (JsonInput node : in.requiredObjects("nodes", Limits.MAX_NODES, "limits.field.earlierNodes")) {
            nodes.add(new EarlierNode(node.requiredNonBlankText("code"), node.optionalText("title", ""),
                    node.requiredInt("depth"), node.requiredFigure("maxPoints"), node.optionalFigure("points"),
                    node.optionalFigure("deduction"), node.optionalText("opinion", ""),
                    node.optionalBoolean("notApplicable", false), node.optionalText("rankText", "")));
        }
        List<EarlierDepartment> departments = new ArrayList<>();
        // One line per department plus the unassigned points.
        for (JsonInput d : in.optionalObjects("departments", Limits.MAX_DEPARTMENTS + 1,
                "limits.field.departments")) {
            departments.add(new EarlierDepartment(d.optionalText("name", ""), d.requiredFigure("responsible"),
                    d.requiredFigure("achieved"), d.requiredFigure("deduction")));
        }
        // "published" came with the choice of result (published or computed); older files have none.
        JsonInput publishedIn = in.optionalObject("published");
        PublishedResult published = publishedIn == null || publishedIn.isBroken() ? PublishedResult.NONE
                : readPublished(publishedIn);
        return new EarlierPeriod(assessmentId, unitName, period, year, criteriaId, rankText, nodes, departments,
                maximum, applicable, total, index, published);
    }

    private static AssessedUnit readUnit(JsonInput in) {
        UnitLevel level = in.requiredEnum("level", UnitLevel::fromId, CriteriaSetMapping.LEVEL_IDS, UnitLevel.COMMUNE);
        // "kind" came with the two-tier structure (xã, phường, đặc khu); older files have the usual kind of the level.
        UnitKind kind = in.optionalEnum("kind", UnitKind::fromId, KIND_IDS, UnitKind.usualFor(level));
        if (kind.level() != level) {
            if (!in.isBroken()) {
                in.error(in.pathOf("kind"), "criteriasets.json.kindNotOfLevel", kind.id(), level.id());
            }
            kind = UnitKind.usualFor(level);
        }
        return new AssessedUnit(in.requiredText("name"), level, in.optionalText("parentAuthority", ""),
                in.optionalText("placeName", ""), kind,
                in.optionalEnum("parentLine", ParentLine::fromId, PARENT_LINE_IDS, ParentLine.BY_KIND));
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
        for (JsonInput doc : in.optionalObjects("evidence", Limits.MAX_EVIDENCE_PER_ENTRY, "limits.field.evidence")) {
            evidence.add(new EvidenceDocument(doc.optionalText("number", ""), doc.optionalDate("date"),
                    doc.optionalText("summary", ""), doc.optionalText("file", ""),
                    readAttachment(doc.optionalObject("attachment"))));
        }
        List<Responsibility> responsibilities = new ArrayList<>();
        for (JsonInput r : in.optionalObjects("responsibilities", Limits.MAX_DEPARTMENTS,
                "limits.field.responsibilities")) {
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

    /**
     * A file kept inside the workbook ({@code attachment}): its safe name, its type, size and SHA-256. Everything
     * about it is checked here; whether the file itself came with it is the .cchc reader's concern.
     */
    private static EvidenceFile readAttachment(JsonInput in) {
        if (in == null || in.isBroken()) {
            return null;
        }
        String name = in.requiredNonBlankText("name");
        EvidenceType type = in.requiredEnum("type", EvidenceType::fromId, EVIDENCE_TYPE_IDS, EvidenceType.PDF);
        BigDecimal size = in.requiredDecimal("size");
        String sha256 = in.requiredNonBlankText("sha256");
        boolean sound = true;
        if (size.signum() < 0 || size.stripTrailingZeros().scale() > 0
                || size.compareTo(BigDecimal.valueOf(EvidenceLimits.MAX_FILE_BYTES)) > 0) {
            in.error(in.pathOf("size"), "evidence.json.size", name, size.toPlainString(),
                    EvidenceLimits.megabytes(EvidenceLimits.MAX_FILE_BYTES));
            sound = false;
        }
        if (!EvidenceFile.isSha256(sha256)) {
            in.error(in.pathOf("sha256"), "evidence.json.sha256", name);
            sound = false;
        }
        if (!name.isBlank() && !EvidenceNames.isSafe(name, type)) {
            in.error(in.pathOf("name"), "evidence.json.name", EvidenceNames.part(name, 120));
            sound = false;
        }
        return sound && !in.isBroken() ? new EvidenceFile(name, type, size.longValueExact(), sha256) : null;
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
            case "items" -> new RuleInput.ItemCount(in.requiredInt("count"));
            default -> null;
        };
    }

    // --- writing ------------------------------------------------------------------------------------------------

    static ObjectNode write(Assessment assessment, ObjectNode out) {
        out.put("id", assessment.id());
        ObjectNode unit = out.putObject("unit");
        unit.put("name", assessment.unit().name());
        unit.put("level", assessment.unit().level().id());
        // Written only when it is not the usual kind of the level, so older files round-trip byte for byte.
        if (assessment.unit().kind() != UnitKind.usualFor(assessment.unit().level())) {
            unit.put("kind", assessment.unit().kind().id());
        }
        unit.put("parentAuthority", assessment.unit().parentAuthority());
        unit.put("placeName", assessment.unit().placeName());
        if (assessment.unit().parentLine() != ParentLine.BY_KIND) {
            unit.put("parentLine", assessment.unit().parentLine().id());
        }
        ObjectNode period = out.putObject("period");
        period.put("kind", assessment.period().kind().id());
        period.put("text", assessment.period().text());
        out.put("year", assessment.year());
        out.put("locked", assessment.locked());
        if (!assessment.rankText().isEmpty()) {
            out.put("rankText", assessment.rankText());
        }
        PublishedResult published = assessment.published();
        if (!published.isEmpty()) {
            ObjectNode node = out.putObject("published");
            node.put("total", published.total());
            node.put("index", published.index());
            node.put("decision", published.decision());
        }
        CriteriaSetMapping.write(assessment.criteria(), out.putObject("criteria"));
        ArrayNode departments = out.putArray("departments");
        for (Department department : assessment.departments()) {
            ObjectNode written = departments.addObject().put("id", department.id()).put("name", department.name());
            if (!department.shortName().isEmpty()) {
                written.put("shortName", department.shortName());
            }
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
        if (!assessment.rounds().isEmpty()) {
            writeRounds(assessment.rounds(), out.putObject("rounds"));
        }
        return out;
    }

    private static void writeRounds(Rounds rounds, ObjectNode out) {
        if (rounds.side() != null) {
            out.put("side", rounds.side().id());
        }
        ArrayNode steps = out.putArray("steps");
        for (RoundStep step : rounds.steps()) {
            steps.addObject().put("stage", step.stage().id()).put("date", step.date().toString())
                    .put("name", step.name()).put("organisation", step.organisation());
        }
        ArrayNode deadlines = out.putArray("deadlines");
        rounds.deadlines().forEach((stage, date) ->
                deadlines.addObject().put("stage", stage.id()).put("date", date.toString()));
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
        if (!earlier.published().isEmpty()) {
            out.putObject("published").put("total", earlier.published().total())
                    .put("index", earlier.published().index());
        }
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
            if (!node.rankText().isEmpty()) {
                n.put("rankText", node.rankText());
            }
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
            if (doc.file() != null) {
                ObjectNode a = d.putObject("attachment");
                a.put("name", doc.file().name());
                a.put("type", doc.file().type().id());
                a.put("size", doc.file().size());
                a.put("sha256", doc.file().sha256());
            }
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
            case RuleInput.ItemCount i -> out.put("count", i.count());
        }
        return out;
    }
}
