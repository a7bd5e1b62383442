package vn.cchc.workbook.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * The criteria-set object of FORMATS.md, both as a file of its own and as the snapshot inside an assessment.
 * Field order when writing is the order of the documentation.
 */
final class CriteriaSetMapping {

    static final List<String> LEVEL_IDS = Arrays.stream(UnitLevel.values()).map(UnitLevel::id).toList();
    private static final List<String> SECTION_IDS = Arrays.stream(Section.values()).map(Section::id).toList();
    private static final List<String> RULE_KINDS = List.of("manual", "given", "levels", "ratio", "deductions", "per-item",
            "sum");

    private CriteriaSetMapping() {
    }

    // --- reading ------------------------------------------------------------------------------------------------

    static CriteriaSet read(JsonInput in) {
        String id = in.requiredNonBlankText("id");
        String name = in.requiredText("name");
        IssuingDecision decision = readDecision(in.optionalObject("decision"));
        UnitLevel level = in.requiredEnum("level", UnitLevel::fromId, LEVEL_IDS, UnitLevel.COMMUNE);
        int year = in.requiredInt("year");
        String version = in.optionalText("version", "");
        boolean asPublished = in.optionalBoolean("asPublished", false);
        List<CriterionNode> roots = new ArrayList<>();
        for (JsonInput node : in.requiredObjects("nodes", Limits.MAX_NODES, "limits.field.nodes")) {
            roots.add(readNode(node, true));
        }
        return new CriteriaSet(id, name, decision, level, year, version, roots, asPublished);
    }

    private static IssuingDecision readDecision(JsonInput in) {
        if (in == null || in.isBroken()) {
            return IssuingDecision.NONE;
        }
        return new IssuingDecision(in.optionalText("number", ""), in.optionalDate("date"),
                in.optionalText("issuer", ""));
    }

    private static CriterionNode readNode(JsonInput in, boolean topLevel) {
        String code = in.requiredText("code");
        String printedCode = in.optionalText("printedCode", "");
        String title = in.requiredText("title");
        BigDecimal max = in.requiredDecimal("maxPoints");
        Section section = topLevel
                ? in.optionalEnum("section", Section::fromId, SECTION_IDS, Section.MAIN)
                : Section.MAIN;
        JsonInput ruleIn = in.optionalObject("rule");
        ScoringRule explicitRule = ruleIn == null ? null : readRule(ruleIn);
        String ruleWording = in.optionalText("ruleWording", "");
        String guidance = in.optionalText("guidance", "");
        String evidence = in.optionalText("evidence", "");
        String defaultDepartment = in.optionalText("defaultDepartment", "");
        List<CriterionNode> children = new ArrayList<>();
        for (JsonInput child : in.optionalObjects("children", Limits.MAX_NODES, "limits.field.nodes")) {
            children.add(readNode(child, false));
        }
        ScoringRule rule = explicitRule != null ? explicitRule
                : children.isEmpty() ? ScoringRule.Manual.FREE : new ScoringRule.Sum();
        CriterionNode node = new CriterionNode(code, title, max, rule, guidance, evidence, defaultDepartment,
                Section.MAIN, children, ruleWording, printedCode);
        // The section belongs to the top-level group and is inherited by everything below it.
        return section == Section.MAIN ? node : node.withSection(section);
    }

    private static ScoringRule readRule(JsonInput in) {
        String kind = in.requiredEnum("kind", k -> RULE_KINDS.contains(k) ? java.util.Optional.of(k)
                : java.util.Optional.empty(), RULE_KINDS, "manual");
        return switch (kind) {
            case "given" -> new ScoringRule.Given();
            case "levels" -> {
                List<Level> levels = new ArrayList<>();
                for (JsonInput level : in.requiredObjects("levels", Limits.MAX_LEVELS, "limits.field.levels")) {
                    levels.add(new Level(level.requiredText("label"), level.requiredDecimal("points")));
                }
                yield new ScoringRule.Levels(levels);
            }
            case "ratio" -> new ScoringRule.Ratio(in.optionalDecimal("threshold"), in.optionalDecimal("fullAt"));
            case "deductions" -> new ScoringRule.Deductions(in.requiredDecimal("perViolation"));
            case "per-item" -> new ScoringRule.PerItem(in.requiredDecimal("perItem"));
            case "sum" -> new ScoringRule.Sum();
            default -> new ScoringRule.Manual(in.optionalDecimal("step"));
        };
    }

    // --- writing ------------------------------------------------------------------------------------------------

    /** The set's fields after any header the caller already put into {@code out}. */
    static ObjectNode write(CriteriaSet set, ObjectNode out) {
        out.put("id", set.id());
        out.put("name", set.name());
        IssuingDecision decision = set.decision();
        if (!decision.equals(IssuingDecision.NONE)) {
            ObjectNode d = out.putObject("decision");
            d.put("number", decision.number());
            if (decision.date() != null) {
                d.put("date", decision.date().toString());
            }
            d.put("issuer", decision.issuer());
        }
        out.put("level", set.level().id());
        out.put("year", set.year());
        out.put("version", set.version());
        if (set.asPublished()) {
            out.put("asPublished", true);
        }
        ArrayNode nodes = out.putArray("nodes");
        for (CriterionNode root : set.roots()) {
            nodes.add(writeNode(root, true));
        }
        return out;
    }

    private static ObjectNode writeNode(CriterionNode node, boolean topLevel) {
        ObjectNode out = JsonDocuments.object();
        out.put("code", node.code());
        putIfNotBlank(out, "printedCode", node.printedCode());
        out.put("title", node.title());
        out.put("maxPoints", node.maxPoints());
        if (topLevel) {
            out.put("section", node.section().id());
        }
        // A parent's rule is always a sum; it is written only when it is not, so a wrong set survives a round trip.
        if (node.isLeaf() || !(node.rule() instanceof ScoringRule.Sum)) {
            out.set("rule", writeRule(node.rule()));
        }
        putIfNotBlank(out, "ruleWording", node.ruleWording());
        putIfNotBlank(out, "guidance", node.guidance());
        putIfNotBlank(out, "evidence", node.evidenceRequired());
        putIfNotBlank(out, "defaultDepartment", node.defaultDepartment());
        if (!node.isLeaf()) {
            ArrayNode children = out.putArray("children");
            for (CriterionNode child : node.children()) {
                children.add(writeNode(child, false));
            }
        }
        return out;
    }

    private static ObjectNode writeRule(ScoringRule rule) {
        ObjectNode out = JsonDocuments.object();
        out.put("kind", rule.kind());
        switch (rule) {
            case ScoringRule.Manual manual -> {
                if (manual.step() != null) {
                    out.put("step", manual.step());
                }
            }
            case ScoringRule.Levels levels -> {
                ArrayNode list = out.putArray("levels");
                for (Level level : levels.levels()) {
                    list.addObject().put("label", level.label()).put("points", level.points());
                }
            }
            case ScoringRule.Ratio ratio -> {
                if (ratio.threshold() != null) {
                    out.put("threshold", ratio.threshold());
                }
                if (ratio.fullAt() != null) {
                    out.put("fullAt", ratio.fullAt());
                }
            }
            case ScoringRule.Deductions deductions -> out.put("perViolation", deductions.perViolation());
            case ScoringRule.PerItem perItem -> out.put("perItem", perItem.perItem());
            case ScoringRule.Given given -> {
                // No parameters.
            }
            case ScoringRule.Sum sum -> {
                // No parameters.
            }
        }
        return out;
    }

    private static void putIfNotBlank(ObjectNode out, String name, String value) {
        if (!value.isBlank()) {
            out.put(name, value);
        }
    }
}
