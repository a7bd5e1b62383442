package vn.cchc.workbook.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.tools.JavaCompiler;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Vietnamese program name goes to jpackage through the UTF-8 argument file that the Windows build uses
 * (Packaging.java windows-names), never through a command line: jpackage must build an app image whose launcher
 * carries that name, and the launcher must start and get its argument whole (a Vietnamese one where the system
 * hands arguments over in Unicode). Runs jlink and jpackage of the JDK that runs the tests, on any system.
 */
class JpackageNamesTest {

    private static final String TITLE = "Sổ chấm điểm CCHC";

    @TempDir
    Path folder;

    @Test
    void theArgumentFileNamesTheLauncherInVietnamese() throws Exception {
        Path names = folder.resolve("names");
        PackagingTool.call("windowsNames", List.of(Path.class), names);
        Path input = Files.createDirectories(folder.resolve("input"));
        writeEchoJar(input.resolve("echo.jar"));
        Path runtime = folder.resolve("runtime");
        run("jlink", "--add-modules", "java.base", "--strip-debug", "--no-man-pages", "--no-header-files",
                "--output", runtime.toString());

        run("jpackage", "--type", "app-image", "@" + names.resolve("app-image.args"),
                "--app-version", "1.0.0", "--input", input.toString(), "--main-jar", "echo.jar",
                "--main-class", "Echo", "--runtime-image", runtime.toString(),
                "--dest", folder.resolve("image").toString());

        Path image;
        try (Stream<Path> images = Files.list(folder.resolve("image"))) {
            image = images.findFirst().orElseThrow();
        }
        assertThat(nfc(image.getFileName().toString())).isEqualTo(TITLE);
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path launcher;
        try (Stream<Path> files = Files.list(windows ? image : image.resolve("bin"))) {
            launcher = files.filter(f -> nfc(f.getFileName().toString()).startsWith(TITLE)).findFirst().orElseThrow();
        }
        assertThat(nfc(launcher.getFileName().toString())).isEqualTo(windows ? TITLE + ".exe" : TITLE);

        // The bare launcher hands its arguments over through the ANSI code page on Windows (JDK-8124977); there the
        // program's own launchers get a UTF-8 manifest and platform.ProgramArguments (their own tests), so this
        // launcher gets an ASCII argument on Windows and a Vietnamese one elsewhere.
        String argument = windows ? "D:\\Ho so CCHC\\So cham diem.cchc"
                : "D:\\Hồ sơ CCHC\\Sổ chấm điểm Tân Lập.cchc";
        Process process = new ProcessBuilder(launcher.toString(), argument).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output.strip()).isEqualTo("arg=" + argument);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private void writeEchoJar(Path jar) throws Exception {
        Path source = Files.writeString(folder.resolve("Echo.java"), """
                public class Echo {
                    public static void main(String[] args) throws Exception {
                        var out = new java.io.PrintStream(System.out, true, "UTF-8");
                        for (String arg : args) {
                            out.println("arg=" + arg);
                        }
                    }
                }
                """);
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "--release", "21", "-d", folder.toString(), source.toString()))
                .isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new ZipEntry("Echo.class"));
            out.write(Files.readAllBytes(folder.resolve("Echo.class")));
            out.closeEntry();
        }
    }

    private static void run(String tool, String... args) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        int exit = ToolProvider.findFirst(tool).orElseThrow().run(print, print, args);
        assertThat(exit).as(tool + ": " + log.toString(StandardCharsets.UTF_8)).isZero();
    }
}
