package vn.cchc.workbook.platform;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Makes a Windows console show the command line's Vietnamese output. A console starts with the OEM code page
 * (437 or 850 on most PCs, 1258 on none), in which "ổ, ấ, ể" do not exist and print as "?". When the standard
 * output is such a console, its output code page is switched to UTF-8 ({@code SetConsoleOutputCP(65001)}) and
 * {@link System#out} and {@link System#err} write UTF-8; the console's own code page is put back when the program
 * exits, so the window the clerk typed in stays as it was. Redirected output, other systems and runtimes without
 * the foreign function API are left alone.
 */
public final class Utf8Console {

    static final int UTF_8_CODE_PAGE = 65001;

    private Utf8Console() {
    }

    /** Switches the console to UTF-8 when there is one to switch; returns whether it did. */
    public static boolean install() {
        if (!NativeCalls.isWindows() || !isTerminal(System.console())) {
            return false;
        }
        Optional<MethodHandle> get = codePageFunction("GetConsoleOutputCP");
        Optional<MethodHandle> set = codePageFunction("SetConsoleOutputCP");
        if (get.isEmpty() || set.isEmpty()) {
            return false;
        }
        try {
            int previous = (int) get.get().invokeWithArguments();
            if (previous == 0 || previous == UTF_8_CODE_PAGE) {
                return false;
            }
            if ((int) set.get().invokeWithArguments(UTF_8_CODE_PAGE) == 0) {
                return false;
            }
            MethodHandle restore = set.get();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.flush();
                System.err.flush();
                try {
                    restore.invokeWithArguments(previous);
                } catch (Throwable ignored) {
                    // The process is ending; the console keeps UTF-8, which shows every text anyway.
                }
            }, "cchc-console-code-page"));
        } catch (Throwable unavailable) {
            return false;
        }
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        return true;
    }

    private static Optional<MethodHandle> codePageFunction(String name) {
        try {
            return name.startsWith("Get")
                    ? NativeCalls.function("kernel32", name, NativeCalls.intLayout())
                    : NativeCalls.function("kernel32", name, NativeCalls.intLayout(), NativeCalls.intLayout());
        } catch (ReflectiveOperationException unavailable) {
            return Optional.empty();
        }
    }

    /**
     * Whether the standard streams are a terminal. Java 21's {@code System.console()} is null otherwise; Java 22
     * and newer always give one and tell with {@code isTerminal()}.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException notJava22) {
            return true;
        }
    }
}
