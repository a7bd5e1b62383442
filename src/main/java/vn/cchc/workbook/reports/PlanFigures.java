package vn.cchc.workbook.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.Scorecard;

/**
 * Planning figures the scorecard does not carry: expected gains and targets rolled up the tree, and how a field's
 * points are split between departments. Responsibility is inherited the way the engine inherits it (the nearest
 * node with responsibilities decides; unnamed shares split what the named ones leave).
 */
final class PlanFigures {

    private static final int SCALE = 10;

    private final Assessment assessment;
    private final Scorecard scorecard;
    private final Track track;
    private final Map<String, BigDecimal> gains = new HashMap<>();

    PlanFigures(Assessment assessment, Scorecard scorecard, Track track) {
        this.assessment = assessment;
        this.scorecard = scorecard;
        this.track = track;
    }

    /** Điểm dự kiến đạt thêm: the node's own figure, else the sum of its children's; null when none is recorded. */
    BigDecimal expectedGain(CriterionNode node) {
        if (gains.containsKey(node.code())) {
            return gains.get(node.code());
        }
        BigDecimal own = assessment.entry(node.code()).expectedGain();
        BigDecimal result = own;
        if (result == null) {
            for (CriterionNode child : node.children()) {
                BigDecimal gain = expectedGain(child);
                if (gain != null) {
                    result = result == null ? gain : result.add(gain);
                }
            }
        }
        gains.put(node.code(), result);
        return result;
    }

    /** Mục tiêu: the node's own target, else the sum of its children's when every child has one; else null. */
    BigDecimal target(CriterionNode node) {
        BigDecimal own = assessment.entry(node.code()).target();
        if (own != null || node.isLeaf()) {
            return own;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CriterionNode child : node.children()) {
            BigDecimal target = target(child);
            if (target == null) {
                return null;
            }
            sum = sum.add(target);
        }
        return sum;
    }

    /**
     * Each department's part of {@code node}'s applicable points, in the assessment's department order; the key
     * null holds points nobody was assigned.
     */
    Map<Department, BigDecimal> shares(CriterionNode node) {
        Map<String, BigDecimal> byId = new HashMap<>();
        addShares(node, byId);
        return ordered(byId);
    }

    /** Each department's part of every expected gain in the main section, in department order. */
    Map<Department, BigDecimal> gainsByDepartment() {
        Map<String, BigDecimal> byId = new HashMap<>();
        for (CriterionNode root : assessment.criteria().roots()) {
            if (root.section() == Section.MAIN) {
                addGains(root, byId);
            }
        }
        return ordered(byId);
    }

    /** The responsibilities that apply to {@code code}: its own, else those of the nearest ancestor that has some. */
    List<Responsibility> responsibilities(String code) {
        Optional<CriterionNode> node = assessment.criteria().find(code);
        while (node.isPresent()) {
            Entry entry = assessment.entry(node.get().code());
            if (!entry.responsibilities().isEmpty()) {
                return entry.responsibilities();
            }
            node = assessment.criteria().parentOf(node.get().code());
        }
        return List.of();
    }

    private void addShares(CriterionNode node, Map<String, BigDecimal> byId) {
        if (!node.isLeaf()) {
            node.children().forEach(child -> addShares(child, byId));
            return;
        }
        Figures figures = scorecard.node(node.code()).figures(track);
        if (figures.notApplicable()) {
            return;
        }
        weights(node.code()).forEach((id, weight) ->
                byId.merge(id, figures.applicableMaximum().multiply(weight), BigDecimal::add));
    }

    private void addGains(CriterionNode node, Map<String, BigDecimal> byId) {
        BigDecimal own = assessment.entry(node.code()).expectedGain();
        if (own != null) {
            weights(node.code()).forEach((id, weight) -> byId.merge(id, own.multiply(weight), BigDecimal::add));
            return;
        }
        node.children().forEach(child -> addGains(child, byId));
    }

    /** Department id (null = unassigned) to the fraction of {@code code}'s points it answers for. */
    private Map<String, BigDecimal> weights(String code) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Optional<CriterionNode> holder = holderOf(code);
        if (holder.isEmpty()) {
            weights.put(null, BigDecimal.ONE);
            return weights;
        }
        List<Responsibility> list = assessment.entry(holder.get().code()).responsibilities();
        BigDecimal max = holder.get().maxPoints();
        if (max.signum() == 0) {
            BigDecimal equal = BigDecimal.ONE.divide(BigDecimal.valueOf(list.size()), SCALE, RoundingMode.HALF_UP);
            list.forEach(r -> weights.merge(r.departmentId(), equal, BigDecimal::add));
            return weights;
        }
        BigDecimal named = BigDecimal.ZERO;
        int open = 0;
        for (Responsibility r : list) {
            if (r.points() == null) {
                open++;
            } else {
                named = named.add(r.points());
            }
        }
        BigDecimal rest = max.subtract(named).max(BigDecimal.ZERO);
        BigDecimal perOpen = open == 0 ? BigDecimal.ZERO
                : rest.divide(BigDecimal.valueOf(open), SCALE, RoundingMode.HALF_UP);
        BigDecimal assigned = BigDecimal.ZERO;
        for (Responsibility r : list) {
            BigDecimal share = r.points() == null ? perOpen : r.points();
            BigDecimal weight = share.divide(max, SCALE, RoundingMode.HALF_UP);
            weights.merge(r.departmentId(), weight, BigDecimal::add);
            assigned = assigned.add(weight);
        }
        BigDecimal left = BigDecimal.ONE.subtract(assigned);
        if (left.compareTo(new BigDecimal("1E-8")) > 0) {
            weights.merge(null, left, BigDecimal::add);
        }
        return weights;
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

    private Map<Department, BigDecimal> ordered(Map<String, BigDecimal> byId) {
        Map<Department, BigDecimal> result = new LinkedHashMap<>();
        for (Department department : assessment.departments()) {
            BigDecimal value = byId.get(department.id());
            if (value != null && value.signum() > 0) {
                result.put(department, strip(value));
            }
        }
        BigDecimal unknown = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : byId.entrySet()) {
            if (e.getKey() == null || assessment.department(e.getKey()).isEmpty()) {
                unknown = unknown.add(e.getValue());
            }
        }
        if (unknown.signum() > 0) {
            result.put(null, strip(unknown));
        }
        return result;
    }

    private static BigDecimal strip(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
