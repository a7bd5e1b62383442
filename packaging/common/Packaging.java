import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The packaging steps that are the same on every operating system, in Java so that the bash scripts (Linux, macOS)
 * and the PowerShell script (Windows) share them and they can be tested anywhere. Run from the repository root
 * with the build's JDK as a source-file program:
 *
 * <pre>
 *   java packaging/common/Packaging.java version [TAG]
 *       The version for the installers, from pom.xml. With a tag (v1.2.3, as the release workflow gets it): the tag
 *       must be "v" + that version, and a -SNAPSHOT version is refused. Also checks that Windows Installer can
 *       take it (three numbers at most 255.255.65535). Prints the version; exit code 1 with the reason otherwise.
 *   java packaging/common/Packaging.java javafx-jmods JARS_DIR OUT_DIR
 *       JavaFX's platform jars from Maven Central (javafx-graphics-21.0.9-win.jar, …) as jmods, their native
 *       libraries as the jmods' native section, so that jlink puts them into the runtime (bin\ on Windows, lib/ on
 *       Linux) and JavaFX loads them from there instead of unpacking them into the user's profile. Prints the module
 *       names, comma-separated.
 *   java packaging/common/Packaging.java strip-javafx APP_JAR JARS_DIR OUT_JAR
 *       A copy of the shaded jar without the classes and native libraries of the JavaFX jars in JARS_DIR, which the
 *       runtime now has as modules.
 *   java packaging/common/Packaging.java java-options linux|macos|windows
 *       The Java options of the installed launcher for that system, one a line, from the arrays of
 *       scripts/launcher-options.sh (the one place they are kept): the packaged program's, every start's, and on
 *       Windows the console's. The options that only exist from a later JDK are left out for an older build JDK.
 *   java packaging/common/Packaging.java windows-names OUT_DIR
 *       The jpackage argument files (UTF-8, one option a line) that carry the Vietnamese name to jpackage on
 *       Windows without passing it through a command line, and the Windows copy of the .cchc file type.
 * </pre>
 */
public final class Packaging {

    /** The program's name as users see it. */
    static final String TITLE = "Sổ chấm điểm CCHC";
    static final String VENDOR = "CCHC Workbook";
    /**
     * The installer's description. It lands in the .msi's summary information, which Windows Installer keeps in an
     * ANSI code page (never UTF-8), so it is plain ASCII.
     */
    static final String MSI_DESCRIPTION = "So cham diem CCHC: PAR Index scoring for communes, offline";

    private static final Pattern POM_VERSION = Pattern.compile("(?m)^  <version>([^<]+)</version>");
    private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");

    private Packaging() {
    }

