package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFileException;

/** A refused file on the command line: one line per problem on standard error, then exit code 1. */
final class ProblemLines {

    private ProblemLines() {
    }

    static int print(CommandLine command, Path file, List<Problem> problems) {
        PrintWriter err = command.getErr();
        problems.forEach(problem -> err.println(problem.describe()));
        long errors = problems.stream().filter(Problem::isError).count();
        err.println(Messages.get("cli.validate.invalid", file.toString(), errors));
        return Cli.EXIT_FAILURE;
    }

    /** The file's own message, then the assessment's problems (with their JSON paths) when there were any. */
    static int print(CommandLine command, CchcFileException refused) {
        PrintWriter err = command.getErr();
        err.println(refused.getMessage());
        List<Problem> problems = refused.problems();
        if (problems.size() > 1) {
            problems.forEach(problem -> err.println(problem.describe()));
        }
        return Cli.EXIT_FAILURE;
    }
}
