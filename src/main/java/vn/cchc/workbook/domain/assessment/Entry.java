package vn.cchc.workbook.domain.assessment;

import vn.cchc.workbook.domain.criteria.RuleInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Everything recorded against one node of an assessment's criteria: the self score and the appraisal (each as the
 * rule's inputs), the explanation, the appraisal opinion, evidence, who is responsible, the remedy and the target.
 * Immutable; edits go through {@link Assessment#withEntry(Entry)}, which refuses anything invalid.
 *
 * @param code             the node's code
 * @param notApplicable    không đánh giá / không áp dụng: excluded from the maximum the index is computed on
 * @param self             điểm tự đánh giá, or null when not scored yet
 * @param firstAppraisal   điểm thẩm định (lần 1), or null
 * @param secondAppraisal  the re-appraisal after the unit's explanation, which then stands; or null
 * @param selfExplanation  giải trình of the self score
 * @param appraisalOpinion ý kiến thẩm định / nội dung bị trừ điểm
 * @param evidence         tài liệu kiểm chứng
 * @param responsibilities đơn vị phụ trách with their shares; empty means inherited from the parent node
 * @param remedy           biện pháp khắc phục
 * @param target           điểm mục tiêu, or null
 * @param expectedGain     points expected to be won back by the end of the period (điểm dự kiến đạt thêm), or null
 */
public record Entry(
        String code,
        boolean notApplicable,
        RuleInput self,
        RuleInput firstAppraisal,
        RuleInput secondAppraisal,
        String selfExplanation,
        String appraisalOpinion,
        List<EvidenceDocument> evidence,
        List<Responsibility> responsibilities,
        Remedy remedy,
        BigDecimal target,
        BigDecimal expectedGain) {

    public Entry {
        Objects.requireNonNull(code, "code");
        selfExplanation = selfExplanation == null ? "" : selfExplanation.strip();
        appraisalOpinion = appraisalOpinion == null ? "" : appraisalOpinion.strip();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        remedy = remedy == null ? Remedy.NONE : remedy;
    }

    public static Entry empty(String code) {
        return new Entry(code, false, null, null, null, "", "", List.of(), List.of(), Remedy.NONE, null, null);
    }

    /** The appraisal that stands: the second one when there was one. */
    public RuleInput appraisal() {
        return secondAppraisal != null ? secondAppraisal : firstAppraisal;
    }

    /** The input recorded for {@code track}, or null. */
    public RuleInput input(Track track) {
        return switch (track) {
            case SELF -> self;
            case FIRST_APPRAISAL -> firstAppraisal;
            case APPRAISED -> appraisal();
        };
    }

    public boolean isEmpty() {
        return equals(empty(code));
    }

    public Entry withNotApplicable(boolean value) {
        return new Entry(code, value, self, firstAppraisal, secondAppraisal, selfExplanation, appraisalOpinion,
                evidence, responsibilities, remedy, target, expectedGain);
    }

    public Entry withSelf(RuleInput value) {
        return new Entry(code, notApplicable, value, firstAppraisal, secondAppraisal, selfExplanation,
                appraisalOpinion, evidence, responsibilities, remedy, target, expectedGain);
    }

    public Entry withFirstAppraisal(RuleInput value) {
        return new Entry(code, notApplicable, self, value, secondAppraisal, selfExplanation, appraisalOpinion,
                evidence, responsibilities, remedy, target, expectedGain);
    }

    public Entry withSecondAppraisal(RuleInput value) {
        return new Entry(code, notApplicable, self, firstAppraisal, value, selfExplanation, appraisalOpinion,
                evidence, responsibilities, remedy, target, expectedGain);
    }

    /** Sets the input of {@code track}; for {@link Track#APPRAISED} that is the second appraisal when one exists. */
    public Entry withInput(Track track, RuleInput value) {
        return switch (track) {
            case SELF -> withSelf(value);
            case FIRST_APPRAISAL -> withFirstAppraisal(value);
            case APPRAISED -> withStandingAppraisal(value, false);
        };
    }

    /**
     * The entry with {@code value} as the appraisal that stands: the second round's when {@code secondRound} (see
     * {@link Assessment#secondRoundOpen()}) or when this entry already has one, else the first's.
     */
    public Entry withStandingAppraisal(RuleInput value, boolean secondRound) {
        return secondRound || secondAppraisal != null ? withSecondAppraisal(value) : withFirstAppraisal(value);
    }

    public Entry withSelfExplanation(String value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, value, appraisalOpinion,
                evidence, responsibilities, remedy, target, expectedGain);
    }

    public Entry withAppraisalOpinion(String value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, selfExplanation, value,
                evidence, responsibilities, remedy, target, expectedGain);
    }

    public Entry withEvidence(List<EvidenceDocument> value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, selfExplanation,
                appraisalOpinion, value, responsibilities, remedy, target, expectedGain);
    }

    public Entry withResponsibilities(List<Responsibility> value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, selfExplanation,
                appraisalOpinion, evidence, value, remedy, target, expectedGain);
    }

    public Entry withRemedy(Remedy value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, selfExplanation,
                appraisalOpinion, evidence, responsibilities, value, target, expectedGain);
    }

    public Entry withTarget(BigDecimal value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, selfExplanation,
                appraisalOpinion, evidence, responsibilities, remedy, value, expectedGain);
    }

    public Entry withExpectedGain(BigDecimal value) {
        return new Entry(code, notApplicable, self, firstAppraisal, secondAppraisal, selfExplanation,
                appraisalOpinion, evidence, responsibilities, remedy, target, value);
    }
}
