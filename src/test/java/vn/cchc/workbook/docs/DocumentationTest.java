package vn.cchc.workbook.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The documentation names only files that exist, its links and anchors resolve, and the user guide in docs/ is the
 * one the program shows (F1). Runs from the project folder, as Maven runs tests.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String GUIDE_RESOURCE = "/vn/cchc/workbook/help/huong-dan-su-dung.txt";
    private static final Path GUIDE_DOC = ROOT.resolve("docs/huong-dan-su-dung.md");

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern BACKTICKED_PATH = Pattern.compile(
            "`((?:src|scripts|packaging|docs|\\.ci|\\.github|\\.mvn)/[^`\\s]+|[\\w.-]+\\.(?:md|sh))`");
    private static final Pattern MARKDOWN_FILE_NAME = Pattern.compile("(?<![\\w/.-])((?:[\\w.-]+/)*[\\w-]+(?:\\.[\\w-]+)*\\.md)\\b");

    @Test
    void theUserGuideInDocsIsTheOneTheProgramShows() throws IOException {
        String shown;
        try (InputStream in = Objects.requireNonNull(DocumentationTest.class.getResourceAsStream(GUIDE_RESOURCE))) {
            shown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(GUIDE_DOC, StandardCharsets.UTF_8))
                .as("docs/huong-dan-su-dung.md must be a copy of %s: run scripts/publish-guide.sh", GUIDE_RESOURCE)
                .isEqualTo(shown);
    }

    @Test
    void everyRelativeLinkInTheDocumentationResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : markdownFiles()) {
            String text = withoutCodeBlocks(Files.readString(doc, StandardCharsets.UTF_8));
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto: are not files
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyRepositoryPathTheDocumentationNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path doc : markdownFiles()) {
            Matcher path = BACKTICKED_PATH.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (path.find()) {
                String named = path.group(1).replaceAll("[.,:;]+$", "");
                if (named.matches(".*[<>*{}…\\[\\]$%].*")) {
                    continue; // a pattern or placeholder, not a file
                }
                if (!Files.exists(ROOT.resolve(named)) && !Files.exists(doc.getParent().resolve(named))
                        && !isGenerated(named)) {
                    missing.add(ROOT.relativize(doc) + ": " + named);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noFileInTheRepositoryCitesAMarkdownFileThatDoesNotExist() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).filter(DocumentationTest::isCheckedSource).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher name = MARKDOWN_FILE_NAME.matcher(text);
                while (name.find()) {
                    String cited = name.group(1);
                    if (!Files.exists(ROOT.resolve(cited)) && !Files.exists(file.getParent().resolve(cited))
                            && !Files.exists(ROOT.resolve("docs").resolve(cited)) && !isShared(cited)
                            && !isGenerated(cited)) {
                        missing.add(ROOT.relativize(file) + ": " + cited);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean isCheckedSource(Path file) {
        String relative = ROOT.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("target/") || relative.startsWith(".git/") || relative.contains("/target/")) {
            return false;
        }
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".sh") || name.endsWith(".ps1") || name.endsWith(".java")
                || name.endsWith(".yml") || name.equals("run") || name.endsWith(".xml");
    }

    /** Output of a script or build, named in its documentation before it exists. */
    private static boolean isGenerated(String named) {
        return named.startsWith("target/") || named.startsWith("out/");
    }

    /** The team's shared notes beside the repository (the shared folder), present wherever the code is built. */
    private static boolean isShared(String cited) {
        return Files.exists(ROOT.resolveSibling("shared").resolve(cited));
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("FORMATS.md")));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : withoutCodeBlocks(Files.readString(markdown, StandardCharsets.UTF_8)).split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip();
                String slug = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
                anchors.add(slug);
            }
        }
        return anchors;
    }
}
