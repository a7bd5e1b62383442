package vn.cchc.workbook.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/** The text of {@code summary}: every figure computed by the engine and shown as "69,82". */
final class SummaryReport {

    private SummaryReport() {
    }

    static List<String> lines(Assessment assessment) {
        Scorecard card = ScoreEngine.score(assessment);
        Totals self = card.totals(Track.SELF);
        Totals appraised = card.totals(Track.APPRAISED);
        List<String> lines = new ArrayList<>();
        String parent = assessment.unit().parentAuthority();
        lines.add(Messages.get(parent.isEmpty() ? "cli.summary.unit" : "cli.summary.unitWithParent",
                assessment.unit().name(), Messages.get(assessment.unit().level().messageKey()), parent));
        boolean named = assessment.period().kind() == Period.Kind.OTHER;
        lines.add(Messages.get(named ? "cli.summary.periodOther" : "cli.summary.period", assessment.period().label(),
                assessment.year()));
        lines.add(Messages.get("cli.summary.criteria", assessment.criteria().name()));
        lines.add(Messages.get("cli.summary.maximum", points(appraised.maximum()),
                points(appraised.applicableMaximum())));
        lines.add(Messages.get("cli.summary.self", points(self.total())));
        lines.add(Messages.get("cli.summary.appraised", points(appraised.total())));
        lines.add(Messages.get("cli.summary.deduction", points(appraised.deduction())));
        if (appraised.bonus().signum() != 0 || appraised.penalty().signum() != 0) {
            lines.add(Messages.get("cli.summary.bonusPenalty", points(appraised.bonus()), points(appraised.penalty())));
        }
        lines.add(Messages.get("cli.summary.index", index(appraised.index()), index(self.index())));
        if (appraised.unscoredLeaves() > 0) {
            lines.add(Messages.get("cli.summary.unscored", appraised.unscoredLeaves()));
        }
        lines.add(Messages.get("cli.summary.fieldsHeading"));
        for (NodeResult field : card.fields()) {
            lines.add(fieldLine(field));
        }
        return lines;
    }

    private static String fieldLine(NodeResult field) {
        Figures self = field.self();
        Figures appraised = field.appraised();
        String key = switch (field.node().section()) {
            case MAIN -> "cli.summary.field";
            case BONUS -> "cli.summary.fieldBonus";
            case PENALTY -> "cli.summary.fieldPenalty";
        };
        if (field.node().section() == Section.MAIN && appraised.notApplicable()) {
            key = "cli.summary.fieldNotApplicable";
        }
        return Messages.get(key, field.node().shownCode(), field.node().title(), points(field.node().maxPoints()),
                points(self.achieved()), points(appraised.achieved()), points(appraised.deduction()));
    }

    /** Passed as text so that the message shows exactly the two-decimal figure. */
    private static String points(BigDecimal value) {
        return Points.format(value);
    }

    private static String index(BigDecimal value) {
        return value == null ? "—" : Points.format(value);
    }
}
