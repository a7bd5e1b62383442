package vn.cchc.workbook.store;

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

/** Every store-safety message key used anywhere in the code has a Vietnamese text in storesafety_vi.properties. */
class StoreSafetyMessagesTest {

    @Test
    void everyKeyInTheCodeHasAVietnameseText() throws IOException {
        Pattern key = Pattern.compile("\"(storesafety\\.[A-Za-z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        for (String k : used) {
            assertThat(Messages.has(k)).as(k).isTrue();
            assertThat(Messages.get(k)).as(k).isNotBlank().doesNotContain("Exception");
        }
    }
}
