package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.app.StoreException;

class DataDirectoryTest {

    @TempDir
    Path dir;

    private static UnaryOperator<String> of(Map<String, String> values) {
        return values::get;
    }

    // Absolute paths of the system the tests run on ("/from/property" has no drive on Windows, so it is not
    // absolute there): folders under the test's own temporary folder.
    private String absolute(String relative) {
        return dir.resolve(relative).toString();
    }

    @Test
    void explicitFolderWinsOverPropertyAndEnvironment() {
        Path explicit = dir.resolve("cli");
        Path located = DataDirectory.locate(explicit, of(Map.of(DataDirectory.PROPERTY, absolute("from/property"))),
                of(Map.of(DataDirectory.ENVIRONMENT, absolute("from/env"))), "Linux", absolute("home/canbo"));
        assertThat(located).isEqualTo(explicit.toAbsolutePath());
    }

    @Test
    void propertyWinsOverEnvironment() {
        Path located = DataDirectory.locate(null, of(Map.of(DataDirectory.PROPERTY, absolute("from/property"))),
                of(Map.of(DataDirectory.ENVIRONMENT, absolute("from/env"))), "Linux", absolute("home/canbo"));
        assertThat(located).isEqualTo(Path.of(absolute("from/property")));
    }

    @Test
    void environmentWinsOverTheOsFolderAndBlankValuesAreIgnored() {
        Path located = DataDirectory.locate(null, of(Map.of(DataDirectory.PROPERTY, "  ")),
                of(Map.of(DataDirectory.ENVIRONMENT, absolute("from/env"))), "Linux", absolute("home/canbo"));
        assertThat(located).isEqualTo(Path.of(absolute("from/env")));
    }

    /** XDG_DATA_HOME and the expected folder: "~/" is the home folder, "/" an absolute folder of this system. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Linux    | ''                   | ~/.local/share/cchc-workbook",
            "Linux    | /data/xdg            | /data/xdg/cchc-workbook",
            "Linux    | relative/xdg         | ~/.local/share/cchc-workbook",
            "Mac OS X | ''                   | '~/Library/Application Support/CCHC Workbook'",
    })
    void osFolderOnUnixAndMac(String os, String xdg, String expected) {
        Path located = DataDirectory.locate(null, of(Map.of()), of(Map.of("XDG_DATA_HOME", place(xdg))), os,
                absolute("home/canbo"));
        assertThat(located).isEqualTo(Path.of(place(expected)));
    }

    private String place(String spec) {
        if (spec.startsWith("~/")) {
            return absolute("home/canbo/" + spec.substring(2));
        }
        return spec.startsWith("/") ? absolute(spec.substring(1)) : spec;
    }

    @Test
    void osFolderOnWindowsIsUnderLocalAppData() {
        Path located = DataDirectory.osDefault(of(Map.of("LOCALAPPDATA", "C:/Users/Cán bộ/AppData/Local")),
                "Windows 11", "C:/Users/Cán bộ");
        assertThat(located).isEqualTo(Path.of("C:/Users/Cán bộ/AppData/Local", "CCHC Workbook"));
        Path fallback = DataDirectory.osDefault(of(Map.of()), "Windows 10", "C:/Users/Cán bộ");
        assertThat(fallback).isEqualTo(Path.of("C:/Users/Cán bộ", "AppData", "Local", "CCHC Workbook"));
    }

    @Test
    void resolveCreatesTheFolder() {
        Path wanted = dir.resolve("Dữ liệu").resolve("Sổ chấm điểm");
        assertThat(DataDirectory.resolve(wanted)).isEqualTo(wanted.toAbsolutePath());
        assertThat(wanted).isDirectory();
    }

    @Test
    void aFileInTheWayIsReportedClearly() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataDirectory.resolve(file.resolve("store")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Không tạo được thư mục dữ liệu “" + file.resolve("store") + "”");
        assertThatThrownBy(() -> DataDirectory.ensureExists(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("không phải là một thư mục");
    }
}
