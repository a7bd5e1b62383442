package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * A process killed at any moment while saving leaves either the old or the new file whole: a child JVM saves two
 * alternating versions in a loop and is killed (no shutdown hooks, like a power cut for the process) at random
 * moments; after each kill the file must open and equal one of the two versions.
 */
class CchcSaveUnderKillTest {

    private static final int KILLS = 20;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fileOpensAsOneOfTheSavedVersionsAfterEveryKill() throws Exception {
        Path file = Files.createDirectories(folder.resolve("Cán bộ")).resolve("Sổ chấm điểm 2023.cchc");
        Assessment a = CchcFixtures.rich();
        Assessment b = CchcFixtures.variant(a, CchcSaveLoop.VERSION_B_UNIT);
        CchcFile.write(a, file);
        Random random = new Random();
        List<String> seen = new ArrayList<>();

        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startSaveLoop(file);
            try {
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String first = out.readLine();
                assertThat(first).as("child saved at least once (exit code if not: %s)", exitCode(child))
                        .startsWith("saved");
                Thread.sleep(random.nextInt(120));
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }

            Assessment onDisk = CchcFile.read(file);
            assertThat(onDisk).isIn(a, b);
            seen.add(onDisk.unit().name());
            assertThat(temporaryFiles(file.getParent())).as("at most the killed save's temporary file")
                    .hasSizeLessThanOrEqualTo(1);
        }

        CchcFile.write(a, file);
        assertThat(temporaryFiles(file.getParent())).isEmpty();
        assertThat(seen).hasSize(KILLS);
    }

    private static Process startSaveLoop(Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                CchcSaveLoop.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String exitCode(Process child) {
        return child.isAlive() ? "running" : String.valueOf(child.exitValue());
    }

    private static List<Path> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
