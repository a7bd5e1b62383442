package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.criteria.CriteriaTemplateWriter;

/** {@code criteria-template -o FILE.xlsx}: the blank criteria template ("Tải mẫu bộ tiêu chí") with example rows. */
@Command(name = "criteria-template", sortOptions = false)
final class CriteriaTemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.xlsx", descriptionKey = "cli.criteriaTemplate.output")
    private Path output;

    @Override
    public Integer call() {
        CriteriaTemplateWriter.writeTemplate(output);
        spec.commandLine().getOut().println(Messages.get("criteriaimport.cli.templateWritten", output.toString()));
        return Cli.EXIT_OK;
    }
}
