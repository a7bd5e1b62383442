package vn.cchc.workbook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The C runtime's rules for splitting a command line (the examples of Microsoft's "Parsing C command-line arguments"). */
class WindowsCommandLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // command line after the program       | words, separated by ¦
        "'\"a b c\" d e'                         | 'a b c¦d¦e'",
        "'\"ab\\\"c\" \"\\\\\" d'                | 'ab\"c¦\\¦d'",
        "'a\\\\\\b d\"e f\"g h'                  | 'a\\\\\\b¦de fg¦h'",
        "'a\\\\\\\"b c d'                        | 'a\\\"b¦c¦d'",
        "'a\\\\\\\\\"b c\" d e'                  | 'a\\\\b c¦d¦e'",
        "'a\"b\"\" c d'                          | 'ab\" c d'",
        "'  spaced\t\ttabs  '                     | 'spaced¦tabs'",
        "'\"C:\\Users\\Nguyễn\\Sổ chấm điểm.cchc\"' | 'C:\\Users\\Nguyễn\\Sổ chấm điểm.cchc'",
    })
    void wordsFollowTheRuntimesRules(String arguments, String expected) {
        List<String> words = WindowsCommandLine.words("prog.exe " + arguments);

        assertThat(words).first().isEqualTo("prog.exe");
        assertThat(words.subList(1, words.size())).containsExactly(expected.split("¦"));
    }

    @Test
    void theProgramWordKeepsBackslashesAndEndsAtItsClosingQuote() {
        assertThat(WindowsCommandLine.words("\"C:\\Program Files\\x\\\"y.exe a"))
                .containsExactly("C:\\Program Files\\x\\", "y.exe", "a");
        assertThat(WindowsCommandLine.words("C:\\x\\y.exe")).containsExactly("C:\\x\\y.exe");
    }

    @Test
    void anEmptyQuotedWordIsAWord() {
        assertThat(WindowsCommandLine.words("p \"\" b")).containsExactly("p", "", "b");
    }

    @Test
    void blankNullAndOverlongLinesGiveNoWords() {
        assertThat(WindowsCommandLine.words(null)).isEmpty();
        assertThat(WindowsCommandLine.words(" \t")).isEmpty();
        assertThat(WindowsCommandLine.words("p " + "a".repeat(WindowsCommandLine.MAX_LENGTH))).isEmpty();
    }
}
