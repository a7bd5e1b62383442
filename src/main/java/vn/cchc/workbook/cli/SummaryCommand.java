package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * {@code summary [FILE]}: the unit, period, totals and one line per lĩnh vực of an assessment; the bundled sample
 * assessment (xã Hiền Thành) when no file is given.
 */
@Command(name = "summary", sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TỆP", descriptionKey = "cli.summary.file")
    private Path file;

    @Override
    public Integer call() {
        Assessment assessment = AssessmentFiles.loadOrSample(file);
        SummaryReport.lines(assessment).forEach(spec.commandLine().getOut()::println);
        return Cli.EXIT_OK;
    }
}
