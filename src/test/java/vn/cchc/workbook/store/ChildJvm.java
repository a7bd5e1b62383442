package vn.cchc.workbook.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link StoreChild} in a separate JVM: the same java binary and the same class path as this test. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Path stderrLog, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), StoreChild.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()))
                .start();
        return new ChildJvm(process);
    }

    /** The next line the child printed, or null when it ended. */
    String readLine() throws IOException {
        return output.readLine();
    }

    /**
     * Reads the child's lines until one says {@code acknowledgement} with a number of at least {@code atLeast};
     * returns that number. Fails when the child ends first or prints anything else.
     */
    int readUntil(String acknowledgement, int atLeast) throws IOException {
        int last = Integer.MIN_VALUE;
        while (last < atLeast) {
            String line = readLine();
            org.assertj.core.api.Assertions.assertThat(line).as("child output; see its log").isNotNull()
                    .startsWith(acknowledgement);
            last = Integer.parseInt(line.substring(acknowledgement.length()));
        }
        return last;
    }

    Process process() {
        return process;
    }

    /** Kills the child at once: no shutdown hooks, no closing of the store. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Asks the child to end as the system does at log-off or shutdown (SIGTERM on Linux and macOS): its shutdown
     * hooks run, while its other threads go on. Waits for it to end.
     */
    void terminate() throws InterruptedException {
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
