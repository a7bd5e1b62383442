package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.text.Points;

/**
 * Computes every figure of an assessment from its entries: node roll-ups, field and overall totals, the index and
 * each department's share, for the self score and the appraisal separately. Nothing is stored that can be computed,
 * which removes the arithmetic mistakes hand-made tables contain. All arithmetic is exact BigDecimal; divisions keep
 * {@value #SCALE} decimals.
 *
 * <p>A full recompute of a 500-node set takes well under a millisecond, so the engine simply recomputes everything
 * after each edit rather than patching figures.
 */
public final class ScoreEngine {

    static final int SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Track[] TRACKS = Track.values();

    private ScoreEngine() {
    }

    public static Scorecard score(Assessment assessment) {
        Run run = new Run(assessment);
        for (CriterionNode root : assessment.criteria().roots()) {
            run.visit(root, root.section(), 0, false, null);
        }
        EnumMap<Track, Totals> totals = new EnumMap<>(Track.class);
        EnumMap<Track, List<DepartmentResult>> departments = new EnumMap<>(Track.class);
        for (Track track : TRACKS) {
            totals.put(track, run.totals(track));
            departments.put(track, run.departments(track));
        }
        return new Scorecard(run.results, run.byCode, totals, departments);
    }

    /** One computation: walks the tree once, carrying the nearest responsible node down to the leaves. */
    private static final class Run {
        private final Assessment assessment;
        private final List<NodeResult> results = new ArrayList<>();
        private final Map<String, NodeResult> byCode = new HashMap<>();
        private final EnumMap<Track, Map<String, Accumulator>> perDepartment = new EnumMap<>(Track.class);
        /** Per track, the maxima of the leaves attributed to departments: what the department rows add up to. */
        private final EnumMap<Track, Accumulator> attributed = new EnumMap<>(Track.class);

        Run(Assessment assessment) {
            this.assessment = assessment;
            for (Track track : TRACKS) {
                Map<String, Accumulator> accumulators = new LinkedHashMap<>();
                for (Department department : assessment.departments()) {
                    accumulators.put(department.id(), new Accumulator(department));
                }
                accumulators.put(null, new Accumulator(null));
                perDepartment.put(track, accumulators);
                attributed.put(track, new Accumulator(null));
            }
        }

        // The field's section decides where a leaf's points count: files may state it on the top-level node only.
        NodeResult visit(CriterionNode node, Section section, int depth, boolean inheritedNotApplicable,
                         Shares inheritedShares) {
            Entry entry = assessment.entry(node.code());
            boolean notApplicable = inheritedNotApplicable || entry.notApplicable();
            Shares shares = entry.responsibilities().isEmpty() ? inheritedShares : Shares.of(node, entry);
            int slot = results.size();
            results.add(null);
            NodeResult result;
            if (node.isLeaf()) {
                Figures[] figures = new Figures[TRACKS.length];
                for (Track track : TRACKS) {
                    figures[track.ordinal()] = leaf(node, entry.input(track), notApplicable);
                    if (!notApplicable && section == Section.MAIN) {
                        attribute(track, node, entry, figures[track.ordinal()], shares, depth);
                    }
                }
                result = new NodeResult(node, depth, figures[0], figures[1], figures[2]);
            } else {
                List<NodeResult> children = new ArrayList<>(node.children().size());
                for (CriterionNode child : node.children()) {
                    children.add(visit(child, section, depth + 1, notApplicable, shares));
                }
                Figures[] figures = new Figures[TRACKS.length];
                for (Track track : TRACKS) {
                    figures[track.ordinal()] = parent(node, children, track, notApplicable);
                }
                result = new NodeResult(node, depth, figures[0], figures[1], figures[2]);
            }
            results.set(slot, result);
            byCode.putIfAbsent(node.code(), result);
            return result;
        }

