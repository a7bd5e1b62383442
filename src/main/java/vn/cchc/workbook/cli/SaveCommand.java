package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cchc.workbook.app.EvidenceWorkFolder;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.DataDirectory;

/**
 * {@code save FILE.cchc --with-evidence|--without-evidence -o OUT.cchc [--parts]}: a copy of a workbook file with its
 * evidence files inside ("Lưu kèm minh chứng"; files the .cchc does not carry come from the local store), or the
 * small data-only file. {@code --parts} writes the evidence in numbered parts below the mail limit.
 */
@Command(name = "save", sortOptions = false)
final class SaveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private CchcCommand top;

    @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
    private Path input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Mode mode;

    static final class Mode {
        @Option(names = "--with-evidence", required = true, descriptionKey = "cli.save.withEvidence")
        boolean with;
        @Option(names = "--without-evidence", required = true, descriptionKey = "cli.save.withoutEvidence")
        boolean without;
    }

    @Option(names = "--parts", descriptionKey = "cli.save.parts")
    private boolean parts;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "RA.cchc", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        OutputFile.checked(output, overwrite);
        // A department's part stays a part: what it belongs to and the part as sent go into the output too.
        var part = CchcFile.partIn(input);
        if (mode.without) {
            var contents = CchcFile.open(input);
            var manifest = part.isPresent()
                    ? CchcFile.writePart(contents.assessment(), part.get().origin(), part.get().partOf(), output)
                    : CchcFile.write(contents.assessment(), output);
            spec.commandLine().getOut().println(Messages.get("evidence.cli.savedDataOnly", output.toString(),
                    contents.assessment().unit().name(), manifest.savedAt().toString()));
            return Cli.EXIT_OK;
        }
        try (EvidenceWorkFolder work = EvidenceWorkFolder.open(input,
                DataDirectory.resolve(top.dataDir().orElse(null)))) {
            List<EvidenceFile> missing = work.missing(work.assessment());
            if (!missing.isEmpty()) {
                throw new UserFacingException("evidence.cli.missingFiles", input.toString(), missing.size(),
                        missing.get(0).name());
            }
            CchcEvidence.SaveEstimate estimate = CchcEvidence.estimate(work.assessment(), true);
            spec.commandLine().getOut().println(Messages.get("evidence.cli.estimate", estimate.files(),
                    EvidenceCommand.megabytesText(estimate.totalBytes())));
            CchcEvidence.Saved saved = part.isPresent()
                    ? CchcEvidence.writePart(work.assessment(), part.get().origin(), part.get().partOf(), output,
                    work.source())
                    : CchcEvidence.write(work.assessment(), output, work.source(),
                    parts ? CchcEvidence.PART_TARGET_BYTES : 0);
            EvidenceCommand.report(spec, saved);
        }
        return Cli.EXIT_OK;
    }
}
