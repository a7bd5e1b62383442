package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.assessment.Stage;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * What a ranking needs of one assessment, once it is scored: who, which criteria set, the appraised totals and the
 * points of each lĩnh vực. A province ranks thousands of communes; each workbook is read, scored and reduced to this,
 * then let go, so memory does not grow with the entries, evidence and texts of every file. Units scored against the
 * same set share one {@link CriteriaSet} instance ({@link #withCriteria}).
 *
 * @param fieldPoints appraised points of each top-level node of the unit's own set that is applicable and has an
 *                    appraised score at or below it, by code
 * @param unappraisedFields the codes of the applicable top-level nodes with nothing appraised yet (printed as a dash,
 *                    not as 0,00)
 * @param notApplicableFields the codes of the top-level nodes marked không áp dụng (a dash too, and a note)
 * @param published   the total and index the province announced for the unit, {@link PublishedResult#NONE} when
 *                    none was recorded
 * @param stage       where the workbook stands in the rounds; with {@code lastStep}, the date of its last recorded
 *                    step (null when none), it tells the later of two copies of one workbook
 */
public record ScoredUnit(String assessmentId, AssessedUnit unit, String source, CriteriaSet criteria, Period period,
                         int year, Totals appraised, Map<String, BigDecimal> fieldPoints, Set<String> unappraisedFields,
                         Set<String> notApplicableFields, PublishedResult published, Stage stage,
                         LocalDate lastStep) {

    /** The later copy first: further in the rounds, then with the later last step. */
    static final Comparator<ScoredUnit> LATER_FIRST = Comparator.comparing((ScoredUnit u) -> u.stage().ordinal())
            .thenComparing(ScoredUnit::lastStep, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    public ScoredUnit {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(unit, "unit");
        source = source == null ? "" : source;
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(appraised, "appraised");
        fieldPoints = Map.copyOf(fieldPoints);
        unappraisedFields = Set.copyOf(unappraisedFields);
        notApplicableFields = Set.copyOf(notApplicableFields);
        published = published == null ? PublishedResult.NONE : published;
        stage = stage == null ? Stage.SELF_ASSESSMENT : stage;
    }

    /** Scores {@code assessment} (from {@code source}, a file name for messages) and keeps only its figures. */
    public static ScoredUnit of(Assessment assessment, String source) {
        Scorecard scorecard = ScoreEngine.score(assessment);
        Map<String, BigDecimal> points = new HashMap<>();
        Set<String> unappraised = new HashSet<>();
        Set<String> notApplicable = new HashSet<>();
        for (CriterionNode root : assessment.criteria().roots()) {
            Figures appraised = scorecard.node(root.code()).appraised();
            if (appraised.notApplicable()) {
                notApplicable.add(root.code());
                continue;
            }
            if (appraised.isScored()) {
                points.putIfAbsent(root.code(), appraised.achieved());
            } else {
                unappraised.add(root.code());
            }
        }
        return new ScoredUnit(assessment.id(), assessment.unit(), source, assessment.criteria(), assessment.period(),
                assessment.year(), scorecard.totals(Track.APPRAISED), points, unappraised, notApplicable,
                assessment.published(), assessment.stage(),
                assessment.rounds().last().map(vn.cchc.workbook.domain.assessment.RoundStep::date).orElse(null));
    }

    /** The same unit pointing at {@code shared}, an equal set (same id, codes and maxima) kept once for many units. */
    public ScoredUnit withCriteria(CriteriaSet shared) {
        return new ScoredUnit(assessmentId, unit, source, shared, period, year, appraised, fieldPoints,
                unappraisedFields, notApplicableFields, published, stage, lastStep);
    }

    /**
     * What makes two sets the same for a ranking: id, codes and maxima in printed order. Sets with the same
     * signature are interchangeable as a reference set and produce no differences against each other.
     */
    public static String signature(CriteriaSet set) {
        StringBuilder text = new StringBuilder(set.id()).append('\n');
        for (CriterionNode node : set.nodes()) {
            text.append(node.code()).append('=').append(node.maxPoints().stripTrailingZeros().toPlainString())
                    .append('\n');
        }
        return text.toString();
    }
}
