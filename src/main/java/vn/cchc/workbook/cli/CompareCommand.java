package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.comparison.Comparison;
import vn.cchc.workbook.domain.comparison.DepartmentChange;
import vn.cchc.workbook.domain.comparison.NodeChange;
import vn.cchc.workbook.domain.comparison.RepeatedDeduction;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * {@code compare FILE.cchc}: the assessment against the earlier period linked to it: totals, index, each lĩnh vực
 * and department, criteria new, dropped or changed, and the deductions that repeat.
 */
@Command(name = "compare", sortOptions = false)
final class CompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP", descriptionKey = "cli.compare.file")
    private Path file;

    @picocli.CommandLine.Option(names = "--result", paramLabel = "cong-bo|tinh", converter = ResultBasisOption.class,
            descriptionKey = "cli.option.result")
    private ResultBasis basis = ResultBasis.PUBLISHED;

    @Override
    public Integer call() {
        Assessment assessment = AssessmentFiles.load(file);
        Comparison comparison = Comparison.compare(assessment, basis)
                .orElseThrow(() -> new UserFacingException("ranking.cli.notLinked", file.toString()));
        lines(assessment, comparison).forEach(spec.commandLine().getOut()::println);
        return Cli.EXIT_OK;
    }

    static List<String> lines(Assessment assessment, Comparison c) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(Messages.get("ranking.compare.heading", assessment.unit().name(), c.laterLabel(),
                c.earlier().label()));
        out.add(Messages.get("comparison.cli.basis", c.basisText()));
        if (c.laterTrack() == vn.cchc.workbook.domain.assessment.Track.SELF) {
            out.add(Messages.get("comparison.cli.selfScores"));
        }
        out.add(Messages.get("ranking.compare.total", Points.format(c.earlierResult().total()),
                Points.format(c.laterResult().total()), changeText(c.totalChange(), c.laterPartial())));
        out.add(Messages.get("ranking.compare.index", Points.format(c.earlierResult().index()),
                Points.format(c.laterResult().index()), changeText(c.indexChange(), c.laterPartial())));
        if (!c.earlier().rankText().isEmpty() || !c.laterRankText().isEmpty()) {
            out.add(Messages.get("ranking.compare.rank", blankAsDash(c.earlier().rankText()),
                    blankAsDash(c.laterRankText())));
        }
        out.add(Messages.get(c.sameCriteria() ? "ranking.compare.sameCriteria" : "ranking.compare.otherCriteria",
                c.newNodes().size(), c.droppedNodes().size(), c.changedNodes().size()));
        out.add(Messages.get("ranking.compare.fieldsHeading"));
        for (NodeChange field : c.fields()) {
            out.add(Messages.get("ranking.compare.field", field.shownCode(), field.title(),
                    dashIfNone(field.earlierPoints()), dashIfNone(field.laterPoints()),
                    field.laterPoints() == null && field.status() != NodeChange.Status.DROPPED
                            ? Messages.get("ranking.compare.unscored")
                            : changeText(field.change(), field.changeWithheld()),
                    status(field)).stripTrailing());
        }
        out.add(Messages.get("ranking.compare.departmentsHeading"));
        for (DepartmentChange d : c.departments()) {
            out.add(Messages.get("ranking.compare.department",
                    d.name().isEmpty() ? Messages.get("ranking.compare.unassigned") : d.name(),
                    Points.format(d.earlierAchieved()), Points.format(d.laterAchieved()),
                    changeText(d.change(), d.laterPartial())));
        }
        for (NodeChange node : c.nodes()) {
            if (node.depth() > 0 && !status(node).isEmpty()) {
                out.add(Messages.get("ranking.compare.criterion", node.shownCode(), node.title(), status(node)));
            }
        }
        out.add(Messages.get("ranking.compare.repeatedHeading", c.repeatedDeductions().size()));
        for (RepeatedDeduction r : c.repeatedDeductions()) {
            out.add(Messages.get("ranking.compare.repeated", r.shownCode(), r.title(),
                    Points.format(r.earlierDeduction()), Points.format(r.laterDeduction())));
        }
        return out;
    }

    /** "[mới]", "[bỏ]", "[điểm tối đa 3 → 2]", "[đổi nội dung]", or "". */
    static String status(NodeChange node) {
        return switch (node.status()) {
            case NEW -> Messages.get("ranking.compare.new");
            case DROPPED -> Messages.get("ranking.compare.dropped");
            case MATCHED -> node.maximumChanged()
                    ? Messages.get("ranking.compare.maximumChanged", Points.formatShort(node.earlierMaximum()),
                            Points.formatShort(node.laterMaximum()))
                    : node.titleChanged() ? Messages.get("ranking.compare.titleChanged") : "";
        };
    }

    /** {@link #signed}, "chưa chấm xong" where this period's figure is only a part, "—" where there is none. */
    private static String changeText(BigDecimal change, boolean partial) {
        return partial ? Messages.get("ranking.compare.partial") : change == null ? "—" : signed(change);
    }

    /** Points with two decimals, or "—" where a period has none (not scored, not in its set). */
    private static String dashIfNone(BigDecimal points) {
        return points == null ? "—" : Points.format(points);
    }

    /** "+0,50", "-1,25", "0,00"; "" when unknown. */
    static String signed(BigDecimal change) {
        if (change == null) {
            return "";
        }
        String shown = Points.format(change);
        return change.signum() > 0 && !shown.equals("0,00") ? "+" + shown : shown;
    }

    private static String blankAsDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
