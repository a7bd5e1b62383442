package vn.cchc.workbook.platform;

import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * The program's arguments as the user gave them.
 *
 * <p>On Windows the JDK's launchers (java.exe and jpackage's) hand {@code main} its arguments through the ANSI code
 * page (JDK-8124977): a double-clicked "Sổ chấm điểm Tân Lập.cchc" arrives as "S? ch?m ?i?m T?n L?p.cchc" on an
 * English-language PC (best-fit may even turn a letter into its bare base letter), and the file cannot be found.
 * Windows keeps the command line in UTF-16 too; this class reads it ({@code GetCommandLineW}), splits it like the C
 * runtime does, and takes its last words in place of {@code main}'s arguments, but only when each of them is what
 * the ANSI conversion of that word could have given. Anything else (another system, a runtime without the foreign
 * function API, arguments from an argument file) keeps {@code main}'s arguments unchanged.
 */
public final class ProgramArguments {

    private ProgramArguments() {
    }

    /** {@code args}, with the lossless UTF-16 words of the command line in their place on Windows. */
    public static String[] of(String[] args) {
        if (args.length == 0 || !NativeCalls.isWindows()) {
            return args;
        }
        return wideCommandLine().map(line -> reconcile(args, line)).orElse(args);
    }

    /**
     * {@code args} replaced by the last {@code args.length} words of {@code wideCommandLine} when every one of them
     * matches the argument at its place ({@link #couldBecome}); otherwise {@code args}.
     */
    static String[] reconcile(String[] args, String wideCommandLine) {
        List<String> words = WindowsCommandLine.words(wideCommandLine);
        // The first word is the program itself and never one of main's arguments.
        if (words.size() - 1 < args.length) {
            return args;
        }
        List<String> last = words.subList(words.size() - args.length, words.size());
        for (int i = 0; i < args.length; i++) {
            if (!couldBecome(last.get(i), args[i])) {
                return args;
            }
        }
        return last.toArray(String[]::new);
    }

    /**
     * Whether converting {@code wide} to an ANSI code page could give {@code narrow}: both read without their
     * diacritics (the best-fit conversion keeps the base letter, or the letter with fewer marks, or the code page's
     * combining mark) have the same letters, where a {@code ?} in {@code narrow} stands for any one letter.
     */
    static boolean couldBecome(String wide, String narrow) {
        if (wide.equals(narrow)) {
            return true;
        }
        int[] w = bare(wide).codePoints().toArray();
        int[] n = bare(narrow).codePoints().toArray();
        if (w.length != n.length) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] != n[i] && n[i] != '?') {
                return false;
            }
        }
        return true;
    }

    /** The text without combining marks, đ/Đ as d/D. */
    private static String bare(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    private static Optional<String> wideCommandLine() {
        try {
            Optional<MethodHandle> getCommandLine =
                    NativeCalls.function("kernel32", "GetCommandLineW", NativeCalls.addressLayout());
            if (getCommandLine.isEmpty()) {
                return Optional.empty();
            }
            Object pointer = getCommandLine.get().invokeWithArguments();
            return NativeCalls.string(pointer, 2L * (WindowsCommandLine.MAX_LENGTH + 1), StandardCharsets.UTF_16LE);
        } catch (Throwable unavailable) {
            return Optional.empty();
        }
    }
}
