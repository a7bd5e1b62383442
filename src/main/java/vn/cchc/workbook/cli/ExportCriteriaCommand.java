package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;
import vn.cchc.workbook.reports.criteria.CriteriaTemplateWriter;

/**
 * {@code export-criteria SET.json|--sample-set xa|huyen -o FILE.xlsx}: writes a criteria set in the template's
 * layout, which {@code import-criteria} reads back to the same set.
 */
@Command(name = "export-criteria", sortOptions = false)
final class ExportCriteriaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.xlsx", descriptionKey = "cli.exportCriteria.output")
    private Path output;

    static final class Source {
        @Parameters(index = "0", paramLabel = "TỆP.json", descriptionKey = "cli.exportCriteria.file")
        private Path file;

        @Option(names = "--sample-set", paramLabel = "CẤP", converter = CriteriaFiles.LevelConverter.class,
                descriptionKey = "cli.exportCriteria.sample")
        private UnitLevel sample;
    }

    @Override
    public Integer call() {
        CriteriaSet set = source.file != null ? CriteriaSetJson.read(source.file) : BundledData.sampleCriteriaSet(source.sample);
        CriteriaTemplateWriter.write(set, output);
        spec.commandLine().getOut().println(Messages.get("criteriaimport.cli.exported", set.name(),
                set.nodes().size(), output.toString()));
        return Cli.EXIT_OK;
    }
}
