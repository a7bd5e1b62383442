package vn.cchc.workbook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;

import org.junit.jupiter.api.Test;

class Utf8ConsoleTest {

    @Test
    void withoutATerminalNothingIsSwitched() {
        PrintStream out = System.out;

        // The build runs the tests with redirected output, and only Windows has a console code page.
        assertThat(Utf8Console.isTerminal(null)).isFalse();
        assertThat(Utf8Console.install()).isFalse();
        assertThat(System.out).isSameAs(out);
    }
}
