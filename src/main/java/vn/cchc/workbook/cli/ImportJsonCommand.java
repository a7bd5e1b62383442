package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcManifest;
import vn.cchc.workbook.interchange.InterchangeException;

/**
 * {@code import-json ASSESSMENT.json -o FILE.cchc}: wraps a valid assessment JSON file, unchanged, in a workbook
 * file, so that {@code export-json} gives back the same bytes. The local store is not touched.
 */
@Command(name = "import-json", sortOptions = false)
final class ImportJsonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.json", descriptionKey = "cli.importJson.file")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.cchc", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        OutputFile.checked(output, overwrite);
        CchcManifest manifest;
        try {
            manifest = CchcFile.writeExactJson(input, output);
        } catch (InterchangeException invalid) {
            return ProblemLines.print(spec.commandLine(), input, invalid.problems());
        }
        spec.commandLine().getOut().println(Messages.get("cli.importJson.done", output.toString(), manifest.unit(),
                Period.labelWithYear(manifest.period(), manifest.year())));
        return Cli.EXIT_OK;
    }
}
