package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.EarlierDepartment;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;

/**
 * An assessment against its earlier period (half year against the full year, last year against this year): the
 * change per node, lĩnh vực, department and overall, which criteria are new, dropped or changed between the two
 * criteria sets, and which deductions repeat. The earlier side is its appraised result; the later side is the
 * figures its work is at ({@link Scorecard#workingTrack()}: the appraisal once any criterion is appraised, the unit's
 * own scores before that), or the track an export asks for. Before this, a workbook in its self-scoring phase was
 * compared on an empty appraisal: "0,00 điểm", a fall of the whole earlier total. Immutable, computed at once.
 *
 * <p>The overall change (total, index) is taken between the results the user chose ({@link ResultBasis}): by
 * default the published ones where recorded, on each side separately, since a unit cites the province's figures.
 * Per node and per department the figures are always the computed ones (nothing finer is published).
 *
 * @param earlier            the baseline
 * @param laterLabel         "cả năm 2023"
 * @param laterRankText      the later period's published rank, possibly blank
 * @param nodes              the later set's nodes in printed order (matched or new), then the dropped ones
 * @param departments        the later assessment's departments, then those only in the earlier one
 * @param laterTotal         the later total points, as computed
 * @param laterIndex         the later index as computed, or null
 * @param repeatedDeductions leaves that lost points in both periods, in the later set's order
 * @param basis              the result the user chose for the overall change
 * @param earlierResult      the earlier total and index on that basis (computed where none was published)
 * @param laterResult        the later total and index on that basis
 * @param laterTrack         which of the later assessment's scores the later figures are
 * @param laterUnscored      applicable criteria of the later period not yet scored on that track
 */
