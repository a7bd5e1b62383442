package vn.cchc.workbook.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheJarTest {

    private static final long BUILD_TIME = 1_780_000_000L;

    @TempDir
    Path folder;

    @Test
    void aJarWhoseTimeTheInstallerShiftedGetsTheBuildTimeBack() throws Exception {
        Path jar = Files.writeString(folder.resolve("cchc-workbook.jar"), "jar");
        // An .msi installed in UTC+7 of a build made in UTC: seven hours off.
        Files.setLastModifiedTime(jar, FileTime.from(BUILD_TIME + 7 * 3600, TimeUnit.SECONDS));

        assertThat(StartupCacheJar.restoreTime(Long.toString(BUILD_TIME), jar.toString())).isTrue();

        assertThat(Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS)).isEqualTo(BUILD_TIME);
        assertThat(StartupCacheJar.restoreTime(Long.toString(BUILD_TIME), jar.toString())).isFalse();
    }

    @Test
    void withoutTheLauncherPropertyOrWithSeveralJarsNothingIsTouched() throws Exception {
        Path jar = Files.writeString(folder.resolve("cchc-workbook.jar"), "jar");
        FileTime before = Files.getLastModifiedTime(jar);

        assertThat(StartupCacheJar.restoreTime(null, jar.toString())).isFalse();
        assertThat(StartupCacheJar.restoreTime("1780000000", jar + File.pathSeparator + jar)).isFalse();
        assertThat(StartupCacheJar.restoreTime("not a number", jar.toString())).isFalse();
        assertThat(StartupCacheJar.restoreTime("1780000000", folder.resolve("missing.jar").toString())).isFalse();

        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(before);
    }
}
