package vn.cchc.workbook.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.StoreDamagedException;

/**
 * A command failed. An error the user can act on prints its Vietnamese message; anything else prints one short
 * line pointing at the log, which gets the stack trace. Either way the exit code is 1 and no stack trace reaches
 * the console.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof UserFacingException userFacing) {
            LOG.info(() -> "Command refused: " + userFacing);
            command.getErr().println(userFacing.getMessage());
            if (userFacing instanceof StoreDamagedException) {
                command.getErr().println(Messages.get("storesafety.cli.howToRestore"));
            }
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure of command " + command.getCommandName(), failure);
            command.getErr().println(Messages.get("cli.error.unexpected", CliLogging.logFile().toString()));
        }
        return Cli.EXIT_FAILURE;
    }
}
