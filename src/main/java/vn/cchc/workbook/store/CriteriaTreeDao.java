package vn.cchc.workbook.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * Criteria trees (tables criteria_tree, criterion_node, criterion_level): the library copy of a set and each
 * assessment's own snapshot are stored the same way, as rows in printed order with the rule's parameters as columns.
 */
final class CriteriaTreeDao {

    private CriteriaTreeDao() {
    }

    /** Stores {@code set} as a new tree and returns its id. */
    static long insert(Connection connection, CriteriaSet set) throws SQLException {
        IssuingDecision decision = set.decision();
        long treeId = Sql.insert(connection, """
                INSERT INTO criteria_tree (set_id, name, decision_number, decision_date, decision_issuer, unit_level,
                                           set_year, version, as_published)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", set.id(), set.name(), decision.number(), decision.date(),
                decision.issuer(), set.level().id(), set.year(), set.version(), set.asPublished());
        insertNodes(connection, treeId, set.roots());
        return treeId;
    }

    private static void insertNodes(Connection connection, long treeId, List<CriterionNode> roots)
            throws SQLException {
        try (PreparedStatement nodes = connection.prepareStatement("""
                INSERT INTO criterion_node (tree_id, node_index, parent_index, code, title, max_points, rule_kind,
                                            manual_step, ratio_threshold, ratio_full_at, deduction_per_violation,
                                            guidance, evidence_required, default_department, section, per_item,
                                            rule_wording, printed_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement levels = connection.prepareStatement("""
                INSERT INTO criterion_level (tree_id, node_index, level_index, label, points)
                VALUES (?, ?, ?, ?, ?)""")) {
            int[] next = {0};
            for (CriterionNode root : roots) {
                addNode(nodes, levels, treeId, root, null, next);
            }
            nodes.executeBatch();
            levels.executeBatch();
        }
    }

    private static void addNode(PreparedStatement nodes, PreparedStatement levels, long treeId, CriterionNode node,
                                Integer parentIndex, int[] next) throws SQLException {
        int index = next[0]++;
        ScoringRule rule = node.rule();
        BigDecimal step = rule instanceof ScoringRule.Manual manual ? manual.step() : null;
        BigDecimal threshold = rule instanceof ScoringRule.Ratio ratio ? ratio.threshold() : null;
        BigDecimal fullAt = rule instanceof ScoringRule.Ratio ratio ? ratio.fullAt() : null;
        BigDecimal perViolation = rule instanceof ScoringRule.Deductions deductions ? deductions.perViolation() : null;
        BigDecimal perItem = rule instanceof ScoringRule.PerItem items ? items.perItem() : null;
        Sql.bind(nodes, treeId, index, parentIndex, node.code(), node.title(), node.maxPoints(), rule.kind(), step,
                threshold, fullAt, perViolation, node.guidance(), node.evidenceRequired(), node.defaultDepartment(),
                node.section().id(), perItem, node.ruleWording(), node.printedCode());
        nodes.addBatch();
        if (rule instanceof ScoringRule.Levels named) {
            for (int i = 0; i < named.levels().size(); i++) {
                Level level = named.levels().get(i);
                Sql.bind(levels, treeId, index, i, level.label(), level.points());
                levels.addBatch();
            }
        }
        for (CriterionNode child : node.children()) {
            addNode(nodes, levels, treeId, child, index, next);
        }
    }

    static Optional<CriteriaSet> load(Connection connection, long treeId) throws SQLException {
        Optional<CriteriaSet> header = Sql.one(connection, """
                SELECT set_id, name, decision_number, decision_date, decision_issuer, unit_level, set_year, version,
                       as_published
                FROM criteria_tree WHERE id = ?""", CriteriaTreeDao::mapTree, treeId);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, List<Level>> levels = new HashMap<>();
        for (LevelRow row : Sql.list(connection, """
                SELECT node_index, label, points FROM criterion_level
                WHERE tree_id = ? ORDER BY node_index, level_index""", CriteriaTreeDao::mapLevel, treeId)) {
            levels.computeIfAbsent(row.nodeIndex(), k -> new ArrayList<>()).add(row.level());
        }
        List<NodeRow> rows = Sql.list(connection, """
                SELECT node_index, parent_index, code, title, max_points, rule_kind, manual_step, ratio_threshold,
                       ratio_full_at, deduction_per_violation, guidance, evidence_required, default_department, section,
                       per_item, rule_wording, printed_code
                FROM criterion_node WHERE tree_id = ? ORDER BY node_index""", CriteriaTreeDao::mapNode, treeId);
        Map<Integer, List<NodeRow>> childrenOf = new HashMap<>();
        List<NodeRow> roots = new ArrayList<>();
        for (NodeRow row : rows) {
            if (row.parentIndex() == null) {
                roots.add(row);
            } else {
                childrenOf.computeIfAbsent(row.parentIndex(), k -> new ArrayList<>()).add(row);
            }
        }
        List<CriterionNode> built = new ArrayList<>();
        for (NodeRow root : roots) {
            built.add(build(root, childrenOf, levels));
        }
        return Optional.of(header.get().withRoots(built));
    }

    private static CriterionNode build(NodeRow row, Map<Integer, List<NodeRow>> childrenOf,
                                       Map<Integer, List<Level>> levels) {
        List<CriterionNode> children = new ArrayList<>();
        for (NodeRow child : childrenOf.getOrDefault(row.index(), List.of())) {
            children.add(build(child, childrenOf, levels));
        }
        ScoringRule rule = switch (row.ruleKind()) {
            case "manual" -> new ScoringRule.Manual(row.step());
            case "given" -> new ScoringRule.Given();
            case "levels" -> new ScoringRule.Levels(levels.getOrDefault(row.index(), List.of()));
            case "ratio" -> new ScoringRule.Ratio(row.threshold(), row.fullAt());
            case "deductions" -> new ScoringRule.Deductions(row.perViolation());
            case "per-item" -> new ScoringRule.PerItem(row.perItem());
            case "sum" -> new ScoringRule.Sum();
            default -> throw new IllegalStateException("Unknown rule kind in store: " + row.ruleKind());
        };
        Section section = Section.fromId(row.section())
                .orElseThrow(() -> new IllegalStateException("Unknown section in store: " + row.section()));
        return new CriterionNode(row.code(), row.title(), row.maxPoints(), rule, row.guidance(),
                row.evidenceRequired(), row.defaultDepartment(), section, children, row.ruleWording(), row.printedCode());
    }

    static void delete(Connection connection, long treeId) throws SQLException {
        Sql.update(connection, "DELETE FROM criteria_tree WHERE id = ?", treeId);
    }

    private static CriteriaSet mapTree(ResultSet row) throws SQLException {
        String level = row.getString("unit_level");
        return new CriteriaSet(row.getString("set_id"), row.getString("name"),
                new IssuingDecision(row.getString("decision_number"), Sql.date(row, "decision_date"),
                        row.getString("decision_issuer")),
                UnitLevel.fromId(level).orElseThrow(() -> new IllegalStateException("Unknown level: " + level)),
                row.getInt("set_year"), row.getString("version"), List.of(), row.getBoolean("as_published"));
    }

    private record NodeRow(int index, Integer parentIndex, String code, String title, BigDecimal maxPoints,
                           String ruleKind, BigDecimal step, BigDecimal threshold, BigDecimal fullAt,
                           BigDecimal perViolation, String guidance, String evidenceRequired,
                           String defaultDepartment, String section, BigDecimal perItem, String ruleWording,
                           String printedCode) {
    }

    private static NodeRow mapNode(ResultSet row) throws SQLException {
        return new NodeRow(row.getInt("node_index"), Sql.integer(row, "parent_index"), row.getString("code"),
                row.getString("title"), Sql.decimal(row, "max_points"), row.getString("rule_kind"),
                Sql.decimal(row, "manual_step"), Sql.decimal(row, "ratio_threshold"),
                Sql.decimal(row, "ratio_full_at"), Sql.decimal(row, "deduction_per_violation"),
                row.getString("guidance"), row.getString("evidence_required"), row.getString("default_department"),
                row.getString("section"), Sql.decimal(row, "per_item"), row.getString("rule_wording"),
                row.getString("printed_code"));
    }

    private record LevelRow(int nodeIndex, Level level) {
    }

    private static LevelRow mapLevel(ResultSet row) throws SQLException {
        return new LevelRow(row.getInt("node_index"),
                new Level(row.getString("label"), Sql.decimal(row, "points")));
    }
}
