package vn.cchc.workbook.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ResourceBundle;

import picocli.CommandLine;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.ExcelExporter;

/**
 * Builds the command line: the top-level command, its subcommands, the Vietnamese texts and the error handling.
 * A new command is one class plus one {@code addSubcommand} line in {@link #commandLine()}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FAILURE} the command failed (invalid file, an error the
 * user can fix, or an unexpected error), {@value #EXIT_USAGE} usage error (the help text is printed).
 */
public final class Cli {

    public static final String NAME = "cchc-workbook";
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    static final String BUNDLE = "vn.cchc.workbook.i18n.cli";

    private Cli() {
    }

    /** A fresh command line writing to the process's standard streams; see {@link CommandLine#setOut}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CchcCommand());
        commandLine.addSubcommand(new ValidateCommand());
        commandLine.addSubcommand(new SummaryCommand());
        commandLine.addSubcommand(new NewCommand());
        commandLine.addSubcommand(new ImportJsonCommand());
        commandLine.addSubcommand(new ExportJsonCommand());
        commandLine.addSubcommand(new ListCommand());
        commandLine.addSubcommand(new ImportCriteriaCommand());
        commandLine.addSubcommand(new CriteriaTemplateCommand());
        commandLine.addSubcommand(new ExportCriteriaCommand());
        commandLine.addSubcommand(new CriteriaCommand());
        commandLine.addSubcommand(new RankCommand());
        commandLine.addSubcommand(new LinkCommand());
        commandLine.addSubcommand(new CompareCommand());
        commandLine.addSubcommand(new ExportCommand());
        commandLine.addSubcommand(new StoreCommand());
        commandLine.addSubcommand(new EvidenceCommand());
        commandLine.addSubcommand(new SaveCommand());
        commandLine.addSubcommand(new DiffCommand());
        commandLine.addSubcommand(new SplitCommand());
        commandLine.addSubcommand(new MergeCommand());
        commandLine.addSubcommand(new RoundsCommand.Show());
        commandLine.addSubcommand(new RoundsCommand.Send());
        commandLine.addSubcommand(new DocumentCommand.Letter());
        commandLine.addSubcommand(new DocumentCommand.Report());
        commandLine.addSubcommand(new DocumentCommand.Plan());

        // Registered after the subcommands so that they share it.
        commandLine.setResourceBundle(ResourceBundle.getBundle(BUNDLE, Messages.VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine;
    }

    /**
     * Runs one command as the program's entry does: output in the console's encoding, the log in a file (never a
     * stack trace on the console), the data folder of {@code --data-dir} noted before the command runs.
     *
     * @return the exit code
     */
    public static int run(String... args) {
        if (ExportCommand.isNamedIn(args)) {
            // Before picocli and the assessment file: loading the spreadsheet library overlaps with both.
            ExcelExporter.warmUpInBackground();
        }
        CommandLine commandLine = commandLine();
        commandLine.setOut(writer(System.out));
        commandLine.setErr(writer(System.err));
        CchcCommand top = commandLine.getCommand();
        commandLine.setExecutionStrategy(parsed -> {
            CliLogging.install(top.dataDir().orElse(null));
            return new CommandLine.RunLast().execute(parsed);
        });
        return commandLine.execute(args);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, stream.charset()), true);
    }
}