public record Comparison(
        EarlierPeriod earlier,
        String laterLabel,
        String laterRankText,
        List<NodeChange> nodes,
        List<DepartmentChange> departments,
        BigDecimal laterTotal,
        BigDecimal laterIndex,
        List<RepeatedDeduction> repeatedDeductions,
        ResultBasis basis,
        ResultBasis.Chosen earlierResult,
        ResultBasis.Chosen laterResult,
        Track laterTrack,
        int laterUnscored) {

    public Comparison {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(earlierResult, "earlierResult");
        Objects.requireNonNull(laterResult, "laterResult");
        Objects.requireNonNull(laterTrack, "laterTrack");
        nodes = List.copyOf(nodes);
        departments = List.copyOf(departments);
        repeatedDeductions = List.copyOf(repeatedDeductions);
    }

    /**
     * The assessment against the earlier period linked to it, on the published results where recorded; empty when
     * none is linked.
     */
    public static Optional<Comparison> compare(Assessment later) {
        return compare(later, ResultBasis.PUBLISHED);
    }

    /** The assessment against the earlier period linked to it, on {@code basis}; empty when none is linked. */
    public static Optional<Comparison> compare(Assessment later, ResultBasis basis) {
        return later.earlier().map(earlier -> between(earlier, later, basis));
    }

    /**
     * As {@link #compare(Assessment, ResultBasis)}, the later side on {@code track} (an export of the self scores
     * compares them), or on the working track when {@code track} is null.
     */
    public static Optional<Comparison> compare(Assessment later, ResultBasis basis, Track track) {
        return later.earlier().map(earlier -> between(earlier, later, basis, track));
    }

    /** The assessment against {@code earlier}, whether or not it is linked, on the published results. */
    public static Comparison between(Assessment earlier, Assessment later) {
        return between(EarlierPeriods.of(earlier, ""), later, ResultBasis.PUBLISHED);
    }

    /** The assessment against a baseline, on the published results. */
    public static Comparison between(EarlierPeriod earlier, Assessment later) {
        return between(earlier, later, ResultBasis.PUBLISHED);
    }

    /** The assessment against a baseline, the overall change on {@code basis}, the later side on its working track. */
    public static Comparison between(EarlierPeriod earlier, Assessment later, ResultBasis basis) {
        return between(earlier, later, basis, null);
    }

    private static Comparison between(EarlierPeriod earlier, Assessment later, ResultBasis basis, Track asked) {
        Objects.requireNonNull(basis, "basis");
        Scorecard scorecard = ScoreEngine.score(later);
        Track track = asked != null ? asked : scorecard.workingTrack();
        Map<String, EarlierNode> before = new LinkedHashMap<>();
        earlier.nodes().forEach(n -> before.putIfAbsent(n.code(), n));
        List<NodeChange> nodes = new ArrayList<>();
        List<RepeatedDeduction> repeated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeResult now : scorecard.nodes()) {
            if (!seen.add(now.code())) {
                continue;
            }
            Figures f = now.figures(track);
            BigDecimal points = f.isScored() && !f.notApplicable() ? f.achieved() : null;
            boolean partial = points != null && !f.isComplete();
            EarlierNode then = before.get(now.code());
            String title = now.node().title();
            if (then == null) {
                nodes.add(new NodeChange(now.code(), title, now.depth(), NodeChange.Status.NEW, null,
                        now.node().maxPoints(), null, points, false, now.shownCode(), partial));
                continue;
            }
            nodes.add(new NodeChange(now.code(), title, now.depth(), NodeChange.Status.MATCHED, then.maximum(),
                    now.node().maxPoints(), then.points(), points, !sameWording(then.title(), title),
                    now.shownCode(), partial));
            if (now.node().isLeaf() && then.lostPoints() && f.isScored() && !f.notApplicable() && f.hasDeduction()) {
                repeated.add(new RepeatedDeduction(now.code(), title, then.deduction(), f.deduction(),
                        then.opinion(), laterOpinion(later.entry(now.code()), track), now.shownCode()));
            }
        }
        for (EarlierNode then : before.values()) {
            if (!seen.contains(then.code())) {
                nodes.add(new NodeChange(then.code(), then.title(), then.depth(), NodeChange.Status.DROPPED,
                        then.maximum(), null, then.points(), null, false, then.code(), false));
            }
        }
        Totals totals = scorecard.totals(track);
        ResultBasis.Chosen earlierResult = basis.choose(earlier.published(), earlier.total(), earlier.index(),
                earlier.applicableMaximum());
        return new Comparison(earlier, EarlierPeriod.label(later.period(), later.year()), later.rankText(), nodes,
                departments(earlier, scorecard, track), totals.total(), totals.index(), repeated, basis,
                earlierResult, chooseLater(basis, later, totals, track), track, totals.unscoredLeaves());
    }

    /**
     * The later result on {@code basis}, from its {@code totals} on {@code track}: the province publishes appraised
     * results only, so the self scores are always compared as computed.
     */
    public static ResultBasis.Chosen chooseLater(ResultBasis basis, Assessment later, Totals totals, Track track) {
        return track == Track.SELF ? ResultBasis.COMPUTED.choose(null, totals)
                : basis.choose(later.published(), totals);
    }

    /** The later reason for a repeated deduction: the appraisal's opinion, or the unit's own explanation. */
    private static String laterOpinion(vn.cchc.workbook.domain.assessment.Entry entry, Track track) {
        return track == Track.SELF ? entry.selfExplanation() : entry.appraisalOpinion();
    }

    private static List<DepartmentChange> departments(EarlierPeriod earlier, Scorecard scorecard, Track track) {
        Map<String, EarlierDepartment> before = new LinkedHashMap<>();
        earlier.departments().forEach(d -> before.putIfAbsent(key(d.name()), d));
        List<DepartmentChange> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DepartmentResult now : scorecard.departments(track)) {
            String name = now.isUnassigned() ? "" : now.department().name();
            if (!seen.add(key(name))) {
                continue;
            }
            EarlierDepartment then = before.get(key(name));
            boolean appraised = now.isScored();
            result.add(new DepartmentChange(name, then == null ? null : then.achieved(),
                    appraised ? now.achieved() : null, then == null ? null : then.deduction(),
                    appraised ? now.deduction() : null, !appraised,
                    appraised && now.assessedMaximum().compareTo(now.responsibleMaximum()) < 0));
        }
        for (EarlierDepartment then : before.values()) {
            if (!seen.contains(key(then.name()))) {
                result.add(new DepartmentChange(then.name(), then.achieved(), null, then.deduction(), null, false,
                        false));
            }
        }
        return result;
    }

    /** The lĩnh vực rows (top-level nodes), matched, new and dropped. */
    public List<NodeChange> fields() {
        return nodes.stream().filter(n -> n.depth() == 0).toList();
    }

    /** The node with {@code code} (later set first). */
    public Optional<NodeChange> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    public List<NodeChange> newNodes() {
        return nodes.stream().filter(n -> n.status() == NodeChange.Status.NEW).toList();
    }

    public List<NodeChange> droppedNodes() {
        return nodes.stream().filter(n -> n.status() == NodeChange.Status.DROPPED).toList();
    }

    /** Matched nodes whose maximum or wording changed between the two sets. */
    public List<NodeChange> changedNodes() {
        return nodes.stream().filter(n -> n.maximumChanged() || n.titleChanged()).toList();
    }

    /** Whether both periods were scored against the same criteria (same codes, maxima and wording). */
    public boolean sameCriteria() {
        return newNodes().isEmpty() && droppedNodes().isEmpty() && changedNodes().isEmpty();
    }

    /**
     * Whether the later result is a part: computed (not published) while some of its criteria are not scored yet.
     * Its total then counts only what is scored, and no overall change is taken from it.
     */
    public boolean laterPartial() {
        return isPartial(laterResult);
    }

    /** Whether {@code later}, this period's result on some basis, is a part: computed while criteria are unscored. */
    public boolean isPartial(ResultBasis.Chosen later) {
        return !later.published() && laterUnscored > 0;
    }

    /** later − earlier total points, on the chosen results; null while the later one is partial. */
    public BigDecimal totalChange() {
        return laterPartial() ? null : laterResult.total().subtract(earlierResult.total());
    }

    /** later − earlier index on the chosen results, or null when either has none or the later one is partial. */
    public BigDecimal indexChange() {
        return laterPartial() || laterResult.index() == null || earlierResult.index() == null ? null
                : laterResult.index().subtract(earlierResult.index());
    }

    /**
     * "kết quả công bố", "kết quả tính", or "kỳ trước: kết quả tính; kỳ này: kết quả công bố" when the two sides
     * differ (one period has no published figures): which figures the overall change is between.
     */
    public String basisText() {
        if (earlierResult.published() == laterResult.published()) {
            return earlierResult.label();
        }
        return vn.cchc.workbook.domain.text.Messages.get("comparison.basis.mixed", earlierResult.label(),
                laterResult.label());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean sameWording(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
