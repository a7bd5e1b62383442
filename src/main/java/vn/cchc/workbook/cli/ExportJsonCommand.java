package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;

/** {@code export-json FILE.cchc -o ASSESSMENT.json}: the assessment JSON inside a workbook file, byte for byte. */
@Command(name = "export-json", sortOptions = false)
final class ExportJsonCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.exportJson.file")
    private Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "TỆP.json", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        CchcFile.Contents contents;
        try {
            contents = CchcFile.open(input);
        } catch (CchcFileException refused) {
            return ProblemLines.print(spec.commandLine(), refused);
        }
        OutputFile.checked(output, overwrite);
        SafeFileWriter.write(output, contents.content());
        spec.commandLine().getOut().println(Messages.get("cli.exportJson.done", output.toString(),
                contents.assessment().unit().name(),
                contents.assessment().period().labelWithYear(contents.assessment().year())));
        return Cli.EXIT_OK;
    }
}
