package vn.cchc.workbook;

import vn.cchc.workbook.cli.Cli;

/**
 * The program's entry and composition root. With a command ({@code java -jar cchc-workbook.jar summary …}) it runs
 * the command line without a window and exits with the command's code; without arguments it starts the program
 * for a user (see {@link #runWithoutCommand()}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = args.length == 0 ? runWithoutCommand() : Cli.run(args);
        System.exit(exitCode);
    }

    /**
     * What a plain start does. Until the window exists it prints the summary of the bundled sample assessment;
     * the window replaces this method's body (and only it).
     */
    static int runWithoutCommand() {
        return Cli.run("summary");
    }
}
