package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.app.PeriodLinks;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.comparison.EarlierPeriod;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFileException;

/**
 * {@code link LATER.cchc --earlier EARLIER.cchc [--rank "xếp thứ 4/18"]}: keeps the earlier period's figures inside
 * the later workbook file, so the comparison travels with it.
 */
@Command(name = "link", sortOptions = false)
final class LinkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "KỲ_SAU.cchc", descriptionKey = "cli.link.later")
    private Path later;

    @Option(names = "--earlier", required = true, paramLabel = "KỲ_TRƯỚC.cchc", descriptionKey = "cli.link.earlier")
    private Path earlier;

    @Option(names = "--rank", paramLabel = "XẾP_HẠNG", descriptionKey = "cli.link.rank")
    private String rank;

    @Override
    public Integer call() {
        Assessment linked;
        try {
            linked = PeriodLinks.linkFiles(later, earlier, rank);
        } catch (CchcFileException refused) {
            return ProblemLines.print(spec.commandLine(), refused);
        }
        EarlierPeriod baseline = linked.earlierPeriod();
        spec.commandLine().getOut().println(Messages.get("ranking.cli.linked", baseline.label(),
                baseline.rankText().isEmpty() ? Messages.get("ranking.cli.noRank") : baseline.rankText(),
                later.toString()));
        return Cli.EXIT_OK;
    }
}
