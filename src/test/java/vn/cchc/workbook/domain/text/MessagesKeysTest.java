package vn.cchc.workbook.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Guards the Vietnamese texts of every layer: each bundle named in {@link Messages#BUNDLES} that exists is clean UTF-8
 * Vietnamese with unique keys prefixed by its layer, and every message key written in the main sources exists.
 * It reads the bundle list and the source tree, so it keeps checking as layers add bundles and code.
 */
class MessagesKeysTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path I18N_FOLDER = Path.of("src/main/resources/vn/cchc/workbook/i18n");

    /**
     * UTF-8 Vietnamese read as Latin-1/Windows-1252: "Ã¡" (á), "áº"/"á»" (ạ…ỹ), "Ä‘" (đ), "Æ°" (ư), or the replacement
     * character. A plain "Ã" or "Â" is correct Vietnamese ("XÃ", "CHÂN") and is not flagged.
     */
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF]|á[º»]|Ä[\\u0080-\\u00BF‘’]|Æ[°¡]"
            + "|Â[\\u0080-\\u00BF]|\\uFFFD");

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯ\\u1EA0-\\u1EF9]");

    /** Extensions that make a key-shaped literal a file name instead ("ui.css"). */
    private static final Set<String> FILE_EXTENSIONS =
            Set.of("properties", "css", "fxml", "json", "xlsx", "xls", "sql", "db", "cchc", "png", "txt", "log");

    /**
     * Layers that have a bundle, from the bundle base names ("vn.cchc.workbook.i18n.domain" → "domain"); a feature
     * bundle's hyphen is dropped from its key prefix ("export-cli" → "exportcli.").
     */
    private static List<String> layers() {
        return Messages.BUNDLES.stream().map(MessagesKeysTest::layerOf).toList();
    }

    private static String layerOf(String base) {
        return base.substring(base.lastIndexOf('.') + 1).replace("-", "");
    }

    private static String resourceOf(String base) {
        return base.replace('.', '/') + "_vi.properties";
    }

    private record Bundle(String layer, String resource, String text) {
    }

    private static List<Bundle> existingBundles() throws IOException {
        List<Bundle> bundles = new ArrayList<>();
        for (String base : Messages.BUNDLES) {
            try (InputStream in = MessagesKeysTest.class.getClassLoader().getResourceAsStream(resourceOf(base))) {
                if (in != null) {
                    bundles.add(new Bundle(layerOf(base), resourceOf(base),
                            decodeStrictly(in.readAllBytes(), resourceOf(base))));
                }
            }
        }
        return bundles;
    }

    private static String decodeStrictly(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not valid UTF-8", e);
        }
    }

    /** Keys in file order, including repeats, with continuation lines joined. */
    private static List<Map.Entry<String, String>> entries(String text) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException e) {
                throw new AssertionError("Cannot read line: " + logical, e);
            }
            one.forEach((key, value) -> entries.add(Map.entry((String) key, (String) value)));
        }
        return entries;
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Bundle bundle : existingBundles()) {
            entries(bundle.text()).forEach(e -> keys.add(e.getKey()));
        }
        return keys;
    }

    @Test
    void theDomainBundleExists() throws IOException {
        assertThat(existingBundles()).extracting(Bundle::layer).contains("domain");
    }

    @Test
    void everyBundleFileInTheI18nFolderIsListedInMessages() throws IOException {
        List<String> listed = Messages.BUNDLES.stream().map(MessagesKeysTest::resourceOf)
                .map(r -> r.substring(r.lastIndexOf('/') + 1)).toList();
        try (Stream<Path> files = Files.list(I18N_FOLDER)) {
            List<String> present = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties")).toList();
            assertThat(listed).as("bundles in %s missing from Messages.BUNDLES", I18N_FOLDER).containsAll(present);
        }
    }

    @Test
    void bundlesAreCleanVietnamese() throws IOException {
        for (Bundle bundle : existingBundles()) {
            List<String> garbled = new ArrayList<>();
            String[] lines = bundle.text().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (MOJIBAKE.matcher(lines[i]).find()) {
                    garbled.add((i + 1) + ": " + lines[i]);
                }
            }
            assertThat(garbled).as("mis-encoded lines in %s", bundle.resource()).isEmpty();
            if (!entries(bundle.text()).isEmpty()) {
                assertThat(VIETNAMESE_LETTER.matcher(bundle.text()).find())
                        .as("%s has no Vietnamese letters: saved in the wrong encoding?", bundle.resource()).isTrue();
            }
        }
    }

    /**
     * Vietnamese quotes with English-style curly marks, “thus”: not the German „thus“, nor guillemets, nor a closing
     * mark used to open, nor straight quotes (the typewriter's "thus" sat in 14 messages and 102 lines of the guide). Checked in the bundles and in the user guide, which share the wording.
     */
    @Test
    void quotesAreVietnamese() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Bundle bundle : existingBundles()) {
            texts.add(bundle.resource() + "\n" + bundle.text());
        }
        texts.add("guide\n" + Files.readString(Path.of("src/main/resources/vn/cchc/workbook/help/huong-dan-su-dung.txt")));
        for (String text : texts) {
            List<String> wrong = new ArrayList<>();
            String[] lines = text.split("\\R");
            for (int i = 1; i < lines.length; i++) {
                // Straight quotes only in comments, in `code`, and in the command line's examples (shell quoting).
                String prose = lines[i].replaceAll("`[^`]*`", "");
                boolean straight = prose.contains("\"") && !prose.startsWith("#")
                        && !prose.startsWith("cchc-workbook.");
                if (lines[i].contains("„") || lines[i].contains("«") || straight) {
                    wrong.add(i + ": " + lines[i]);
                }
            }
            // Each “ closed by a ” before the next “ (a quotation may run on to the guide's next line).
            boolean open = false;
            int line = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '\n') {
                    line++;
                } else if (c == '“' || c == '”') {
                    if (open == (c == '“')) {
                        wrong.add(line + ": " + lines[line]);
                    }
                    open = c == '“';
                }
            }
            assertThat(wrong).as("quotes in %s", lines[0]).isEmpty();
        }
    }

    @Test
    void keysAreUniqueAndPrefixedWithTheirLayer() throws IOException {
        Map<String, String> owner = new LinkedHashMap<>();
        for (Bundle bundle : existingBundles()) {
            Set<String> seen = new TreeSet<>();
            for (Map.Entry<String, String> entry : entries(bundle.text())) {
                String key = entry.getKey();
                assertThat(seen.add(key)).as("duplicate key %s in %s", key, bundle.resource()).isTrue();
                if (!isPicocliKey(bundle, key)) {
                    assertThat(key).as("key in %s", bundle.resource()).startsWith(bundle.layer() + ".");
                }
                String previous = owner.putIfAbsent(key, bundle.resource());
                assertThat(previous).as("key %s in both %s and %s", key, previous, bundle.resource()).isNull();
                assertThat(entry.getValue()).as("empty text for %s", key).isNotBlank();
            }
        }
    }

    /** picocli reads its own fixed keys (usage headings, standard options, per-command descriptions) from the cli bundle. */
    private static boolean isPicocliKey(Bundle bundle, String key) {
        return bundle.layer().equals("cli")
                && (key.startsWith("usage.") || key.startsWith("mixinStandardHelpOptions.")
                || key.startsWith("cchc-workbook."));
    }

    @Test
    void everyTextIsAValidMessagePattern() throws IOException {
        for (Bundle bundle : existingBundles()) {
            for (Map.Entry<String, String> entry : entries(bundle.text())) {
                // Messages doubles apostrophes before formatting; anything else must parse as a MessageFormat.
                String pattern = entry.getValue().replace("'", "''");
                try {
                    new MessageFormat(pattern, Messages.VIETNAMESE);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError("Bad pattern for " + entry.getKey() + ": " + entry.getValue(), e);
                }
            }
        }
    }

    /**
     * Every string literal in the main sources that looks like a key of a layer with a bundle ("domain.input.empty")
     * must exist; a literal ending in a dot ("domain.rule." + kind) must begin at least one key.
     */
    /** String literals that look like message keys but name system properties. */
    private static final Set<String> SYSTEM_PROPERTIES = Set.of("cchc.dataDir", "cchc.screenshot", "cchc.startupBenchmark",
            "cchc.startupTrace", "cchc.startupBenchmark.exit", "cchc.aotTraining", "cchc.jarTime", "cchc.screen");

    @Test
    void everyKeyUsedInTheSourcesExists() throws IOException {
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", layers()) + ")\\.[A-Za-z][A-Za-z0-9_.-]*)\"");
        Set<String> keys = allKeys();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (FILE_EXTENSIONS.contains(key.substring(key.lastIndexOf('.') + 1))
                            || SYSTEM_PROPERTIES.contains(key)) {
                        continue;
                    }
                    checked++;
                    boolean found = key.endsWith(".")
                            ? keys.stream().anyMatch(k -> k.startsWith(key))
                            : keys.contains(key);
                    if (!found) {
                        missing.add(key + " (" + MAIN_SOURCES.relativize(source) + ")");
                    }
                }
            }
        }
        assertThat(checked).as("message keys found in the sources").isGreaterThan(40);
        assertThat(missing).as("keys used in code but missing from every bundle").isEmpty();
    }

    @Test
    void everyKeyOfAnEnumPrefixExists() throws IOException {
        Set<String> keys = allKeys();
        for (vn.cchc.workbook.domain.criteria.UnitLevel level : vn.cchc.workbook.domain.criteria.UnitLevel.values()) {
            assertThat(keys).contains(level.messageKey());
        }
        for (vn.cchc.workbook.domain.assessment.Remedy.Status status
                : vn.cchc.workbook.domain.assessment.Remedy.Status.values()) {
            assertThat(keys).contains(status.messageKey());
        }
        for (String kind : List.of("manual", "given", "levels", "ratio", "deductions", "sum")) {
            assertThat(keys).contains("domain.rule." + kind);
        }
        for (String kind : List.of("points", "level", "ratio", "violations")) {
            assertThat(keys).contains("domain.inputKind." + kind);
        }
        assertThat(keys).contains("domain.period.6-thang-dau-nam", "domain.period.ca-nam");
    }
}
