package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
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
 * reference set are listed with it. A unit of another administrative level than most (a district among communes)
 * or an assessment given twice is left out with the reason.
 *
 * @param referenceSetId   the id of the reference criteria set
 * @param referenceSetName its name
 * @param fields           the columns: the reference set's lĩnh vực of the main part
 * @param units            ranked units, in ranked order (unranked ones last)
 * @param excluded         assessments left out, with the reason
 * @param bands            the bands applied
 */
public record Ranking(String referenceSetId, String referenceSetName, List<FieldColumn> fields,
                      List<RankedUnit> units, List<ExcludedUnit> excluded, Bands bands) {

    public Ranking {
        fields = List.copyOf(fields);
        units = List.copyOf(units);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(bands, "bands");
    }

    /** Ranks assessments without sources. */
    public static Ranking of(List<Assessment> assessments, Bands bands) {
        return rank(assessments.stream().map(a -> new Candidate(a, a.unit().name())).toList(), bands);
    }

    /** Ranks the candidates; see the class description for the rules. */
    public static Ranking rank(List<Candidate> candidates, Bands bands) {
        List<ExcludedUnit> excluded = new ArrayList<>();
        List<Candidate> kept = distinct(candidates, excluded);
        kept = sameLevel(kept, excluded);
        CriteriaSet reference = referenceSet(kept);
        List<FieldColumn> fields = new ArrayList<>();
        if (reference != null) {
            for (CriterionNode root : reference.roots()) {
                if (root.section() == Section.MAIN) {
                    fields.add(new FieldColumn(root.code(), root.title(), root.maxPoints()));
                }
            }
        }
        record Scored(Candidate candidate, Totals totals, Map<String, BigDecimal> fieldPoints,
                      List<CriteriaDifference> differences) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : kept) {
            Scorecard scorecard = ScoreEngine.score(candidate.assessment());
            Map<String, BigDecimal> points = new HashMap<>();
            for (FieldColumn field : fields) {
                candidate.assessment().criteria().find(field.code())
                        .filter(node -> candidate.assessment().criteria().depthOf(node.code()) == 0)
                        .ifPresent(node -> {
                            NodeResult result = scorecard.node(node.code());
                            if (!result.appraised().notApplicable()) {
                                points.put(field.code(), result.appraised().achieved());
                            }
                        });
            }
            scored.add(new Scored(candidate, scorecard.totals(Track.APPRAISED), points,
                    differences(reference, candidate.assessment().criteria())));
        }
        Collator collator = Collator.getInstance(Messages.VIETNAMESE);
        Comparator<Scored> byIndex = Comparator.comparing((Scored s) -> s.totals().index() == null)
                .thenComparing(s -> shown(s.totals().index()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.candidate().assessment().unit().name(), collator);
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
            Assessment a = s.candidate().assessment();
            units.add(new RankedUnit(i + 1, a.id(), a.unit(), s.candidate().source(), s.fieldPoints(),
                    s.totals().total(), index, unitRank, tied, bands.bandFor(index), s.differences()));
        }
        return new Ranking(reference == null ? "" : reference.id(), reference == null ? "" : reference.name(),
                fields, units, excluded, bands);
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

    private static List<Candidate> distinct(List<Candidate> candidates, List<ExcludedUnit> excluded) {
        Set<String> ids = new HashSet<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (ids.add(c.assessment().id())) {
                kept.add(c);
            } else {
                excluded.add(new ExcludedUnit(c.source(), c.assessment().unit().name(),
                        Messages.get("ranking.excluded.duplicate")));
            }
        }
        return kept;
    }

    private static List<Candidate> sameLevel(List<Candidate> candidates, List<ExcludedUnit> excluded) {
        Map<UnitLevel, Integer> levels = new LinkedHashMap<>();
        candidates.forEach(c -> levels.merge(c.assessment().unit().level(), 1, Integer::sum));
        UnitLevel common = levels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.assessment().unit().level() == common) {
                kept.add(c);
            } else {
                excluded.add(new ExcludedUnit(c.source(), c.assessment().unit().name(),
                        Messages.get("ranking.excluded.level", levelName(c.assessment().unit().level()),
                                levelName(common))));
            }
        }
        return kept;
    }

    private static String levelName(UnitLevel level) {
        return Messages.get(level.messageKey());
    }

    /** The set most candidates share (by id, codes and maxima); the first seen wins a tie. */
    private static CriteriaSet referenceSet(List<Candidate> candidates) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, CriteriaSet> sets = new HashMap<>();
        for (Candidate c : candidates) {
            String signature = signature(c.assessment().criteria());
            counts.merge(signature, 1, Integer::sum);
            sets.putIfAbsent(signature, c.assessment().criteria());
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> sets.get(e.getKey()))
                .orElse(null);
    }

    private static String signature(CriteriaSet set) {
        StringBuilder text = new StringBuilder(set.id()).append('\n');
        for (CriterionNode node : set.nodes()) {
            text.append(node.code()).append('=').append(node.maxPoints().stripTrailingZeros().toPlainString())
                    .append('\n');
        }
        return text.toString();
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
}
