package vn.cchc.workbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.text.Messages;

/**
 * {@code diff OLD.cchc NEW.cchc}: what changed from one copy of a workbook to another, one line per change
 * (criterion, field, old → new). Exit code 0 when they are equal, 1 when they differ (and 1 with a message on the
 * error stream when a file is refused).
 */
@Command(name = "diff", sortOptions = false)
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "CŨ", descriptionKey = "cli.diff.old")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "MỚI", descriptionKey = "cli.diff.new")
    private Path newFile;

    @Override
    public Integer call() {
        List<AssessmentChanges.Change> changes = AssessmentChanges.between(AssessmentFiles.load(oldFile),
                AssessmentFiles.load(newFile));
        var out = spec.commandLine().getOut();
        for (AssessmentChanges.Change change : changes) {
            out.println(change.describe());
        }
        if (changes.isEmpty()) {
            out.println(Messages.get("evidence.cli.diff.equal"));
            return Cli.EXIT_OK;
        }
        out.println(Messages.get("evidence.cli.diff.count", changes.size()));
        return Cli.EXIT_FAILURE;
    }
}
