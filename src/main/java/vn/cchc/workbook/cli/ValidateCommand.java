package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.interchange.JsonCheck;
import vn.cchc.workbook.interchange.JsonFiles;

/**
 * {@code validate FILE}: checks a criteria-set or assessment JSON file (told apart by its {@code format} field),
 * or a .cchc workbook file, exactly as importing or opening it would, and prints one line per problem. Exit 0 when it may be used (warnings are
 * printed), 1 when it has errors.
 */
@Command(name = "validate", sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "TỆP", descriptionKey = "cli.validate.file")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (AssessmentFiles.isWorkbook(file)) {
            return validateWorkbook(out);
        }
        JsonCheck<?> check = JsonFiles.check(file);
        for (Problem problem : check.problems()) {
            out.println(problem.describe());
        }
        if (!check.isValid()) {
            out.println(Messages.get("cli.validate.invalid", file.toString(), check.errors().size()));
            return Cli.EXIT_FAILURE;
        }
        String what = switch (check.value()) {
            case CriteriaSet set -> Messages.get("cli.validate.criteriaSet", set.name(), set.nodes().size());
            case Assessment a -> Messages.get("cli.validate.assessment", a.unit().name(), a.period().label(),
                    a.year(), a.entries().size());
            default -> throw new IllegalStateException("Unexpected value " + check.value());
        };
        out.println(Messages.get("cli.validate.valid", file.toString(), what, check.warnings().size()));
        return Cli.EXIT_OK;
    }

    /** A .cchc file: the checks of opening it (the ZIP, the manifest, the checksum) and of its assessment. */
    private int validateWorkbook(PrintWriter out) {
        CchcFile.Contents contents;
        try {
            contents = CchcFile.open(file);
        } catch (CchcFileException refused) {
            List<Problem> errors = refused.problems().stream().filter(Problem::isError).toList();
            if (errors.size() > 1) {
                // The refusal's own message quotes the first error; each error is listed once.
                out.println(Messages.get("cli.validate.contentInvalid", String.valueOf(file.getFileName())));
                errors.forEach(problem -> out.println(problem.describe()));
            } else {
                out.println(refused.getMessage());
            }
            out.println(Messages.get("cli.validate.invalid", file.toString(), Math.max(1, errors.size())));
            return Cli.EXIT_FAILURE;
        }
        List<Problem> warnings = AssessmentJson.check(contents.content()).warnings();
        warnings.forEach(problem -> out.println(problem.describe()));
        Assessment a = contents.assessment();
        String what = Messages.get("cli.validate.workbook", a.unit().name(), a.period().label(), a.year(),
                a.entries().size(), contents.manifest().formatVersion());
        out.println(Messages.get("cli.validate.valid", file.toString(), what, warnings.size()));
        return Cli.EXIT_OK;
    }
}
