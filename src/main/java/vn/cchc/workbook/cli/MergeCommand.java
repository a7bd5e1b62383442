package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFile;

/**
 * {@code merge FILE.cchc PART.cchc -o OUT.cchc [--resolve part|workbook]}: a department's returned part merged into
 * the workbook. Edits outside the part's criteria and conflicts (a field both sides changed differently) are listed
 * one per line; while any is left the command exits 1 and writes nothing. {@code --resolve} settles every conflict
 * for one side; edits outside the part are never taken.
 */
@Command(name = "merge", sortOptions = false)
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP.cchc", descriptionKey = "cli.evidence.file")
    private Path input;

    @Parameters(index = "1", paramLabel = "PHẦN.cchc", descriptionKey = "cli.merge.part")
    private Path partFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "RA.cchc", descriptionKey = "cli.option.output")
    private Path output;

    @Option(names = "--resolve", paramLabel = "part|workbook", descriptionKey = "cli.merge.resolve")
    private String resolve;

    @Option(names = "--overwrite", descriptionKey = "cli.option.overwrite")
    private boolean overwrite;

    @Override
    public Integer call() {
        OutputFile.checked(output, overwrite);
        DepartmentParts.Resolution resolution = resolution();
        var workbook = CchcFile.read(input);
        CchcFile.PartContents part = CchcFile.readPart(partFile);
        if (!part.partOf().assessmentId().equals(workbook.id())) {
            throw new UserFacingException("evidence.part.notThisWorkbook", partFile.getFileName().toString(),
                    input.getFileName().toString());
        }
        DepartmentParts.MergeResult result = DepartmentParts.merge(workbook, part.origin(),
                part.contents().assessment(), part.partOf().codes(), resolution);
        var out = spec.commandLine().getOut();
        for (AssessmentChanges.Change change : result.outside()) {
            out.println(Messages.get("evidence.cli.merge.outside", change.describe()));
        }
        for (DepartmentParts.Conflict conflict : result.conflicts()) {
            out.println(Messages.get("evidence.cli.merge.conflict", conflict.code(), conflict.title(),
                    Messages.get(conflict.field().messageKey()), dash(conflict.workbook()), dash(conflict.part())));
        }
        if (!result.canMerge()) {
            out.println(Messages.get("evidence.cli.merge.refused", result.outside().size(),
                    result.conflicts().size(), output.toString()));
            return Cli.EXIT_FAILURE;
        }
        for (AssessmentChanges.Change change : result.applied()) {
            out.println(change.describe());
        }
        CchcFile.write(result.merged(), output);
        out.println(Messages.get("evidence.cli.merge.done", output.toString(), part.partOf().departmentName(),
                result.applied().size()));
        return Cli.EXIT_OK;
    }

    private DepartmentParts.Resolution resolution() {
        if (resolve == null) {
            return DepartmentParts.Resolution.NONE;
        }
        return switch (resolve.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "part" -> DepartmentParts.Resolution.PART;
            case "workbook" -> DepartmentParts.Resolution.WORKBOOK;
            default -> throw new UserFacingException("evidence.cli.merge.badResolve", resolve);
        };
    }

    private static String dash(String text) {
        return text.isEmpty() ? "–" : text;
    }
}
