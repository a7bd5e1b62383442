package vn.cchc.workbook.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Windows command line into words by the rules of the Microsoft C runtime ("Parsing C command-line
 * arguments"), which the JDK's launchers and {@code CommandLineToArgvW} follow: words are separated by spaces and
 * tabs; double quotes group and are removed; {@code 2n} backslashes before a quote give {@code n} backslashes and
 * the quote groups, {@code 2n+1} give {@code n} backslashes and a literal quote; other backslashes are literal;
 * inside quotes a doubled quote is a literal quote. The first word, the program, is read apart: up to the next
 * quote when it starts with one, else up to the first space or tab, with no escapes.
 */
public final class WindowsCommandLine {

    /** Windows limits a command line to 32,767 characters; anything longer is not a real one. */
    static final int MAX_LENGTH = 32_767;

    private WindowsCommandLine() {
    }

    /** The words of {@code commandLine}, the program's own path first; empty for a blank or over-long line. */
    public static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        if (commandLine == null || commandLine.isBlank() || commandLine.length() > MAX_LENGTH) {
            return words;
        }
        int i = programWord(commandLine, words);
        int length = commandLine.length();
        while (true) {
            while (i < length && isBlank(commandLine.charAt(i))) {
                i++;
            }
            if (i >= length) {
                return words;
            }
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            while (i < length) {
                char c = commandLine.charAt(i);
                if (c == '\\') {
                    int backslashes = 0;
                    while (i < length && commandLine.charAt(i) == '\\') {
                        backslashes++;
                        i++;
                    }
                    if (i < length && commandLine.charAt(i) == '"') {
                        word.append("\\".repeat(backslashes / 2));
                        if (backslashes % 2 == 1) {
                            word.append('"');
                            i++;
                        }
                    } else {
                        word.append("\\".repeat(backslashes));
                    }
                } else if (c == '"') {
                    if (quoted && i + 1 < length && commandLine.charAt(i + 1) == '"') {
                        word.append('"');
                        i += 2;
                    } else {
                        quoted = !quoted;
                        i++;
                    }
                } else if (!quoted && isBlank(c)) {
                    break;
                } else {
                    word.append(c);
                    i++;
                }
            }
            words.add(word.toString());
        }
    }

    /** Reads the program word into {@code words}; returns the index after it. */
    private static int programWord(String commandLine, List<String> words) {
        int length = commandLine.length();
        int i = 0;
        StringBuilder word = new StringBuilder();
        if (commandLine.charAt(0) == '"') {
            i = 1;
            while (i < length && commandLine.charAt(i) != '"') {
                word.append(commandLine.charAt(i++));
            }
            i++;
        } else {
            while (i < length && !isBlank(commandLine.charAt(i))) {
                word.append(commandLine.charAt(i++));
            }
        }
        words.add(word.toString());
        return Math.min(i, length);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