        private static Figures leaf(CriterionNode node, RuleInput input, boolean notApplicable) {
            BigDecimal max = node.maxPoints();
            if (notApplicable) {
                return new Figures(max, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, true);
            }
            BigDecimal points = null;
            if (input != null) {
                try {
                    points = node.rule().points(max, input);
                } catch (InvalidInputException invalid) {
                    // Entries are checked before they are stored; an input that no longer fits counts as unscored.
                    points = null;
                }
            }
            if (points == null) {
                return new Figures(max, max, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 1, false);
            }
            // A criterion's points are given with 2 decimals, as provinces score and print them (3/4 of 1,5 points is
            // 1,13, not 1,125): every printed row and total then adds up on the printed figures (decision 48).
            // Full marks stay full marks where a set's maximum has more decimals (10 points split in 3: 3,3333).
            points = points.compareTo(max) >= 0 ? points : Points.criterionPoints(points).min(max);
            return new Figures(max, max, max, points, max.subtract(points), 1, 0, false);
        }

        private static Figures parent(CriterionNode node, List<NodeResult> children, Track track,
                                      boolean notApplicable) {
            BigDecimal applicable = BigDecimal.ZERO;
            BigDecimal scored = BigDecimal.ZERO;
            BigDecimal achieved = BigDecimal.ZERO;
            int scoredLeaves = 0;
            int unscoredLeaves = 0;
            for (NodeResult child : children) {
                Figures f = child.figures(track);
                applicable = applicable.add(f.applicableMaximum());
                scored = scored.add(f.scoredMaximum());
                achieved = achieved.add(f.achieved());
                scoredLeaves += f.scoredLeaves();
                unscoredLeaves += f.unscoredLeaves();
            }
            // A parent is worth at most its own maximum (a bonus group's cap): its maxima are capped like its points,
            // so a capped parent whose children are all met shows no deduction.
            achieved = achieved.min(node.maxPoints());
            applicable = applicable.min(node.maxPoints());
            scored = scored.min(node.maxPoints());
            BigDecimal deduction = scored.subtract(achieved);
            if (deduction.signum() < 0) {
                deduction = BigDecimal.ZERO;
            }
            return new Figures(node.maxPoints(), applicable, scored, achieved, deduction, scoredLeaves,
                    unscoredLeaves, notApplicable);
        }

        private void attribute(Track track, CriterionNode leaf, Entry entry, Figures figures, Shares shares,
                               int depth) {
            Map<String, Accumulator> accumulators = perDepartment.get(track);
            Map<String, BigDecimal> weights = shares == null ? Shares.UNASSIGNED : shares.weights();
            String opinion = opinionFor(leaf, entry);
            // Each department's part of the loss in cents that add up to the criterion's loss, so its listed items
            // and the department table's rows add up on the printed figures (the maxima are rounded per department
            // at the end, in departments()).
            Map<String, BigDecimal> deducted = ResponsibilityShares.apportion(figures.deduction(), weights);
            Accumulator whole = attributed.get(track);
            whole.responsible = whole.responsible.add(figures.applicableMaximum());
            whole.assessed = whole.assessed.add(figures.scoredMaximum());
            for (Map.Entry<String, BigDecimal> weight : weights.entrySet()) {
                String key = weight.getKey();
                Accumulator accumulator = accumulators.get(key);
                if (accumulator == null) {
                    accumulator = accumulators.get(null);
                }
                BigDecimal w = weight.getValue();
                BigDecimal lost = deducted.get(key);
                accumulator.responsible = accumulator.responsible.add(figures.applicableMaximum().multiply(w));
                accumulator.assessed = accumulator.assessed.add(figures.scoredMaximum().multiply(w));
                accumulator.deduction = accumulator.deduction.add(lost);
                if (figures.isScored() && w.signum() > 0) {
                    accumulator.scoredLeaves++;
                }
                if (lost.signum() > 0) {
                    accumulator.items.add(new DeductionItem(leaf.code(), leaf.title(), opinion, strip(lost),
                            leaf.shownCode()));
                }
            }
        }

        private String opinionFor(CriterionNode leaf, Entry entry) {
            if (!entry.appraisalOpinion().isEmpty()) {
                return entry.appraisalOpinion();
            }
            var parent = assessment.criteria().parentOf(leaf.code());
            while (parent.isPresent()) {
                String opinion = assessment.entry(parent.get().code()).appraisalOpinion();
                if (!opinion.isEmpty()) {
                    return opinion;
                }
                parent = assessment.criteria().parentOf(parent.get().code());
            }
            return "";
        }

