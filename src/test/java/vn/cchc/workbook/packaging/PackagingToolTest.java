package vn.cchc.workbook.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared packaging steps of packaging/common/Packaging.java. */
class PackagingToolTest {

    private static final String POM = """
            <project>
              <modelVersion>4.0.0</modelVersion>
              <version>%s</version>
              <dependencies><dependency><version>9.9.9</version></dependency></dependencies>
            </project>
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "0.1.0,          -,               0.1.0",
        "0.1.0,          v0.1.0,          0.1.0",
        "0.1.0,          refs/tags/v0.1.0, 0.1.0",
        "1.2.3-SNAPSHOT, -,               1.2.3",
        "255.255.65535,  v255.255.65535,  255.255.65535",
    })
    void theInstallerVersionComesFromThePom(String pomVersion, String tag, String expected) throws Exception {
        assertThat(version(pomVersion, tag)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "0.1.0,          v0.1.1, does not match the version in pom.xml (0.1.0)",
        "0.1.0,          0.1.0,  does not match",
        "1.2.3-SNAPSHOT, v1.2.3, -SNAPSHOT",
        "1.2,            -,      is not three numbers",
        "1.2.3.4,        -,      is not three numbers",
        "256.0.0,        -,      beyond Windows Installer",
        "1.0.65536,      -,      beyond Windows Installer",
    })
    void aTagThatDiffersASnapshotReleaseOrAVersionWindowsCannotTakeStopsTheBuild(String pomVersion, String tag,
                                                                             String reason) {
        assertThatThrownBy(() -> version(pomVersion, tag)).hasMessageContaining(reason);
    }

    @Test
    void everyVietnameseLetterHasACodePage1258FormThatReadsTheSame() throws Exception {
        List<String> letters = new ArrayList<>();
        for (String base : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String tone : List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) {
                String letter = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
                letters.add(letter);
                letters.add(letter.toUpperCase(java.util.Locale.ROOT));
            }
        }
        letters.add("đ");
        letters.add("Đ");
        assertThat(letters).hasSize(146);

        for (String letter : letters) {
            String form = windows1258Form(letter);
            assertThat(Charset.forName("windows-1258").newEncoder().canEncode(form)).as(letter).isTrue();
            assertThat(Normalizer.normalize(form, Normalizer.Form.NFC)).as(letter).isEqualTo(letter);
        }
        assertThat(windows1258Form("Sổ chấm điểm CCHC")).isEqualTo("Sô\u0309 châ\u0301m điê\u0309m CCHC");
        // The precomposed name itself does not fit: this is what made WiX stop.
        assertThat(Charset.forName("windows-1258").newEncoder().canEncode("Sổ chấm điểm CCHC")).isFalse();
    }

    @Test
    void theWindowsArgumentFilesCarryTheNameInUtf8() throws Exception {
        PackagingTool.call("windowsNames", List.of(Path.class), folder);

        String msi = Files.readString(folder.resolve("msi.args"), StandardCharsets.UTF_8);
        String title = "\"Sô\u0309 châ\u0301m điê\u0309m CCHC\"";
        assertThat(msi.lines()).contains("--name " + title, "--win-menu-group " + title);
        // The description goes into the .msi's summary stream, which cannot hold Vietnamese letters.
        assertThat(msi.lines().filter(l -> l.startsWith("--description"))).singleElement()
                .satisfies(line -> assertThat(line).matches("\\p{ASCII}+"));
        assertThat(Files.readString(folder.resolve("cchc-file.properties"), StandardCharsets.UTF_8))
                .contains("extension=cchc", "description=Sô\u0309 châ\u0301m điê\u0309m CCHC");
    }

    @Test
    void javafxJarsBecomeJmodsWithTheirNativeLibrariesInTheNativeSection() throws Exception {
        Path jars = Files.createDirectory(folder.resolve("jars"));
        Path graphics = platformJar("javafx-graphics");
        Files.copy(graphics, jars.resolve(graphics.getFileName()));
        Files.copy(platformJar("javafx-base"), jars.resolve(platformJar("javafx-base").getFileName()));

        @SuppressWarnings("unchecked")
        List<String> modules = (List<String>) PackagingTool.call("javafxJmods", List.of(Path.class, Path.class),
                jars, folder.resolve("jmods"));

        assertThat(modules).containsExactly("javafx.base", "javafx.graphics");
        try (ZipFile jmod = new ZipFile(folder.resolve("jmods/javafx.graphics.jmod").toFile())) {
            List<String> names = jmod.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("classes/module-info.class", "classes/javafx/scene/Node.class");
            assertThat(names).anyMatch(n -> n.matches("(lib|bin)/(lib)?glass\\.(so|dll|dylib)"));
            assertThat(names).noneMatch(n -> n.matches("classes/[^/]*\\.(so|dll|dylib)"));
        }
    }

    @Test
    void theAppJarLosesJavafxClassesAndNativeLibrariesAndKeepsTheRest() throws Exception {
        Path jars = Files.createDirectory(folder.resolve("jars"));
        Files.copy(platformJar("javafx-base"), jars.resolve("javafx-base-21-x.jar"));
        Path app = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(app))) {
            for (String name : List.of("META-INF/MANIFEST.MF", "javafx/beans/Observable.class",
                    "javafx/beans/", "libglass.so", "glass.dll", "vn/cchc/workbook/Main.class",
                    "vn/cchc/workbook/i18n/messages_vi.properties", "org/h2/Driver.class")) {
                out.putNextEntry(new ZipEntry(name));
                out.closeEntry();
            }
        }

        int removed = (int) PackagingTool.call("stripJavafx", List.of(Path.class, Path.class, Path.class),
                app, jars, folder.resolve("stripped.jar"));

        assertThat(removed).isEqualTo(4);
        try (ZipFile stripped = new ZipFile(folder.resolve("stripped.jar").toFile())) {
            assertThat(stripped.stream().map(ZipEntry::getName)).containsExactly("META-INF/MANIFEST.MF",
                    "vn/cchc/workbook/Main.class", "vn/cchc/workbook/i18n/messages_vi.properties",
                    "org/h2/Driver.class");
        }
    }

    @Test
    void theLaunchersJavaOptionsComeFromTheOneListInLauncherOptions() throws Exception {
        String script = Files.readString(Path.of("scripts/launcher-options.sh"), StandardCharsets.UTF_8);

        List<String> linux = javaOptions(script, "linux", 25);
        List<String> windows = javaOptions(script, "windows", 25);

        assertThat(linux).startsWith("-Xmx512m", "-Dfile.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED,javafx.graphics", "--sun-misc-unsafe-memory-access=allow")
                .contains("-XX:TrimNativeHeapInterval=100", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Xms16m", "-XX:MetaspaceSize=64m", "-Dprism.disableRegionCaching=true")
                .doesNotContain("-Dstdout.encoding=UTF-8");
        assertThat(windows).startsWith(linux.toArray(String[]::new))
                .endsWith("-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8").hasSize(linux.size() + 2);
        assertThat(javaOptions(script, "macos", 25)).isEqualTo(linux);
        assertThat(javaOptions(script, "linux", 21)).doesNotContain("--sun-misc-unsafe-memory-access=allow")
                .hasSize(linux.size() - 1);
    }

    @Test
    void aLauncherOptionsLineThatBashWouldReadDifferentlyStopsTheBuild() {
        String script = """
                # comment
                launcher_java_options=(
                  # a comment line inside
                  -XX:+UseSerialGC
                )
                packaged_java_options=(
                  "-Xmx512m -Xms16m"
                )
                """;

        assertThatThrownBy(() -> javaOptions(script, "linux", 25)).hasMessageContaining("line 7")
                .hasMessageContaining("one option a line");
        assertThatThrownBy(() -> javaOptions("launcher_java_options=(\n  -Xms16m\n)\n", "linux", 25))
                .hasMessageContaining("no array packaged_java_options");
        assertThatThrownBy(() -> javaOptions(script, "solaris", 25)).hasMessageContaining("unknown system solaris");
    }

    @SuppressWarnings("unchecked")
    private static List<String> javaOptions(String script, String system, int feature) throws Exception {
        return (List<String>) PackagingTool.call("javaOptions", List.of(String.class, String.class, int.class),
                script, system, feature);
    }

    private static String version(String pomVersion, String tag) throws Exception {
        return (String) PackagingTool.call("version", List.of(String.class, String.class),
                POM.formatted(pomVersion), tag);
    }

    private static String windows1258Form(String text) throws Exception {
        return (String) PackagingTool.call("windows1258Form", List.of(String.class), text);
    }

    /** The platform jar of a JavaFX artifact on the test class path (javafx-graphics-21.0.9-linux.jar, …). */
    static Path platformJar(String artifact) {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().matches(artifact + "-[0-9.]+-[a-z0-9-]+\\.jar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no platform jar of " + artifact + " on the class path"));
    }
}
