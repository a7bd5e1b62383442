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
        OPINION("evidence.missing.opinion");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** One criterion missing something. */
    public record Missing(String code, String title, Kind kind) {
    }

    private RoundChecks() {
    }

    /** Every missing item, criteria in printed order (not-applicable criteria and parents are not asked for any). */
    public static List<Missing> missing(Assessment assessment) {
        List<Missing> out = new ArrayList<>();
        for (CriterionNode node : assessment.criteria().nodes()) {
            if (!node.isLeaf() || isNotApplicable(assessment, node)) {
                continue;
            }
            Entry entry = assessment.entry(node.code());
            if (entry.self() == null) {
                out.add(new Missing(node.code(), node.title(), Kind.SCORE));
                continue;
            }
            if (!hasEvidence(assessment, node) && entry.selfExplanation().isEmpty()) {
                out.add(new Missing(node.code(), node.title(), Kind.EXPLANATION));
            }
            BigDecimal self = points(node, entry.self());
            BigDecimal appraised = points(node, entry.appraisal());
            if (self != null && appraised != null && appraised.compareTo(self) < 0
                    && entry.appraisalOpinion().isEmpty()) {
                out.add(new Missing(node.code(), node.title(), Kind.OPINION));
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
