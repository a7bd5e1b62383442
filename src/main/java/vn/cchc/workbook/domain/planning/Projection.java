package vn.cchc.workbook.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.ResponsibilityShares;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;

/**
 * Targets and the end-of-period projection of one assessment, as district plans put them: "duy trì 34 điểm đã đạt
 * và phấn đấu đạt thêm 02 điểm". For every node, lĩnh vực, department and overall: points now, expected gain
 * ({@link Entry#expectedGain()}), projected points (now + gain, capped at the maximum) and target
 * ({@link Entry#target()}), with what is still missing.
 *
 * <p>Rules. A gain or target recorded on a node stands for the node; otherwise a parent's gain is the sum of its
 * children's. A parent's target is its own when set; else, when any node below it has one, the sum over its children
 * where a child without a target counts its projected points (the plan is to keep what it has and win what it
 * expects); else there is none. Departments get their part exactly as the engine attributes points: a leaf by the
 * weights of the nearest node with responsibilities, a figure recorded on a parent in proportion to each
 * department's part of the parent's applicable points. Không áp dụng parts count for nothing.
 */
public final class Projection {

    private static final int SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Assessment assessment;
    private final Scorecard scorecard;
    private final Track track;
    private final Map<String, NodePlan> byCode = new LinkedHashMap<>();
    private final List<NodePlan> nodes = new ArrayList<>();
    private final Map<String, Parts> mainParts = new HashMap<>();
    private final List<Parts> mainFields = new ArrayList<>();

    private Projection(Assessment assessment, Scorecard scorecard, Track track) {
        this.assessment = assessment;
        this.scorecard = scorecard;
        this.track = track;
        for (CriterionNode root : assessment.criteria().roots()) {
            Parts parts = visit(root, 0);
            if (root.section() == Section.MAIN) {
                mainFields.add(parts);
            }
        }
    }

    /** The projection of the appraisal that stands. */
    public static Projection of(Assessment assessment) {
        return of(assessment, ScoreEngine.score(assessment), Track.APPRAISED);
    }

    /** The projection of {@code track}'s points, reusing a scorecard already computed for the assessment. */
    public static Projection of(Assessment assessment, Scorecard scorecard, Track track) {
        return new Projection(assessment, scorecard, track);
    }

    /** Every node in printed order. */
    public List<NodePlan> nodes() {
        return List.copyOf(nodes);
    }

    public NodePlan node(String code) {
        NodePlan plan = byCode.get(code);
        if (plan == null) {
            throw new IllegalArgumentException("No criterion with code " + code);
        }
        return plan;
    }

    /** The lĩnh vực of the main part (the 100), in printed order. */
    public List<NodePlan> fields() {
        return nodes.stream().filter(n -> n.depth() == 0 && n.node().section() == Section.MAIN).toList();
    }

    /**
     * Each department's progress over the main part, in the assessment's department order, the unassigned points
     * last; departments with nothing to answer for and no gain are left out.
     */
    public List<DepartmentPlan> departments() {
        Map<String, BigDecimal> responsible = new HashMap<>();
        Map<String, BigDecimal> current = new HashMap<>();
        Map<String, BigDecimal> gain = new HashMap<>();
        Map<String, BigDecimal> target = new HashMap<>();
        Set<String> scored = new HashSet<>();
        boolean anyGain = false;
        boolean anyTarget = false;
        for (Parts field : mainFields) {
            addAll(responsible, field.responsible);
            addAll(current, field.current);
            scored.addAll(field.scored);
            if (field.gain != null) {
                addAll(gain, field.gain);
                anyGain = true;
            }
            if (field.target != null) {
                anyTarget = true;
            }
        }
        if (anyTarget) {
            for (Parts field : mainFields) {
                addAll(target, field.target != null ? field.target : field.projected());
            }
        }
        // What each department answers for and has now are the score engine's own figures, in cents that add up
        // (decision 7): the progress table and the department table print the same points.
        Map<String, DepartmentResult> engine = new HashMap<>();
        for (DepartmentResult d : scorecard.departments(track)) {
            engine.put(d.isUnassigned() ? null : d.department().id(), d);
        }
        // What the targets ask of each department beyond its points now, in cents that add up to what they ask of
        // the whole; its target is its points now plus that, so target − now reads right on every printed row.
        Map<String, BigDecimal> asked = new LinkedHashMap<>();
        BigDecimal askedInAll = BigDecimal.ZERO;
        if (anyTarget) {
            for (String id : departmentOrder(responsible, gain)) {
                BigDecimal delta = target.getOrDefault(id, BigDecimal.ZERO)
                        .subtract(current.getOrDefault(id, BigDecimal.ZERO));
                asked.put(id, delta);
                askedInAll = askedInAll.add(delta);
            }
            asked = ResponsibilityShares.roundKeepingSum(asked,
                    askedInAll.setScale(Points.DISPLAY_SCALE, RoundingMode.HALF_UP));
        }
        List<DepartmentPlan> result = new ArrayList<>();
        for (String id : departmentOrder(responsible, gain)) {
            DepartmentResult own = engine.get(id);
            BigDecimal r = own != null ? own.responsibleMaximum() : responsible.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal c = own != null ? own.achieved() : current.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal g = anyGain ? gain.get(id) : null;
            if (r.signum() == 0 && (g == null || g.signum() == 0)) {
                continue;
            }
            BigDecimal projected = c.add(g == null ? BigDecimal.ZERO : g).min(r.max(c));
            BigDecimal t = anyTarget ? c.add(asked.getOrDefault(id, BigDecimal.ZERO)) : null;
            Department department = id == null ? null : assessment.department(id).orElse(null);
            result.add(new DepartmentPlan(department, strip(r), strip(c), g == null ? null : strip(g),
                    strip(projected), t == null ? null : strip(t), scored.contains(id)));
        }
        return result;
    }

