package vn.cchc.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.text.Messages;

class UiTextKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(ui\\.[A-Za-z0-9.\\-]+)\"");

    @Test
    void everyUiKeyUsedInTheSourcesHasAVietnameseText() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/cchc/workbook/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // Keys ending in "." are prefixes completed at run time (ui.period. + id).
                    if (!key.endsWith(".") && !Messages.has(key)) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void prefixedKeysExistForEveryValueTheyAreCompletedWith() {
        for (String period : new String[] {"6-thang-dau-nam", "ca-nam", "khac"}) {
            assertThat(Messages.has("ui.period." + period)).as(period).isTrue();
        }
        for (String level : new String[] {"xa", "huyen", "so-nganh", "tinh"}) {
            assertThat(Messages.has("ui.departments.usual." + level)).as(level).isTrue();
        }
        for (String prefix : new String[] {"ui.lock.", "ui.unlock."}) {
            for (String suffix : new String[] {"title", "message", "confirm"}) {
                assertThat(Messages.has(prefix + suffix)).as(prefix + suffix).isTrue();
            }
        }
    }
}
