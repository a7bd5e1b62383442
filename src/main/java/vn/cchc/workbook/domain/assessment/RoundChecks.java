package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * What a round still misses, by the rules officials apply: every applicable criterion needs a self score; a
 * criterion scored without evidence (on it or above it) needs an explanation (giải trình); a criterion appraised lower
 * than its self score needs the appraisal opinion saying why.
 */
public final class RoundChecks {

    /** The kinds of missing item, each with its Vietnamese label key. */
    public enum Kind {
        SCORE("evidence.missing.score"),
        EXPLANATION("evidence.missing.explanation"),
        OPINION("evidence.missing.opinion"),
        APPRAISAL("rounds.missing.appraisal");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** One criterion missing something; {@code shownCode} is its code as printed ({@code CriterionNode#shownCode}). */
    public record Missing(String code, String title, Kind kind, String shownCode) {
    }

    private RoundChecks() {
    }

    /**
     * Every missing item of the unit's part (score, explanation) and the opinions the appraisal owes, criteria in
     * printed order (not-applicable criteria and parents are not asked for any).
     */
    public static List<Missing> missing(Assessment assessment) {
        return missing(assessment, true, false, true);
    }

    /**
     * What the next step of the rounds still misses, by who makes it: before the unit sends (for appraisal, or its
     * explanations) a self score on every applicable criterion and an explanation where one is scored without
     * evidence; before the appraiser sends a result (or fixes it) an appraisal score on every criterion the unit
     * scored and an opinion where the appraisal is lower than the self score. Empty once the result is fixed.
     */
    public static List<Missing> forNextStep(Assessment assessment) {
        return assessment.stage().usualNext()
                .map(next -> next.actor() == Side.UNIT ? missing(assessment, true, false, false)
                        : missing(assessment, false, true, true))
                .orElse(List.of());
    }

    private static List<Missing> missing(Assessment assessment, boolean unitPart, boolean appraisalPart,
                                         boolean opinions) {
        List<Missing> out = new ArrayList<>();
        for (CriterionNode node : assessment.criteria().nodes()) {
            if (!node.isLeaf() || isNotApplicable(assessment, node)) {
                continue;
            }
            Entry entry = assessment.entry(node.code());
            if (entry.self() == null) {
                if (unitPart) {
                    out.add(new Missing(node.code(), node.title(), Kind.SCORE, node.shownCode()));
                }
                continue;
            }
            if (unitPart && !hasEvidence(assessment, node) && entry.selfExplanation().isEmpty()) {
                out.add(new Missing(node.code(), node.title(), Kind.EXPLANATION, node.shownCode()));
            }
            if (appraisalPart && entry.appraisal() == null) {
                out.add(new Missing(node.code(), node.title(), Kind.APPRAISAL, node.shownCode()));
                continue;
            }
            BigDecimal self = points(node, entry.self());
            BigDecimal appraised = points(node, entry.appraisal());
            if (opinions && self != null && appraised != null && appraised.compareTo(self) < 0
                    && entry.appraisalOpinion().isEmpty()) {
                out.add(new Missing(node.code(), node.title(), Kind.OPINION, node.shownCode()));
            }
        }
        return out;
    }

    private static BigDecimal points(CriterionNode node, RuleInput input) {
        if (input == null) {
            return null;
        }
        try {
            return node.rule().points(node.maxPoints(), input);
        } catch (RuntimeException refused) {
            return null;
        }
    }

    private static boolean hasEvidence(Assessment assessment, CriterionNode node) {
        for (CriterionNode at = node; at != null; at = assessment.criteria().parentOf(at.code()).orElse(null)) {
            if (!assessment.entry(at.code()).evidence().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNotApplicable(Assessment assessment, CriterionNode node) {
        for (CriterionNode at = node; at != null; at = assessment.criteria().parentOf(at.code()).orElse(null)) {
            if (assessment.entry(at.code()).notApplicable()) {
                return true;
            }
        }
        return false;
    }
}
