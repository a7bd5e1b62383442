package vn.cchc.workbook;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import vn.cchc.workbook.cli.Cli;
import vn.cchc.workbook.platform.ProgramArguments;
import vn.cchc.workbook.platform.StartupCacheJar;
import vn.cchc.workbook.platform.Utf8Console;
import vn.cchc.workbook.store.H2StoreAccess;
import vn.cchc.workbook.ui.app.CchcLauncher;

/**
 * The program's entry and composition root. With a command ({@code java -jar cchc-workbook.jar summary …}) it runs
 * the command line without a window and exits with the command's code; without arguments it starts the program
 * for a user (see {@link #runWithoutCommand(String[])}). On Windows the arguments are first read again from the
 * UTF-16 command line (Vietnamese file names), and a command's console is switched to UTF-8; an installed copy keeps
 * its start-up cache usable ({@link StartupCacheJar}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] givenArgs) {
        StartupCacheJar.restoreTime();
        String[] args = ProgramArguments.of(givenArgs);
        boolean window = args.length == 0 || isWorkbookFile(args);
        if (!window) {
            Utf8Console.install();
        }
        int exitCode = window ? runWithoutCommand(args) : Cli.run(args);
        System.exit(exitCode);
    }

    /** A plain start, or a double-clicked .cchc file: the window (returns when it closes). */
    static int runWithoutCommand(String[] args) {
        CchcLauncher.launch(args, new H2StoreAccess());
        return 0;
    }

    /**
     * A lone .cchc argument that is a file, or that is not even a valid path (a name the system mangled): the window
     * is the only place a double-click can show anything, so it opens rather than the command line's usage text.
     */
    static boolean isWorkbookFile(String[] args) {
        if (args.length != 1 || !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".cchc")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (InvalidPathException mangled) {
            return true;
        }
    }
}