    /** The whole assessment now and projected. */
    public OverallPlan overall() {
        Totals totals = scorecard.totals(track);
        BigDecimal gain = null;
        BigDecimal projectedMain = BigDecimal.ZERO;
        BigDecimal target = null;
        boolean anyTarget = fields().stream().anyMatch(f -> f.target() != null);
        for (NodePlan field : fields()) {
            if (field.expectedGain() != null) {
                gain = gain == null ? field.expectedGain() : gain.add(field.expectedGain());
            }
            projectedMain = projectedMain.add(field.projected());
            if (anyTarget) {
                BigDecimal t = field.target() != null ? field.target() : field.projected();
                target = target == null ? t : target.add(t);
            }
        }
        BigDecimal projected = projectedMain.add(totals.bonus()).subtract(totals.penalty());
        if (target != null) {
            target = target.add(totals.bonus()).subtract(totals.penalty());
        }
        BigDecimal applicable = totals.applicableMaximum();
        return new OverallPlan(applicable, totals.total(), index(totals.total(), applicable), gain, projected,
                index(projected, applicable), target, target == null ? null : index(target, applicable),
                totals.scoredLeaves() > 0);
    }

    /** The responsibilities that apply to {@code code}: its own, else those of the nearest ancestor with some. */
    public List<Responsibility> responsibilities(String code) {
        return holderOf(code).map(node -> assessment.entry(node.code()).responsibilities()).orElse(List.of());
    }

    /** target − reached, never below 0; null without a target. */
    static BigDecimal gap(BigDecimal target, BigDecimal reached) {
        return target == null ? null : target.subtract(reached).max(BigDecimal.ZERO);
    }

    // --- computation ----------------------------------------------------------------------------------------

    /** One node's figures split by department id (null: unassigned). */
    private static final class Parts {
        final Map<String, BigDecimal> responsible = new HashMap<>();
        final Map<String, BigDecimal> current = new HashMap<>();
        /** Departments (null: unassigned) with at least one scored criterion below. */
        final Set<String> scored = new HashSet<>();
        Map<String, BigDecimal> gain;
        Map<String, BigDecimal> target;

        Map<String, BigDecimal> projected() {
            Map<String, BigDecimal> result = new HashMap<>();
            for (Map.Entry<String, BigDecimal> e : responsible.entrySet()) {
                BigDecimal c = current.getOrDefault(e.getKey(), BigDecimal.ZERO);
                BigDecimal g = gain == null ? BigDecimal.ZERO : gain.getOrDefault(e.getKey(), BigDecimal.ZERO);
                result.put(e.getKey(), c.add(g).min(e.getValue().max(c)));
            }
            return result;
        }
    }