        Totals totals(Track track) {
            BigDecimal maximum = BigDecimal.ZERO;
            BigDecimal applicable = BigDecimal.ZERO;
            BigDecimal achieved = BigDecimal.ZERO;
            BigDecimal deduction = BigDecimal.ZERO;
            BigDecimal bonus = BigDecimal.ZERO;
            BigDecimal penalty = BigDecimal.ZERO;
            int scored = 0;
            int unscored = 0;
            for (NodeResult field : results) {
                if (field.depth() != 0) {
                    continue;
                }
                Figures f = field.figures(track);
                BigDecimal capped = f.achieved().min(field.node().maxPoints());
                switch (field.node().section()) {
                    case MAIN -> {
                        maximum = maximum.add(field.node().maxPoints());
                        applicable = applicable.add(f.applicableMaximum());
                        achieved = achieved.add(f.achieved());
                        deduction = deduction.add(f.deduction());
                        scored += f.scoredLeaves();
                        unscored += f.unscoredLeaves();
                    }
                    case BONUS -> bonus = bonus.add(capped);
                    case PENALTY -> penalty = penalty.add(capped);
                }
            }
            BigDecimal total = achieved.add(bonus).subtract(penalty);
            BigDecimal index = applicable.signum() > 0
                    ? total.multiply(HUNDRED).divide(applicable, SCALE, RoundingMode.HALF_UP).stripTrailingZeros()
                    : null;
            return new Totals(maximum, applicable, achieved, deduction, bonus, penalty, total, index, scored,
                    unscored);
        }

        /**
         * One row per department. Its maxima are rounded to cents that add up to the whole (13 and 3 of a field
         * shared 13:3, whose leaves split 8,125 and 1,875), its losses are sums of cents already, and its points are
         * what it was assessed on less what it lost: every row and the rows' sum add up on the printed figures.
         */
        List<DepartmentResult> departments(Track track) {
            Map<String, Accumulator> accumulators = perDepartment.get(track);
            Accumulator whole = attributed.get(track);
            Map<String, BigDecimal> responsible = keepingSum(accumulators, a -> a.responsible, whole.responsible);
            Map<String, BigDecimal> assessed = keepingSum(accumulators, a -> a.assessed, whole.assessed);
            List<DepartmentResult> list = new ArrayList<>();
            for (Map.Entry<String, Accumulator> each : accumulators.entrySet()) {
                Accumulator accumulator = each.getValue();
                if (accumulator.department == null && accumulator.responsible.signum() == 0
                        && accumulator.items.isEmpty()) {
                    continue;
                }
                BigDecimal itsAssessed = assessed.get(each.getKey());
                list.add(new DepartmentResult(accumulator.department, strip(responsible.get(each.getKey())),
                        strip(itsAssessed), strip(itsAssessed.subtract(accumulator.deduction)),
                        strip(accumulator.deduction), List.copyOf(accumulator.items), accumulator.scoredLeaves));
            }
            return list;
        }

        /** Each department's {@code figure} rounded so that they add up to {@code total}, the leaves' own sum. */
        private static Map<String, BigDecimal> keepingSum(Map<String, Accumulator> accumulators,
                                                         Function<Accumulator, BigDecimal> figure, BigDecimal total) {
            Map<String, BigDecimal> exact = new LinkedHashMap<>();
            accumulators.forEach((key, accumulator) -> exact.put(key, figure.apply(accumulator)));
            return ResponsibilityShares.roundKeepingSum(exact, total);
        }

        private static BigDecimal strip(BigDecimal value) {
            return value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }

    /** The split of the nearest node with responsibilities, carried down to its leaves. */
    private record Shares(Map<String, BigDecimal> weights) {
        static final Map<String, BigDecimal> UNASSIGNED = java.util.Collections.singletonMap(null, BigDecimal.ONE);

        static Shares of(CriterionNode node, Entry entry) {
            return new Shares(ResponsibilityShares.weights(node, entry.responsibilities()));
        }
    }

    private static final class Accumulator {
        final Department department;
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal assessed = BigDecimal.ZERO;
        BigDecimal deduction = BigDecimal.ZERO;
        int scoredLeaves;
        final List<DeductionItem> items = new ArrayList<>();

        Accumulator(Department department) {
            this.department = department;
        }
    }
}
