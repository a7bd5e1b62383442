package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/** Turns a node's scored figures into what its table row shows ({@link RowState}), formatted once. */
final class RowStates {

    private RowStates() {
    }

    static RowState of(Assessment assessment, Scorecard card, NodeResult result, boolean inPart) {
        Entry entry = assessment.entry(result.code());
        CriterionNode node = result.node();
        Figures self = result.self();
        Figures appraised = result.appraised();
        boolean notApplicable = self.notApplicable();
        boolean appraising = card.totals(Track.APPRAISED).scoredLeaves() > 0;
        Figures working = appraised.isScored() ? appraised : self;

        String selfText = notApplicable || !self.isScored() ? "" : Points.format(self.achieved());
        String appraisedText = notApplicable || !appraised.isScored() ? "" : Points.format(appraised.achieved());
        String selfHint = node.isLeaf() && !notApplicable ? hint(node, entry.self()) : "";
        String appraisedHint = node.isLeaf() && !notApplicable ? hint(node, entry.appraisal()) : "";
        String deduction = !notApplicable && working.hasDeduction()
                ? "-" + Points.format(working.deduction()) : "";

        EffectiveResponsibility responsibility = EffectiveResponsibility.of(assessment, result.code());
        List<String> names = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Responsibility r : responsibility.responsibilities()) {
            String share = r.points() == null ? "" : " (" + Points.formatShort(r.points()) + ")";
            names.add(departmentName(assessment, r.departmentId()) + share);
            shown.add(assessment.department(r.departmentId()).map(Department::shownName).orElse(r.departmentId())
                    + share);
        }
        boolean unscored = !notApplicable && (appraising ? appraised : self).unscoredLeaves() > 0;
        return new RowState(selfText, selfHint, appraisedText, appraisedHint, deduction, String.join("; ", names),
                String.join("; ", shown),
                responsibility.inherited(), entry.appraisalOpinion(), notApplicable, !notApplicable
                && working.hasDeduction(), unscored, node.isLeaf() && !assessment.locked() && inPart, !inPart);
    }

    static String departmentName(Assessment assessment, String departmentId) {
        return assessment.department(departmentId).map(Department::name).orElse(departmentId);
    }

    /** How the points of {@code input} were computed (ratio, level, violations); blank for typed points. */
    static String hint(CriterionNode node, RuleInput input) {
        if (input == null) {
            return "";
        }
        BigDecimal points;
        try {
            points = node.rule().points(node.maxPoints(), input);
        } catch (InvalidInputException stale) {
            return "";
        }
        return switch (input) {
            case RuleInput.RatioInput r -> Messages.get("scoring.cell.ratioHint", InputText.plain(r.achieved()),
                    InputText.plain(r.total()), points);
            case RuleInput.LevelChoice l when node.rule() instanceof ScoringRule.Levels levels ->
                    Messages.get("scoring.cell.levelHint", levels.levels().get(l.index()).label());
            case RuleInput.ViolationCount c -> Messages.get("scoring.cell.violationsHint", c.count(), points);
            case RuleInput.ItemCount c -> Messages.get("criteriasets.scoring.itemsHint", c.count(), points);
            default -> "";
        };
    }
}
