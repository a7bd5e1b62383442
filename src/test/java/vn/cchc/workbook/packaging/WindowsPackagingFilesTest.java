package vn.cchc.workbook.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * What can be checked of the Windows packaging files without Windows: that both PowerShell versions read the
 * scripts alike, that the MSI strings fit the database's code page, and the launcher settings.
 */
class WindowsPackagingFilesTest {

    /**
     * Windows PowerShell 5.1 reads a script without a byte-order mark in the ANSI code page, PowerShell 7 in UTF-8:
     * only ASCII reads the same in both. The workflow's YAML is held to the same (its scripts run in both too).
     */
    @ParameterizedTest
    @ValueSource(strings = {"packaging/windows/build.ps1", "packaging/windows/smoke-test.ps1",
        ".github/workflows/windows-installer.yml", "packaging/windows/cli-launcher.properties"})
    void scriptsAreAscii(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(file));
        for (int i = 0; i < bytes.length; i++) {
            assertThat(bytes[i] & 0xff).as(file + " byte " + i).isLessThan(0x80);
        }
    }

    @Test
    void theMsiStringsAreInCodePage1258() throws Exception {
        Path wxl = Path.of("packaging/windows/resources/MsiInstallerStrings_en.wxl");
        String text = Files.readString(wxl, StandardCharsets.UTF_8);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(wxl.toFile());

        assertThat(document.getDocumentElement().getAttribute("Codepage")).isEqualTo("1258");
        assertThat(Charset.forName("windows-1258").newEncoder().canEncode(text)).isTrue();
        assertThat(document.getElementsByTagName("String").getLength()).isEqualTo(12);
    }

    @Test
    void theLauncherManifestSetsTheUtf8CodePage() throws Exception {
        Document manifest = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("packaging/windows/launcher.manifest").toFile());

        assertThat(manifest.getElementsByTagName("activeCodePage").item(0).getTextContent()).isEqualTo("UTF-8");
    }

    @Test
    void theConsoleLauncherHasAConsoleAndNoShortcuts() throws Exception {
        Properties launcher = new Properties();
        try (var in = Files.newBufferedReader(Path.of("packaging/windows/cli-launcher.properties"))) {
            launcher.load(in);
        }

        assertThat(launcher).containsEntry("win-console", "true").containsEntry("win-menu", "false")
                .containsEntry("win-shortcut", "false");
    }

    /**
     * The Java options are kept in one place, scripts/launcher-options.sh: build.ps1 and build-lib.sh get them from
     * Packaging.java (PackagingToolTest checks what it makes of the file) and name none themselves, except the
     * start-up cache's, which only the installed launcher has.
     */
    @Test
    void theBuildScriptsTakeTheJavaOptionsFromTheOneList() throws Exception {
        String powershell = Files.readString(Path.of("packaging/windows/build.ps1"));
        String bash = Files.readString(Path.of("packaging/common/build-lib.sh"));

        assertThat(powershell).contains("Packaging.java java-options windows");
        assertThat(bash).contains("packaging/common/Packaging.java java-options \"$options_system\"");
        for (String script : new String[] {powershell, bash}) {
            assertThat(script).doesNotContain("-Xmx", "-Xms", "-XX:TieredStopAtLevel", "-XX:+UseSerialGC",
                    "--enable-native-access", "-Dfile.encoding", "-Dstdout.encoding", "-Dprism.")
                    .contains("-XX:AOTCache=", "-Xlog:aot=off", "-Dcchc.jarTime=", "-Dcchc.aotTraining=true");
        }
    }
}