    private Parts visit(CriterionNode node, int depth) {
        int slot = nodes.size();
        nodes.add(null);
        Figures figures = scorecard.node(node.code()).figures(track);
        Entry entry = assessment.entry(node.code());
        Parts parts = new Parts();
        BigDecimal gain;
        BigDecimal target;
        BigDecimal maximum = figures.applicableMaximum();
        BigDecimal current = figures.achieved();
        if (figures.notApplicable()) {
            for (CriterionNode child : node.children()) {
                visit(child, depth + 1);
            }
            gain = null;
            target = null;
        } else if (node.isLeaf()) {
            Map<String, BigDecimal> weights = weights(node.code());
            weights.forEach((id, w) -> {
                parts.responsible.merge(id, maximum.multiply(w), BigDecimal::add);
                parts.current.merge(id, current.multiply(w), BigDecimal::add);
                if (figures.isScored()) {
                    parts.scored.add(id);
                }
            });
            gain = entry.expectedGain();
            if (gain != null) {
                parts.gain = scaled(weights, gain);
            }
            target = entry.target();
            if (target != null) {
                parts.target = scaled(weights, target);
            }
        } else {
            List<Parts> children = new ArrayList<>();
            List<NodePlan> childPlans = new ArrayList<>();
            for (CriterionNode child : node.children()) {
                children.add(visit(child, depth + 1));
                childPlans.add(byCode.get(child.code()));
            }
            children.forEach(c -> {
                addAll(parts.responsible, c.responsible);
                addAll(parts.current, c.current);
                parts.scored.addAll(c.scored);
            });
            Map<String, BigDecimal> shareWeights = shareWeights(node.code(), parts.responsible);
            gain = entry.expectedGain();
            if (gain != null) {
                parts.gain = scaled(shareWeights, gain);
            } else {
                for (int i = 0; i < children.size(); i++) {
                    NodePlan child = childPlans.get(i);
                    if (child.expectedGain() != null) {
                        gain = gain == null ? child.expectedGain() : gain.add(child.expectedGain());
                        parts.gain = parts.gain == null ? new HashMap<>() : parts.gain;
                        addAll(parts.gain, children.get(i).gain);
                    }
                }
            }
            target = entry.target();
            if (target != null) {
                parts.target = scaled(shareWeights, target);
            } else if (childPlans.stream().anyMatch(c -> c.target() != null)) {
                target = BigDecimal.ZERO;
                parts.target = new HashMap<>();
                for (int i = 0; i < children.size(); i++) {
                    NodePlan child = childPlans.get(i);
                    Parts childParts = children.get(i);
                    boolean own = child.target() != null;
                    target = target.add(own ? child.target() : child.projected());
                    addAll(parts.target, own ? childParts.target : childParts.projected());
                }
            }
        }
        BigDecimal projected = current.add(gain == null ? BigDecimal.ZERO : gain).min(maximum.max(current));
        NodePlan plan = new NodePlan(node, depth, maximum, current, gain, projected, target,
                shares(parts.responsible), !figures.notApplicable() && figures.isScored());
        nodes.set(slot, plan);
        byCode.putIfAbsent(node.code(), plan);
        return parts;
    }

    /** A parent's figure is split as its applicable points are; with none applicable, by its own responsibilities. */
    private Map<String, BigDecimal> shareWeights(String code, Map<String, BigDecimal> responsible) {
        BigDecimal total = responsible.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return weights(code);
        }
        Map<String, BigDecimal> weights = new HashMap<>();
        responsible.forEach((id, points) -> weights.put(id, points.divide(total, SCALE, RoundingMode.HALF_UP)));
        return weights;
    }

    /**
     * Department id (null = unassigned) to the fraction of {@code code}'s points it answers for: the engine's rule
     * (the nearest node with responsibilities; open shares split what the named ones leave).
     */
    private Map<String, BigDecimal> weights(String code) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Optional<CriterionNode> holder = holderOf(code);
        if (holder.isEmpty()) {
            weights.put(null, BigDecimal.ONE);
            return weights;
        }
        ResponsibilityShares.weights(holder.get(), assessment.entry(holder.get().code()).responsibilities())
                .forEach((id, weight) -> weights.merge(id == null ? null : known(id), weight, BigDecimal::add));
        return weights;
    }

    /** A department id the assessment does not list counts as unassigned, as in the engine. */
    private String known(String departmentId) {
        return assessment.department(departmentId).isPresent() ? departmentId : null;
    }

    private Optional<CriterionNode> holderOf(String code) {
        Optional<CriterionNode> node = assessment.criteria().find(code);
        while (node.isPresent()) {
            if (!assessment.entry(node.get().code()).responsibilities().isEmpty()) {
                return node;
            }
            node = assessment.criteria().parentOf(node.get().code());
        }
        return Optional.empty();
    }

    private List<DepartmentShare> shares(Map<String, BigDecimal> responsible) {
        List<DepartmentShare> result = new ArrayList<>();
        for (String id : departmentOrder(responsible, new HashMap<>())) {
            BigDecimal points = responsible.get(id);
            if (points != null && points.signum() > 0) {
                result.add(new DepartmentShare(id == null ? null : assessment.department(id).orElse(null),
                        strip(points)));
            }
        }
        return result;
    }

    private List<String> departmentOrder(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        List<String> order = new ArrayList<>();
        for (Department department : assessment.departments()) {
            if (a.containsKey(department.id()) || b.containsKey(department.id())) {
                order.add(department.id());
            }
        }
        if (a.containsKey(null) || b.containsKey(null)) {
            order.add(null);
        }
        return order;
    }

    /** {@code value} split by {@code weights} into cents that add up to it, as the engine splits a loss. */
    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> weights, BigDecimal value) {
        return new HashMap<>(ResponsibilityShares.apportion(value, weights));
    }

    private static void addAll(Map<String, BigDecimal> into, Map<String, BigDecimal> from) {
        from.forEach((id, v) -> into.merge(id, v, BigDecimal::add));
    }

    private static BigDecimal index(BigDecimal points, BigDecimal applicable) {
        return applicable.signum() > 0 ? points.multiply(HUNDRED).divide(applicable, SCALE, RoundingMode.HALF_UP)
                : null;
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
