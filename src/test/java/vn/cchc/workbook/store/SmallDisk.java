package vn.cchc.workbook.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small real disk for the full-disk tests: an 8 MB tmpfs mounted in {@code parent} where this machine allows it
 * (root), else a plain folder whose free space is reported as none through the store's own measure. Unmounts and
 * restores the measure on {@link #close()}.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;
    private final boolean mounted;
    private final Path filler;

    private SmallDisk(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
        this.filler = folder.resolve("filler.bin");
    }

    static SmallDisk in(Path parent) throws Exception {
        return mountOn(Files.createDirectories(parent.resolve("disk")));
    }

    /** The small disk mounted on the existing, empty folder {@code disk} (the window tests' data folder). */
    public static SmallDisk mountOn(Path disk) throws Exception {
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()) == 0;
        if (!mounted) {
            System.out.println("tmpfs not mountable here: the full disk is simulated");
        }
        return new SmallDisk(disk, mounted);
    }

    Path folder() {
        return folder;
    }

    /** Fills the disk (really, on tmpfs; else the store's measure reports no free space). */
    public void fill() throws IOException {
        if (!mounted) {
            StoreFailures.measureFreeSpaceWith(any -> 0);
            return;
        }
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(folder).getUsableSpace() > chunk.length) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            // The disk is full.
        }
    }

    /** Makes {@code folder} read-only: the whole disk remounted read-only (tmpfs), else the folder's permissions. */
    void makeReadOnly(Path folder) throws Exception {
        if (mounted) {
            if (run("mount", "-o", "remount,ro", this.folder.toString()) != 0) {
                throw new IllegalStateException("cannot remount " + this.folder + " read-only");
            }
        } else if (!folder.toFile().setWritable(false, false)) {
            throw new IllegalStateException("cannot make " + folder + " read-only");
        }
    }

    public void free() throws IOException {
        StoreFailures.measureFreeSpaceWith(null);
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws Exception {
        StoreFailures.measureFreeSpaceWith(null);
        if (mounted) {
            // Lazily: a window test's store may still hold its files open.
            run("umount", "-l", folder.toString());
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException noSuchCommand) {
            return -1;
        }
    }
}
