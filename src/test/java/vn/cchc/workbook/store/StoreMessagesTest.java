package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.text.Messages;

/** Every store message key used in the code exists in store_vi.properties, and every text there is used. */
class StoreMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/cchc/workbook/store");

    @Test
    void everyKeyInTheCodeHasAVietnameseText() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        for (String key : used) {
            assertThat(Messages.has(key)).as(key).isTrue();
            assertThat(Messages.get(key)).as(key).isNotBlank().isNotEqualTo(key);
        }
        assertThat(bundleKeys()).isEqualTo(used);
    }

    private static Set<String> usedKeys() throws IOException {
        Pattern key = Pattern.compile("\"(store\\.[A-Za-z.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/vn/cchc/workbook/i18n/store_vi.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
