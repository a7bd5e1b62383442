package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;
import vn.cchc.workbook.store.DataDirectory;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.store.WorkbookStore;

/**
 * The window's composition root: the data folder, the store (opened once, in the background, so the first frame
 * never waits for H2 and Flyway), the settings, the bundled data and the file formats. Every other class gets what
 * it needs from here.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());

    private final Path dataDirectory;
    private final AppSettings settings;
    private volatile CompletableFuture<WorkbookStore> store;
    private boolean opening;

    private AppServices(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.settings = AppSettings.load(dataDirectory);
        this.store = new CompletableFuture<>();
    }

    /** The services for {@code dataDirectory}; the store opens only on {@link #openStore()}. */
    public static AppServices start(Path dataDirectory) {
        return new AppServices(dataDirectory);
    }

    /**
     * Starts opening the store on a background thread (once; later calls do nothing). The window calls this after its
     * first frame, so that H2 and Flyway do not compete with it for the processor.
     */
    public synchronized void openStore() {
        if (opening) {
            return;
        }
        opening = true;
        Thread opener = new Thread(() -> {
            try {
                store.complete(openH2(dataDirectory));
            } catch (Throwable e) {
                LOG.log(Level.SEVERE, "Store did not open", e);
                store.completeExceptionally(e);
            }
        }, "cchc-store-opener");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * Closes the store (when it is open), runs {@code whileClosed} (a restore), and opens the store again; call off
     * the JavaFX thread. The returned future completes when the store is open again (or failed to).
     */
    public CompletableFuture<WorkbookStore> reopenStore(Runnable whileClosed) {
        synchronized (this) {
            close();
            store = new CompletableFuture<>();
            opening = false;
        }
        try {
            whileClosed.run();
        } finally {
            openStore();
        }
        return store;
    }

    /** The per-user data folder; the system property {@code cchc.dataDir} points tests and benchmarks elsewhere. */
    public static Path defaultDataDirectory() {
        return DataDirectory.resolve(null);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public AppSettings settings() {
        return settings;
    }

    public CompletableFuture<WorkbookStore> storeFuture() {
        return store;
    }

    /** The store, waiting for it to open; call off the JavaFX thread (or once {@link #storeFuture()} is done). */
    public WorkbookStore store() {
        return store.join();
    }

    /** Xã Hiền Thành, 6 tháng đầu năm 2023, read from the bundled JSON (no store needed). */
    public Assessment sampleAssessment() {
        return BundledData.sampleAssessment();
    }

    public List<CriteriaSet> bundledCriteriaSets() {
        return BundledData.sampleCriteriaSets();
    }

    public CriteriaSet readCriteriaSet(Path file) {
        return CriteriaSetJson.read(file);
    }

    /** Opening and saving .cchc files against the store; call off the JavaFX thread. */
    public WorkbookFiles files() {
        return new WorkbookFiles(store());
    }

    /** Returned files against their local copies, and the earlier rounds kept; call off the JavaFX thread. */
    public vn.cchc.workbook.app.ReturnedFiles returnedFiles() {
        return new vn.cchc.workbook.app.ReturnedFiles(store());
    }

    /** Department parts sent and merged back; call off the JavaFX thread. */
    public vn.cchc.workbook.app.DepartmentPartFiles parts() {
        return new vn.cchc.workbook.app.DepartmentPartFiles(store());
    }

    private static WorkbookStore openH2(Path dataDirectory) {
        H2WorkbookStore store = H2WorkbookStore.open(dataDirectory);
        // Viewer copies of evidence from earlier sessions; one a viewer still holds stays until next time.
        new vn.cchc.workbook.app.EvidenceService(store).clearViewerCopies();
        // Evidence files no workbook, history or earlier round cites any more; before anything else uses the store.
        try {
            vn.cchc.workbook.app.EvidenceSweep.sweep(store);
        } catch (RuntimeException notSwept) {
            LOG.log(Level.WARNING, "Unreferenced evidence files not swept", notSwept);
        }
        return store;
    }

    @Override
    public void close() {
        if (store.isDone() && !store.isCompletedExceptionally()) {
            try {
                store.join().close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Store did not close cleanly", e);
            }
        }
    }
}
