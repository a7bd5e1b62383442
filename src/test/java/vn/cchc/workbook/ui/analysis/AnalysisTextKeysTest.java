package vn.cchc.workbook.ui.analysis;

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

class AnalysisTextKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(analysis\\.[A-Za-z0-9.\\-]+)\"");

    @Test
    void everyAnalysisKeyUsedInTheSourcesHasAVietnameseText() throws IOException {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/cchc/workbook/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    found++;
                    if (!Messages.has(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }
}
