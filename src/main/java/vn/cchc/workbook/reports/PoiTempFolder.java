package vn.cchc.workbook.reports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Gives POI a temporary folder of this process's own. By default POI writes its streaming files under one shared
 * folder, {@code <tmp>/poifiles}, created by whichever user exported first; on a machine shared by several users
 * everyone else then cannot export at all. This folder is created per process inside the user's temporary folder
 * (with the user's own permissions), emptied by each export as it closes its workbook, and removed when the program
 * ends.
 */
final class PoiTempFolder {

    private static final Logger LOG = Logger.getLogger(PoiTempFolder.class.getName());
    private static Path folder;

    private PoiTempFolder() {
    }

    /** Installs the folder for POI once per process; later calls return the same folder. */
    static synchronized Path install() {
        if (folder != null && Files.isDirectory(folder)) {
            return folder;
        }
        try {
            folder = Files.createTempDirectory("cchc-poi-" + ProcessHandle.current().pid() + "-");
        } catch (IOException refused) {
            LOG.log(Level.WARNING, "No private temporary folder for POI; it keeps its default", refused);
            throw new ReportException(refused, "print.error.tempFolder",
                    System.getProperty("java.io.tmpdir", "?"));
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        Path created = folder;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "cchc-poi-cleanup"));
        return folder;
    }

    /** The folder POI writes to now (for tests). */
    static File current() throws IOException {
        File probe = TempFile.createTempFile("probe", ".tmp");
        File parent = probe.getParentFile();
        Files.deleteIfExists(probe.toPath());
        return parent;
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // Leaving a temporary folder behind is harmless; the system cleans its temporary folder.
        }
    }
}
