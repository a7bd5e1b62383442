package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * A district's (or province's) ranking of many units' assessments: each unit's appraised points per lĩnh vực,
 * total, index, rank and band, as in "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, thị trấn".
 *
 * <p>Units are ranked by index, highest first. The index is compared as it is published, at 2 decimals: units equal
 * there share the rank (đồng hạng) and the next rank skips (1, 2, 2, 4). Units of equal rank are listed by name.
 *
 * <p>Criteria. The reference set is the one most units were scored against (same set id, same codes and maxima).
 * A unit scored against another set is still ranked (its index is computed on its own applicable maximum, which is
 * what the province publishes), its lĩnh vực are matched to the columns by code, and its differences from the
 * reference set are listed with it. A unit of another administrative level than most (a district among communes),
 * an assessment given twice, or one with neither an appraised score nor a published result to rank by is left out
 * with the reason.
 *
 * @param referenceSetId   the id of the reference criteria set
 * @param referenceSetName its name
 * @param fields           the columns: the reference set's lĩnh vực of the main part
 * @param units            ranked units, in ranked order (unranked ones last)
 * @param excluded         assessments left out, with the reason
 * @param bands            the bands applied
 * @param basis            the result units are ranked by: the published total and index where a unit recorded
 *                         them ({@link ResultBasis#PUBLISHED}, the default), or the computed ones; each row says
 *                         which it got ({@link RankedUnit#published()}). Lĩnh vực points are always computed.
 */
public record Ranking(String referenceSetId, String referenceSetName, List<FieldColumn> fields,
                      List<RankedUnit> units, List<ExcludedUnit> excluded, Bands bands, ResultBasis basis) {

    public Ranking {
        fields = List.copyOf(fields);
        units = List.copyOf(units);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(basis, "basis");
    }

    /** Ranks assessments without sources, on the published results where recorded. */
    public static Ranking of(List<Assessment> assessments, Bands bands) {
        return rank(assessments.stream().map(a -> new Candidate(a, a.unit().name())).toList(), bands);
    }

    /** Ranks the candidates on the published results where recorded; see the class description for the rules. */
    public static Ranking rank(List<Candidate> candidates, Bands bands) {
        return rank(candidates, bands, ResultBasis.PUBLISHED);
    }

    /** Ranks the candidates on {@code basis}; see the class description for the rules. */
    public static Ranking rank(List<Candidate> candidates, Bands bands, ResultBasis basis) {
        return rankScored(candidates.stream().map(c -> ScoredUnit.of(c.assessment(), c.source())).toList(), bands,
                basis);
    }

    /** Ranks scored units on the published results where recorded. */
    public static Ranking rankScored(List<ScoredUnit> candidates, Bands bands) {
        return rankScored(candidates, bands, ResultBasis.PUBLISHED);
    }

    /**
     * Ranks units already scored and reduced to their figures (the streaming path of a ranking of many files); see
     * the class description for the rules.
     */
    public static Ranking rankScored(List<ScoredUnit> candidates, Bands bands, ResultBasis basis) {
        Objects.requireNonNull(basis, "basis");
        List<ExcludedUnit> excluded = new ArrayList<>();
        List<ScoredUnit> kept = distinct(candidates, excluded);
        kept = sameLevel(kept, excluded);
        kept = appraised(kept, excluded, basis);
        CriteriaSet reference = referenceSet(kept);
        List<FieldColumn> fields = new ArrayList<>();
        if (reference != null) {
            for (CriterionNode root : reference.roots()) {
                if (root.section() == Section.MAIN) {
                    fields.add(new FieldColumn(root.code(), root.title(), root.maxPoints()));
                }
            }
        }
        record Scored(ScoredUnit unit, Map<String, BigDecimal> fieldPoints, List<CriteriaDifference> differences,
                      ResultBasis.Chosen totals) {
        }
        Map<CriteriaSet, List<CriteriaDifference>> differencesBySet = new IdentityHashMap<>();
        List<Scored> scored = new ArrayList<>();
        for (ScoredUnit unit : kept) {
            Map<String, BigDecimal> points = new HashMap<>();
            for (FieldColumn field : fields) {
                BigDecimal achieved = unit.fieldPoints().get(field.code());
                if (achieved != null) {
                    points.put(field.code(), achieved);
                }
            }
            List<CriteriaDifference> differences = differencesBySet.computeIfAbsent(unit.criteria(),
                    set -> differences(reference, set));
            scored.add(new Scored(unit, points, differences, basis.choose(unit.published(), unit.appraised())));
        }
        Collator collator = Collator.getInstance(Messages.VIETNAMESE);
        Comparator<Scored> byIndex = Comparator.comparing((Scored s) -> s.totals().index() == null)
                .thenComparing(s -> shown(s.totals().index()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.unit().unit().name(), collator);
        scored.sort(byIndex);
        List<RankedUnit> units = new ArrayList<>();
        Map<BigDecimal, Integer> count = new HashMap<>();
        scored.forEach(s -> {
            if (s.totals().index() != null) {
                count.merge(shown(s.totals().index()), 1, Integer::sum);
            }
        });
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            BigDecimal index = s.totals().index();
            int unitRank = 0;
            boolean tied = false;
            if (index != null) {
                BigDecimal shown = shown(index);
                if (previous == null || shown.compareTo(previous) != 0) {
                    rank = i + 1;
                    previous = shown;
                }
                unitRank = rank;
                tied = count.get(shown) > 1;
            }
            ScoredUnit unit = s.unit();
            units.add(new RankedUnit(i + 1, unit.assessmentId(), unit.unit(), unit.source(), s.fieldPoints(),
                    unit.unappraisedFields(), unit.notApplicableFields(), s.totals().total(), index, unitRank, tied,
                    bands.bandFor(index), s.differences(), s.totals().published(), unit.period(), unit.year(),
                    s.totals().published() ? 0 : unit.appraised().unscoredLeaves()));
        }
        return new Ranking(reference == null ? "" : reference.id(), reference == null ? "" : reference.name(),
                fields, units, excluded, bands, basis);
    }

    /**
     * Which figures the ranking used, for every output: "kết quả công bố", "kết quả tính", or the published
     * result with how many units had none recorded and were ranked on their computed one.
     */
    public String basisText() {
        long computed = units.stream().filter(u -> !u.published()).count();
        if (basis == ResultBasis.COMPUTED || computed == units.size()) {
            return basis == ResultBasis.COMPUTED ? Messages.get("comparison.ranking.basis.computed")
                    : Messages.get("comparison.ranking.basis.nonePublished");
        }
        return computed == 0 ? Messages.get("comparison.ranking.basis.published")
                : Messages.get("comparison.ranking.basis.partly", units.size() - computed, computed);
    }

    /** Whether every ranked unit was scored against the reference set. */
    public boolean sameCriteria() {
        return units.stream().allMatch(u -> u.differences().isEmpty());
    }

    /** The units whose criteria differ from the reference set. */
    public List<RankedUnit> unitsWithDifferences() {
        return units.stream().filter(u -> !u.differences().isEmpty()).toList();
    }

    /** How many ranked units each band holds, in band order (for a chart or the summary line). */
    public Map<Band, Integer> bandCounts() {
        Map<Band, Integer> counts = new LinkedHashMap<>();
        bands.bands().forEach(b -> counts.put(b, 0));
        units.stream().filter(RankedUnit::isRanked).forEach(u -> counts.merge(u.band(), 1, Integer::sum));
        return counts;
    }

    private static BigDecimal shown(BigDecimal index) {
        return index == null ? null : Points.rounded(index);
    }

    /**
     * One copy of each workbook: a folder gathered by e-mail holds several copies of one commune's workbook (sent for
     * appraisal, first result, explanations, the fixed result). The copy furthest in the rounds is ranked, the later
     * one when two stand at the same step, the first read when nothing tells them apart; each other copy is listed
     * with the file that was ranked in its place. (The first copy read had been ranked: the explanations' file, at
     * 3,75, over the fixed result, at 4,25.)
     */
    private static List<ScoredUnit> distinct(List<ScoredUnit> candidates, List<ExcludedUnit> excluded) {
        Map<String, ScoredUnit> chosen = new HashMap<>();
        for (ScoredUnit c : candidates) {
            chosen.merge(c.assessmentId(), c, (first, next) -> ScoredUnit.LATER_FIRST.compare(next, first) < 0
                    ? next : first);
        }
        List<ScoredUnit> kept = new ArrayList<>();
        for (ScoredUnit c : candidates) {
            ScoredUnit ranked = chosen.get(c.assessmentId());
            if (ranked == c) {
                kept.add(c);
            } else {
                excluded.add(new ExcludedUnit(c.source(), c.unit().name(), Messages.get(
                        "ranking.excluded.duplicate", ranked.source(), Messages.get(ranked.stage().messageKey()))));
            }
        }
        return kept;
    }

    private static List<ScoredUnit> sameLevel(List<ScoredUnit> candidates, List<ExcludedUnit> excluded) {
        Map<UnitLevel, Integer> levels = new LinkedHashMap<>();
        candidates.forEach(c -> levels.merge(c.unit().level(), 1, Integer::sum));
        UnitLevel common = levels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        List<ScoredUnit> kept = new ArrayList<>();
        for (ScoredUnit c : candidates) {
            if (c.unit().level() == common) {
                kept.add(c);
            } else {
                excluded.add(new ExcludedUnit(c.source(), c.unit().name(),
                        Messages.get("ranking.excluded.level", levelName(c.unit().level()), levelName(common))));
            }
        }
        return kept;
    }

    /**
     * A unit with no appraised score and no published result to rank by has no result yet: ranked, it showed 0,00
     * in every column and counted as "Yếu", like a commune that had scored nothing. It is left out with the reason.
     */
    private static List<ScoredUnit> appraised(List<ScoredUnit> candidates, List<ExcludedUnit> excluded,
                                              ResultBasis basis) {
        List<ScoredUnit> kept = new ArrayList<>();
        for (ScoredUnit c : candidates) {
            if (c.appraised().scoredLeaves() > 0 || basis.choose(c.published(), c.appraised()).published()) {
                kept.add(c);
            } else {
                excluded.add(new ExcludedUnit(c.source(), c.unit().name(),
                        Messages.get("ranking.excluded.notAppraised")));
            }
        }
        return kept;
    }

    private static String levelName(UnitLevel level) {
        return Messages.get(level.messageKey());
    }

    /** The set most candidates share (by id, codes and maxima); the first seen wins a tie. */
    private static CriteriaSet referenceSet(List<ScoredUnit> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, CriteriaSet> sets = new HashMap<>();
        // Units sharing one set instance (a streamed ranking) are signed once.
        Map<CriteriaSet, String> signatures = new IdentityHashMap<>();
        for (ScoredUnit c : candidates) {
            String signature = signatures.computeIfAbsent(c.criteria(), ScoredUnit::signature);
            counts.merge(signature, 1, Integer::sum);
            sets.putIfAbsent(signature, c.criteria());
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> sets.get(e.getKey()))
                .orElse(null);
    }

    private static List<CriteriaDifference> differences(CriteriaSet reference, CriteriaSet unit) {
        List<CriteriaDifference> list = new ArrayList<>();
        if (reference == null || reference == unit) {
            return list;
        }
        for (CriterionNode node : reference.nodes()) {
            var other = unit.find(node.code());
            if (other.isEmpty()) {
                list.add(new CriteriaDifference(CriteriaDifference.Kind.MISSING, node.code(), node.maxPoints(), null));
            } else if (other.get().maxPoints().compareTo(node.maxPoints()) != 0) {
                list.add(new CriteriaDifference(CriteriaDifference.Kind.MAXIMUM, node.code(), node.maxPoints(),
                        other.get().maxPoints()));
            }
        }
        for (CriterionNode node : unit.nodes()) {
            if (reference.find(node.code()).isEmpty()) {
                list.add(new CriteriaDifference(CriteriaDifference.Kind.EXTRA, node.code(), null, node.maxPoints()));
            }
        }
        if (list.isEmpty() && !reference.id().equals(unit.id())) {
            list.add(new CriteriaDifference(CriteriaDifference.Kind.SET, unit.id(), null, null));
        }
        return list;
    }

    /**
     * What the note of {@code unit}'s row says of its result, one part a line: "kết quả tính" for a unit ranked on its
     * computed result among units ranked on their published one, the criteria still to appraise, "Đồng hạng",
     * "Chưa xếp hạng", the lĩnh vực it does not assess. How its criteria differ from the reference set is listed by
     * {@link #differencesListed}.
     */
    public List<String> notes(RankedUnit unit) {
        List<String> parts = new ArrayList<>();
        if (!unit.published() && basis == ResultBasis.PUBLISHED && units.stream().anyMatch(RankedUnit::published)) {
            parts.add(Messages.get("comparison.ranking.unitComputed"));
        }
        if (unit.unappraised() > 0) {
            // Ranked on an appraisal not yet finished: its figures may still rise.
            parts.add(Messages.get("comparison.ranking.unappraised", unit.unappraised()));
        }
        List<String> notApplicable = fields.stream().map(FieldColumn::code)
                .filter(code -> unit.notApplicableFields().contains(code)).toList();
        if (!notApplicable.isEmpty()) {
            // The index is computed without them: say so beside the dash.
            parts.add(Messages.get("comparison.ranking.fieldsNotApplicable", String.join(", ", notApplicable)));
        }
        if (unit.tied()) {
            parts.add(Messages.get("comparison.ranking.tied"));
        }
        if (!unit.isRanked()) {
            parts.add(Messages.get("comparison.ranking.notRanked"));
        }
        return parts;
    }

    /**
     * "tiêu chí 1: điểm tối đa 16 (bộ chung 18), thiếu tiêu chí 1.4, và 3 khác biệt khác": the first {@code shown} of
     * {@code differences} and how many more.
     */
    public static String differencesListed(List<CriteriaDifference> differences, int shown) {
        List<String> listed = new ArrayList<>();
        differences.stream().limit(shown).map(CriteriaDifference::describe).forEach(listed::add);
        if (differences.size() > shown) {
            listed.add(Messages.get("comparison.ranking.moreDifferences", differences.size() - shown));
        }
        return String.join(", ", listed);
    }
}
