package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder read-only for the tests in a way that holds even for root (which ignores permission bits): the
 * immutable attribute on Linux where available, the permission bits otherwise. Skips the test when neither works.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean immutable;

    private ReadOnlyFolder(Path folder, boolean immutable) {
        this.folder = folder;
        this.immutable = immutable;
    }

    public static ReadOnlyFolder of(Path folder) throws IOException, InterruptedException {
        boolean immutable = false;
        if ("root".equals(System.getProperty("user.name"))) {
            immutable = run("chattr", "+i", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        ReadOnlyFolder readOnly = new ReadOnlyFolder(folder, immutable);
        Path probe = folder.resolve(".probe");
        try {
            Files.createFile(probe);
            Files.delete(probe);
            readOnly.close();
            Assumptions.abort("This system cannot make a folder read-only for the test user");
        } catch (IOException expected) {
            // The folder is read-only.
        }
        return readOnly;
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            try {
                run("chattr", "-i", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException missing) {
            return false;
        }
    }
}
