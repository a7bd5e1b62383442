package vn.cchc.workbook;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.cchc.workbook.cli.Cli;
import vn.cchc.workbook.ui.app.CchcLauncher;

/**
 * The program's entry and composition root. With a command ({@code java -jar cchc-workbook.jar summary …}) it runs
 * the command line without a window and exits with the command's code; without arguments it starts the program
 * for a user (see {@link #runWithoutCommand(String[])}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = args.length == 0 || isWorkbookFile(args) ? runWithoutCommand(args) : Cli.run(args);
        System.exit(exitCode);
    }

    /** A plain start, or a double-clicked .cchc file: the window (returns when it closes). */
    static int runWithoutCommand(String[] args) {
        CchcLauncher.main(args);
        return 0;
    }

    private static boolean isWorkbookFile(String[] args) {
        return args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".cchc")
                && Files.isRegularFile(Path.of(args[0]));
    }
}
