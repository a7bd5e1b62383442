package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.app.EvidenceService;
import vn.cchc.workbook.app.StoreAccess;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CriteriaSetJson;

/**
 * The window's composition root: the data folder, the store (opened once, in the background, so the first frame
 * never waits for H2 and Flyway), the settings, the bundled data and the file formats. Every other class gets what
 * it needs from here.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppServices.class.getName());

    private final Path dataDirectory;
    private final StoreAccess storeAccess;
    private final AppSettings settings;
    private volatile CompletableFuture<WorkbookStore> store;
    private static final long CLOSE_WAIT_SECONDS = 120;

    private volatile boolean opening;

    private AppServices(Path dataDirectory, StoreAccess storeAccess) {
        this.dataDirectory = dataDirectory;
        this.storeAccess = storeAccess;
        this.settings = AppSettings.load(dataDirectory);
        this.store = new CompletableFuture<>();
    }

    /**
     * The services for {@code dataDirectory}, whose store is reached through {@code storeAccess} (given by the
     * composition root); the store opens only on {@link #openStore()}.
     */
    public static AppServices start(Path dataDirectory, StoreAccess storeAccess) {
        return new AppServices(dataDirectory, Objects.requireNonNull(storeAccess, "storeAccess"));
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
                store.complete(openStore(storeAccess, dataDirectory));
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

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The store's opening and recovery (the "Khôi phục" dialog runs it with the store closed). */
    public StoreAccess storeAccess() {
        return storeAccess;
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

    private static WorkbookStore openStore(StoreAccess access, Path dataDirectory) {
        WorkbookStore store = access.open(dataDirectory);
        // Viewer copies of evidence from earlier sessions; one a viewer still holds stays until next time.
        new EvidenceService(store).clearViewerCopies();
        // Evidence files no workbook, history or earlier round cites any more; before anything else uses the store.
        try {
            vn.cchc.workbook.app.EvidenceSweep.sweep(store);
        } catch (RuntimeException notSwept) {
            LOG.log(Level.WARNING, "Unreferenced evidence files not swept", notSwept);
        }
        return store;
    }

    /**
     * Closes the store. An open still under way (the window closed while an upgrade runs) is let finish first, for at
     * most {@value #CLOSE_WAIT_SECONDS} s, so that the store it opens is closed and its file lock released, not left
     * to the process's end.
     */
    @Override
    public void close() {
        CompletableFuture<WorkbookStore> current = store;
        if (!opening && !current.isDone()) {
            return;
        }
        WorkbookStore open;
        try {
            open = current.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException notOpened) {
            return;
        } catch (TimeoutException stillOpening) {
            LOG.warning("Store still opening at close; left to the process's end");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            open.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Store did not close cleanly", e);
        }
    }
}
