package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bộ tiêu chí (Bộ chỉ số CCHC): the tree of fields, criteria and sub-criteria a province scores one level of
 * units against, with the decision that issued it. Immutable: an assessment keeps its own copy, so later edits
 * to a set never change an old assessment.
 *
 * <p>Construction accepts anything so that {@link CriteriaValidator} can name every problem; an assessment is only
 * ever started from a set without errors. When codes repeat, lookups find the first node printed with that code.
 */
public final class CriteriaSet {

    private final String id;
    private final String name;
    private final IssuingDecision decision;
    private final UnitLevel level;
    private final int year;
    private final String version;
    private final List<CriterionNode> roots;
    private final boolean asPublished;

    private final List<CriterionNode> preorder;
    private final Map<String, CriterionNode> byCode;
    private final Map<String, CriterionNode> parentByCode;
    private final Map<String, Integer> depthByCode;

    public CriteriaSet(String id, String name, IssuingDecision decision, UnitLevel level, int year, String version,
                       List<CriterionNode> roots) {
        this(id, name, decision, level, year, version, roots, false);
    }

    /**
     * @param asPublished whether the set is kept as the province published it although its maxima do not add up:
     *                    each difference is then a warning, not an error, and every total follows the published
     *                    maxima (a parent is worth its printed maximum, its children's points capped at it)
     */
    public CriteriaSet(String id, String name, IssuingDecision decision, UnitLevel level, int year, String version,
                       List<CriterionNode> roots, boolean asPublished) {
        this.asPublished = asPublished;
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? "" : name.strip();
        this.decision = decision == null ? IssuingDecision.NONE : decision;
        this.level = Objects.requireNonNull(level, "level");
        this.year = year;
        this.version = version == null ? "" : version.strip();
        this.roots = List.copyOf(roots);

        List<CriterionNode> order = new ArrayList<>();
        Map<String, CriterionNode> codes = new LinkedHashMap<>();
        Map<String, CriterionNode> parents = new HashMap<>();
        Map<String, Integer> depths = new HashMap<>();
        for (CriterionNode root : this.roots) {
            index(root, null, 0, order, codes, parents, depths);
        }
        this.preorder = Collections.unmodifiableList(order);
        this.byCode = Collections.unmodifiableMap(codes);
        this.parentByCode = Collections.unmodifiableMap(parents);
        this.depthByCode = Collections.unmodifiableMap(depths);
    }

    private static void index(CriterionNode node, CriterionNode parent, int depth, List<CriterionNode> order,
                              Map<String, CriterionNode> codes, Map<String, CriterionNode> parents,
                              Map<String, Integer> depths) {
        order.add(node);
        if (!codes.containsKey(node.code())) {
            codes.put(node.code(), node);
            depths.put(node.code(), depth);
            if (parent != null) {
                parents.put(node.code(), parent);
            }
        }
        for (CriterionNode child : node.children()) {
            index(child, node, depth + 1, order, codes, parents, depths);
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public IssuingDecision decision() {
        return decision;
    }

    public UnitLevel level() {
        return level;
    }

    public int year() {
        return year;
    }

    public String version() {
        return version;
    }

    /** Whether the set was accepted as published, sums that do not add up included (see the constructor). */
    public boolean asPublished() {
        return asPublished;
    }

    /** The same set, accepted as published or not. */
    public CriteriaSet withAsPublished(boolean published) {
        return new CriteriaSet(id, name, decision, level, year, version, roots, published);
    }

    /** The top-level nodes: lĩnh vực, then any bonus and penalty groups. */
    public List<CriterionNode> roots() {
        return roots;
    }

    /** Every node in printed (pre-)order. */
    public List<CriterionNode> nodes() {
        return preorder;
    }

    public List<CriterionNode> leaves() {
        return preorder.stream().filter(CriterionNode::isLeaf).toList();
    }

    public Optional<CriterionNode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The node printed with {@code code}; throws when there is none (a programming error, not user input). */
    public CriterionNode node(String code) {
        CriterionNode node = byCode.get(code);
        if (node == null) {
            throw new IllegalArgumentException("No criterion with code " + code);
        }
        return node;
    }

    public Optional<CriterionNode> parentOf(String code) {
        return Optional.ofNullable(parentByCode.get(code));
    }

    /** 0 for a lĩnh vực, 1 for a tiêu chí, 2 for a tiêu chí thành phần, and so on. */
    public int depthOf(String code) {
        Integer depth = depthByCode.get(code);
        if (depth == null) {
            throw new IllegalArgumentException("No criterion with code " + code);
        }
        return depth;
    }

    /** The top-level node that {@code code} belongs to. */
    public CriterionNode fieldOf(String code) {
        CriterionNode node = node(code);
        Optional<CriterionNode> parent = parentOf(code);
        while (parent.isPresent()) {
            node = parent.get();
            parent = parentOf(node.code());
        }
        return node;
    }

    /** The sum of the maxima of the main (non-bonus, non-penalty) top-level nodes: usually 100. */
    public BigDecimal mainMaximum() {
        BigDecimal total = BigDecimal.ZERO;
        for (CriterionNode root : roots) {
            if (root.section() == Section.MAIN) {
                total = total.add(root.maxPoints());
            }
        }
        return total;
    }

    public CriteriaSet withRoots(List<CriterionNode> newRoots) {
        return new CriteriaSet(id, name, decision, level, year, version, newRoots, asPublished);
    }

    public CriteriaSet withIdentity(String newId, String newName, String newVersion) {
        return new CriteriaSet(newId, newName, decision, level, year, newVersion, roots, asPublished);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CriteriaSet that
                && year == that.year && asPublished == that.asPublished && id.equals(that.id) && name.equals(that.name)
                && decision.equals(that.decision) && level == that.level && version.equals(that.version)
                && roots.equals(that.roots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, decision, level, year, version, roots, asPublished);
    }

    @Override
    public String toString() {
        return "CriteriaSet[" + id + ", " + name + ", " + preorder.size() + " nodes]";
    }
}
