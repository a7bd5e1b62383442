package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Windows installer puts the program in its own folder and the data stay apart, so that an uninstall or an
 * upgrade never meets the clerk's workbooks (and jpackage never finds its install folder already full).
 */
class InstallAndDataFoldersTest {

    private static final String LOCAL_APP_DATA = "C:\\Users\\Nguyễn Văn An\\AppData\\Local";

    @Test
    void onWindowsTheDataFolderIsNeitherTheInstallFolderNorInsideIt() throws Exception {
        Matcher found = Pattern.compile("(?m)^\\$installDir = \"([^\"]+)\"")
                .matcher(Files.readString(Path.of("packaging/windows/build.ps1")));
        assertThat(found.find()).as("build.ps1 sets $installDir").isTrue();
        // jpackage's per-user install goes under LocalAppDataFolder.
        String install = LOCAL_APP_DATA + "\\" + found.group(1);

        String data = DataDirectory.osDefault(Map.of("LOCALAPPDATA", LOCAL_APP_DATA)::get, "Windows 11",
                "C:\\Users\\Nguyễn Văn An").toString().replace('/', '\\');

        assertThat(install).isEqualTo(LOCAL_APP_DATA + "\\Programs\\CCHC Workbook");
        assertThat(data).isEqualTo(LOCAL_APP_DATA + "\\CCHC Workbook");
        assertThat(data + "\\").doesNotStartWith(install + "\\");
        assertThat(install + "\\").doesNotStartWith(data + "\\");
    }
}
