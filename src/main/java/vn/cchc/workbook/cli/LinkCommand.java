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
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.comparison.MergedUnits;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFileException;

/**
 * {@code link LATER.cchc --earlier EARLIER.cchc [--rank "xếp thứ 4/18"]}: keeps the earlier period's figures inside
 * the later workbook file, so the comparison travels with it. For a merged commune (or province), {@code --earlier}
 * is given once per former unit, with {@code --merge tong|trung-binh|mot} (and {@code --chosen N} for "mot"): the
 * former units' results become the earlier period, criterion by criterion.
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
    private java.util.List<Path> earlier;

    @Option(names = "--merge", paramLabel = "CÁCH", descriptionKey = "cli.link.merge")
    private String merge;

    @Option(names = "--chosen", paramLabel = "N", defaultValue = "1", descriptionKey = "cli.link.chosen")
    private int chosen;

    @Option(names = "--rank", paramLabel = "XẾP_HẠNG", descriptionKey = "cli.link.rank")
    private String rank;

    @Override
    public Integer call() {
        Assessment linked;
        try {
            if (earlier.size() > 1 || merge != null) {
                if (merge == null) {
                    throw new vn.cchc.workbook.domain.InvalidInputException("criteriasets.merge.methodMissing");
                }
                MergedUnits.Method method = MergedUnits.Method.fromId(merge).orElseThrow(
                        () -> new vn.cchc.workbook.domain.InvalidInputException("criteriasets.merge.noMethod", merge));
                linked = PeriodLinks.linkMergedFiles(later, earlier,
                        new MergedUnits.Choice(method, chosen - 1, java.util.Map.of()), rank);
            } else {
                linked = PeriodLinks.linkFiles(later, earlier.get(0), rank);
            }
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
