package vn.cchc.workbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of the command line in this JVM, as a test sees it: the exit code and what went to standard output and
 * standard error (line ends as "\n" on every system).
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs the program's command line with {@code args}. */
    public static CliRun of(String... args) {
        CommandLine commandLine = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** The same with {@code --data-dir dataDir} before {@code args}. */
    public static CliRun in(java.nio.file.Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }
}
