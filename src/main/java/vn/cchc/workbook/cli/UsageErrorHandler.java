package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
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
        if (arg != null && problem.getCause() instanceof Explained why) {
            // Our converters say what is wrong in Vietnamese ("“31/02/2026” không có thật: …"); picocli's own say it
            // in English, so only the value is quoted for those.
            return Messages.get("cli.usage.invalidValueWhy", label(arg), why.getMessage());
        }
        if (arg != null) {
            return Messages.get("cli.usage.invalidValue", label(arg), problem.getValue() == null ? "" : problem.getValue());
        }
        return Messages.get("cli.usage.invalid");
    }

    /** A value our own converter refused, with a Vietnamese sentence saying why (shown after the option's name). */
    static final class Explained extends TypeConversionException {

        private static final long serialVersionUID = 1L;

        Explained(String why) {
            super(why);
        }
    }

    private static String label(ArgSpec arg) {
        if (arg instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName();
        }
        return arg.paramLabel();
    }
}