    public static void main(String[] args) throws IOException {
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "version" -> System.out.println(version(Files.readString(Path.of("pom.xml")),
                        args.length > 1 ? args[1] : null));
                case "javafx-jmods" -> System.out.println(String.join(",",
                        javafxJmods(Path.of(args[1]), Path.of(args[2]))));
                case "strip-javafx" -> System.out.println(
                        stripJavafx(Path.of(args[1]), Path.of(args[2]), Path.of(args[3])) + " entries removed");
                case "java-options" -> javaOptions(Files.readString(LAUNCHER_OPTIONS, StandardCharsets.UTF_8), args[1],
                        Runtime.version().feature()).forEach(System.out::println);
                case "windows-names" -> windowsNames(Path.of(args[1]));
                default -> throw new Failure("usage: java packaging/common/Packaging.java version [TAG] | "
                        + "javafx-jmods JARS OUT | strip-javafx JAR JARS OUT | java-options linux|macos|windows | "
                        + "windows-names OUT");
            }
        } catch (Failure | ArrayIndexOutOfBoundsException failure) {
            System.err.println("packaging: " + failure.getMessage());
            System.exit(1);
        }
    }

    /** A step that cannot go on, with the reason for the build log. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    // --- version -----------------------------------------------------------------------------------------------

    /**
     * The installers' version: the project version of {@code pom}, checked against {@code tag} when there is one.
     *
     * @throws Failure when the tag and the pom disagree, a tagged release is a snapshot, or Windows Installer could
     *     not take the version
     */
    static String version(String pom, String tag) {
        Matcher found = POM_VERSION.matcher(pom);
        if (!found.find()) {
            throw new Failure("pom.xml has no project <version>");
        }
        String version = found.group(1).strip();
        String release = version.endsWith("-SNAPSHOT") ? version.substring(0, version.length() - 9) : version;
        if (tag != null && !tag.isBlank()) {
            String name = tag.startsWith("refs/tags/") ? tag.substring(10) : tag;
            if (!version.equals(release)) {
                throw new Failure("tag " + name + " on a -SNAPSHOT version (" + version + "): set the release "
                        + "version in pom.xml first");
            }
            if (!name.equals("v" + version)) {
                throw new Failure("tag " + name + " does not match the version in pom.xml (" + version
                        + "): the tag must be v" + version);
            }
        }
        Matcher numbers = RELEASE.matcher(release);
        if (!numbers.matches()) {
            throw new Failure("version " + version + " is not three numbers (1.2.3), which Windows Installer needs");
        }
        if (Integer.parseInt(numbers.group(1)) > 255 || Integer.parseInt(numbers.group(2)) > 255
                || Integer.parseInt(numbers.group(3)) > 65535) {
            throw new Failure("version " + version + " is beyond Windows Installer's 255.255.65535");
        }
        return release;
    }

    // --- JavaFX as jmods ---------------------------------------------------------------------------------------

    static boolean isNativeLibrary(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        return !name.contains("/") && (name.endsWith(".dll") || name.endsWith(".so") || name.endsWith(".dylib"));
    }

    /** Makes one jmod per JavaFX jar in {@code jars}; returns the module names. */
    static List<String> javafxJmods(Path jars, Path out) throws IOException {
        ToolProvider jmod = ToolProvider.findFirst("jmod").orElseThrow(() -> new Failure("this JDK has no jmod"));
        List<Path> inputs;
        try (Stream<Path> files = Files.list(jars)) {
            inputs = files.filter(f -> f.getFileName().toString().matches("javafx-.*-[a-z0-9]+\\.jar"))
                    .sorted().toList();
        }
        if (inputs.isEmpty()) {
            throw new Failure("no JavaFX platform jars (javafx-*-<platform>.jar) in " + jars);
        }
        Files.createDirectories(out);
        List<String> modules = new ArrayList<>();
        for (Path jar : inputs) {
            ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().stream().findFirst()
                    .map(ModuleReference::descriptor)
                    .filter(d -> !d.isAutomatic())
                    .orElseThrow(() -> new Failure(jar + " is not a modular JavaFX jar"));
            Path work = Files.createTempDirectory("cchc-jmod-");
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path libs = Files.createDirectories(work.resolve("libs"));
            boolean hasLibs = false;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    boolean library = isNativeLibrary(entry.getName());
                    hasLibs |= library;
                    Path target = (library ? libs : classes).resolve(entry.getName()).normalize();
                    if (!target.startsWith(work)) {
                        throw new Failure(jar + " has an entry outside its folder: " + entry.getName());
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
            Path jmodFile = out.resolve(descriptor.name() + ".jmod");
            Files.deleteIfExists(jmodFile);
            List<String> command = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            if (hasLibs) {
                command.addAll(List.of("--libs", libs.toString()));
            }
            descriptor.rawVersion().ifPresent(v -> command.addAll(List.of("--module-version", v)));
            command.add(jmodFile.toString());
            int exit = jmod.run(System.out, System.err, command.toArray(String[]::new));
            deleteTree(work);
            if (exit != 0) {
                throw new Failure("jmod create failed for " + jar);
            }
            modules.add(descriptor.name());
        }
        return modules;
    }

    /** Copies {@code appJar} to {@code out} without the packages of the modular jars in {@code jars}, nor native libraries. */
    static int stripJavafx(Path appJar, Path jars, Path out) throws IOException {
        Set<String> packages = new TreeSet<>();
        ModuleFinder.of(jars).findAll().forEach(module -> packages.addAll(module.descriptor().packages()));
        if (packages.isEmpty()) {
            throw new Failure("no modules in " + jars);
        }
        int removed = 0;
        try (ZipFile zip = new ZipFile(appJar.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.lastIndexOf('/');
                String pkg = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
                if (isNativeLibrary(name) || (!entry.isDirectory() && packages.contains(pkg))
                        || (entry.isDirectory() && packages.contains(name.replaceAll("/$", "").replace('/', '.')))) {
                    removed++;
                    continue;
                }
                ZipEntry kept = new ZipEntry(name);
                kept.setTime(entry.getTime());
                copy.putNextEntry(kept);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(copy);
                }
                copy.closeEntry();
            }
        }
        return removed;
    }

    // --- Java options ------------------------------------------------------------------------------------------

    static final Path LAUNCHER_OPTIONS = Path.of("scripts", "launcher-options.sh");
    private static final Pattern ARRAY_START = Pattern.compile("^([a-z_]+)=\\($");

    /**
     * The installed launcher's Java options for {@code system} (linux, macos, windows), read from the bash arrays of
     * {@code script} (scripts/launcher-options.sh): {@code packaged_java_options}, {@code launcher_java_options},
     * then on Windows {@code windows_java_options}. {@code jdkFeature} is the build JDK's (the runtime is made from
     * it): {@code --sun-misc-unsafe-memory-access} exists from JDK 23 on.
     *
     * @throws Failure for an unknown system, or when the script lacks one of the arrays or has a line this reader
     *     would not read as bash does (quotes, variables, several options on a line)
     */
    static List<String> javaOptions(String script, String system, int jdkFeature) {
        if (!List.of("linux", "macos", "windows").contains(system)) {
            throw new Failure("java-options: unknown system " + system + " (linux, macos or windows)");
        }
        java.util.Map<String, List<String>> arrays = new java.util.HashMap<>();
        List<String> current = null;
        int lineNumber = 0;
        for (String raw : script.split("\n", -1)) {
            lineNumber++;
            String line = raw.strip();
            if (current == null) {
                Matcher start = ARRAY_START.matcher(line);
                if (start.matches()) {
                    current = new ArrayList<>();
                    arrays.put(start.group(1), current);
                }
            } else if (line.equals(")")) {
                current = null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (!line.matches("[-+A-Za-z0-9_.=,:/]+")) {
                    throw new Failure(LAUNCHER_OPTIONS + " line " + lineNumber
                            + ": one option a line, without quotes, spaces or variables: " + line);
                }
                current.add(line);
            }
        }
        List<String> options = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("packaged_java_options", "launcher_java_options"));
        if (system.equals("windows")) {
            names.add("windows_java_options");
        }
        for (String name : names) {
            List<String> array = arrays.get(name);
            if (array == null || array.isEmpty()) {
                throw new Failure(LAUNCHER_OPTIONS + " has no array " + name);
            }
            for (String option : array) {
                if (jdkFeature >= 23 || !option.startsWith("--sun-misc-unsafe-memory-access")) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    // --- Windows names -----------------------------------------------------------------------------------------

    /**
     * {@code text} as Windows' Vietnamese code page 1258 writes it: the letters with a circumflex, breve or horn
     * whole (â, ê, ô, ă, ơ, ư, đ), the five tone marks as separate combining characters ("ổ" = "ô" + U+0309).
     * Every Vietnamese letter can be written so, and the .msi database is kept in code page 1258, where the
     * precomposed "ổ, ấ, ể" do not exist (WiX would stop with LGHT0311). Windows shows both forms alike.
     */
    static String windows1258Form(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // U+0302 circumflex, U+0306 breve, U+031B horn belong to the letter; U+0300 grave, U+0301 acute,
            // U+0303 tilde, U+0309 hook above and U+0323 dot below are the tone marks.
            if ((c == '\u0302' || c == '\u0306' || c == '\u031B') && out.length() > 0) {
                String withMark = Normalizer.normalize(out.charAt(out.length() - 1) + String.valueOf(c),
                        Normalizer.Form.NFC);
                if (withMark.length() == 1) {
                    out.setCharAt(out.length() - 1, withMark.charAt(0));
                    continue;
                }
            }
            out.append(c);
        }
        // NFD puts the horn (U+031B, combining class 216) before the tone marks and the circumflex/breve (230)
        // after the dot below (220): a second pass joins a base letter and its quality mark that a tone mark split.
        String joined = out.toString();
        for (String[] pair : new String[][] {{"a\u0323\u0302", "\u00e2\u0323"}, {"e\u0323\u0302", "\u00ea\u0323"},
                {"o\u0323\u0302", "\u00f4\u0323"}, {"a\u0323\u0306", "\u0103\u0323"},
                {"A\u0323\u0302", "\u00c2\u0323"}, {"E\u0323\u0302", "\u00ca\u0323"},
                {"O\u0323\u0302", "\u00d4\u0323"}, {"A\u0323\u0306", "\u0102\u0323"}}) {
            joined = joined.replace(pair[0], pair[1]);
        }
        return joined;
    }

    /** Whether every character of {@code text} exists in code page 1258. */
    static boolean fitsWindows1258(String text) {
        CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
        return encoder.canEncode(text);
    }

    /**
     * Writes the jpackage argument files of the Windows build into {@code out}:
     * {@code app-image.args} (the launcher's name and the version-resource texts) and {@code msi.args} (product
     * name, menu group, description, vendor), plus {@code cchc-file.properties}, the .cchc file type with its
     * description in the 1258 form. jpackage reads argument files as UTF-8; quoted values may hold spaces.
     */
    static void windowsNames(Path out) throws IOException {
        String title = windows1258Form(TITLE);
        if (!fitsWindows1258(title)) {
            throw new Failure("the program name does not fit code page 1258: " + title);
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("app-image.args"), String.join("\n",
                "--name " + quoted(title),
                "--description " + quoted(MSI_DESCRIPTION),
                "--vendor " + quoted(VENDOR),
                "--copyright " + quoted(VENDOR), ""), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("msi.args"), String.join("\n",
                "--name " + quoted(title),
                "--description " + quoted(MSI_DESCRIPTION),
                "--vendor " + quoted(VENDOR),
                "--copyright " + quoted(VENDOR),
                "--win-menu-group " + quoted(title), ""), StandardCharsets.UTF_8);
        String fileType = Files.readString(Path.of("packaging/common/cchc-file.properties"), StandardCharsets.UTF_8)
                .replace("description=" + TITLE, "description=" + title);
        Files.writeString(out.resolve("cchc-file.properties"), fileType, StandardCharsets.UTF_8);
    }

    /** A value for a jpackage argument file: in double quotes, with backslashes and quotes escaped. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
