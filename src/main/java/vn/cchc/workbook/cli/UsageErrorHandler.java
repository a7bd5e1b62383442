package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import vn.cchc.workbook.domain.text.Messages;

/** A command line picocli cannot parse: a Vietnamese explanation, the command's help, exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(describe(problem));
        command.usage(err);
        return Cli.EXIT_USAGE;
    }

    static String describe(ParameterException problem) {
        if (problem instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrorHandler::label)
                    .collect(Collectors.joining(", "));
            return Messages.get("cli.usage.missing", names);
        }
        if (problem instanceof UnmatchedArgumentException unmatched) {
            return Messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        ArgSpec arg = problem.getArgSpec();
        if (arg != null) {
            return Messages.get("cli.usage.invalidValue", label(arg), problem.getValue() == null ? "" : problem.getValue());
        }
        return Messages.get("cli.usage.invalid");
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName();
        }
        return arg.paramLabel();
    }
}
