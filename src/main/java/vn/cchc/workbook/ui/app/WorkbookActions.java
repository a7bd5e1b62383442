package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.AssessmentExistsException;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.EditWriter;
import vn.cchc.workbook.app.OnConflict;
import vn.cchc.workbook.app.StoreExport;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.DialogService.ImportChoice;
import vn.cchc.workbook.ui.common.DialogService.SaveChoice;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.criteria.CriteriaLibraryWindow;
import vn.cchc.workbook.ui.help.WelcomeDialog;
import vn.cchc.workbook.ui.newworkbook.NewWorkbookDialog;
import vn.cchc.workbook.ui.newworkbook.NewWorkbookViewModel;
import vn.cchc.workbook.ui.reports.ExportDialog;
import vn.cchc.workbook.ui.recovery.RecoveryDialog;
import vn.cchc.workbook.ui.recovery.RecoveryViewModel;
import vn.cchc.workbook.ui.reports.ExportViewModel;
import vn.cchc.workbook.ui.start.RecentWorkbook;
import vn.cchc.workbook.ui.start.StartViewModel;

/**
 * The life of a workbook in the window: start-up, open, create, save, close. Store and file work runs through
 * {@link Tasks}; questions go through {@link DialogService}. Every callback runs on the JavaFX thread. Editing the open
 * workbook is {@link EditActions}; exporting it is {@link ExportActions}; help is {@link HelpActions}.
 */
public final class WorkbookActions {

    private static final Logger LOG = Logger.getLogger(WorkbookActions.class.getName());

    private final AppServices services;
    private final MainWindowModel model;
    private final StartViewModel start;
    private final DialogService dialogs;
    private final Window owner;
    private boolean welcomeDue;
    private ExchangeActions exchange;
    /** The text of the last "Đã lưu" notice (what was saved, with or without evidence). */
    private String lastSaveNotice = "";

    /** A read of the start screen's list is running; another was asked for meanwhile (see {@link #refreshRecent}). */
    private boolean refreshing;
    private boolean refreshAgain;

    /** A close or an open waits for the session's writer (see {@link #afterWritesThen}). */
    private boolean waitingForWrites;

    public WorkbookActions(AppServices services, MainWindowModel model, StartViewModel start, DialogService dialogs,
                           Window owner) {
        this.services = services;
        this.model = model;
        this.start = start;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** The exchange actions, which show a returned file before it is taken. */
    void setExchange(ExchangeActions exchange) {
        this.exchange = exchange;
    }

    // ---- start-up -------------------------------------------------------------------------------------------

    /**
     * Shows something at once and does the slow work after: on a first run (or a benchmark) the bundled sample,
     * read-only until the store is open; then the file from the command line, or the offer to continue.
     */
    public void startUp(Optional<Path> file, boolean showSampleFirst) {
        boolean firstRun = services.settings().isFirstRun();
        boolean preview = file.isEmpty() && (showSampleFirst || firstRun);
        // A benchmark or screenshot start (showSampleFirst) must not stop at a question.
        welcomeDue = firstRun && file.isEmpty() && !showSampleFirst && !services.settings().welcomeShown();
        if (preview) {
            Assessment sample = services.sampleAssessment().withLocked(true);
            model.open(new EditSession(new PreviewStore(sample), sample), true);
        }
        model.begin(Messages.get("ui.busy.openingStore"));
        services.storeFuture().whenComplete((store, error) -> Platform.runLater(() -> {
            model.end();
            storeOpened(error, file, preview);
        }));
    }

    private void storeOpened(Throwable error, Optional<Path> file, boolean preview) {
        if (error != null) {
            if (model.isPreview()) {
                // The sample shown while the store was opening would otherwise say it is still opening.
                model.close();
            }
            start.show(List.of());
            Throwable cause = error instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : error;
            if (cause instanceof StoreDamagedException damaged) {
                if (dialogs.confirm(Messages.get("storesafety.ui.title"), damaged.getMessage(),
                        Messages.get("storesafety.ui.openRecovery"))) {
                    recovery(damaged.getMessage());
                }
                return;
            }
            dialogs.showError(cause);
            return;
        }
        model.setStoreReady(true);
        if (services.store().isReadOnly()) {
            dialogs.showError(services.store().readOnlyReason()
                    .orElse(Messages.get("ui.store.readOnly", services.store().databaseFile())));
        }
        refreshRecent();
        if (file.isPresent()) {
            openFile(file.get());
        } else if (preview && welcomeDue) {
            welcomeIfStoreEmpty();
        } else if (preview) {
            importSample();
        } else {
            offerToContinue();
        }
    }

    /** The first start in a new, empty store: the welcome, once; otherwise the sample as before. */
    private void welcomeIfStoreEmpty() {
        Tasks.create(() -> services.store().listAssessments().isEmpty()).onSuccess(empty -> {
            if (!empty) {
                importSample();
                return;
            }
            services.settings().setWelcomeShown();
            switch (new WelcomeDialog(owner).showAndWait()) {
                case OPEN_SAMPLE -> importSample();
                case NEW_WORKBOOK -> {
                    model.close();
                    refreshRecent();
                    newWorkbook();
                }
                case CLOSE -> {
                    model.close();
                    refreshRecent();
                }
            }
        }).onError(dialogs::showError).start();
    }

    /**
     * "Tiếp tục công việc": the last workbook, when it has changes not saved to its file. The question names it from
     * the store's list, so the workbook is read once, when the user opens it.
     */
    private void offerToContinue() {
        Optional<String> last = services.settings().lastAssessment();
        if (last.isEmpty()) {
            return;
        }
        Tasks.create(() -> {
            WorkbookStore store = services.store();
            return store.listAssessments().stream().filter(s -> s.id().equals(last.get())).findFirst()
                    .filter(s -> store.hasUnsavedChanges(s.id()));
        }).onSuccess(found -> found.ifPresent(summary -> {
            if (dialogs.confirm(Messages.get("ui.continue.title"),
                    Messages.get("ui.continue.message", summary.unitName(), summary.period().label(),
                            summary.year()), Messages.get("ui.continue.yes"))) {
                closeCurrentThen(() -> openStored(summary.id()));
            }
        })).onError(this::logOnly).start();
    }

    // ---- opening ---------------------------------------------------------------------------------------------

    /**
     * Reads the start screen's list again in the background (only the workbooks changed since the last read are read,
     * see {@link StartViewModel#read}). One read at a time: a refresh asked for meanwhile runs once after it, so the
     * list never goes back to an older read that finished late.
     */
    public void refreshRecent() {
        CompletableFuture<WorkbookStore> store = services.storeFuture();
        if (!store.isDone() || store.isCompletedExceptionally()) {
            // Not open yet, or it did not open (its failure was shown once, with the way to recovery).
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        Tasks.create(() -> start.read(services.store()))
                .onSuccess(start::show)
                .onError(error -> {
                    start.show(List.of());
                    dialogs.showError(error);
                })
                .andFinally(() -> {
                    refreshing = false;
                    if (refreshAgain) {
                        refreshAgain = false;
                        refreshRecent();
                    }
                }).start();
    }

    /** Whether a read of the start screen's list is running or due (for the window tests to wait on). */
    boolean isRefreshingRecent() {
        return refreshing || refreshAgain;
    }

    public void openRecent(RecentWorkbook recent) {
        if (recent.isDamaged()) {
            dialogs.showError(Messages.get("limits.stored.damaged", recent.unit(), recent.damage()));
            return;
        }
        if (model.session() != null && !model.isPreview()
                && model.session().assessment().id().equals(recent.id())) {
            return;
        }
        closeCurrentThen(() -> openStored(recent.id()));
    }

    private void openStored(String assessmentId) {
        Tasks.create(() -> {
            WorkbookStore store = services.store();
            Assessment assessment = store.loadAssessment(assessmentId)
                    .orElseThrow(() -> new UserFacingException("ui.open.missing"));
            return limited(new EditSession(store, assessment));
        }).busy(model, Messages.get("ui.busy.opening")).onSuccess(this::show).onError(dialogs::showError).start();
    }

    /** "Xuất JSON…" of a damaged workbook: its data as stored, to keep or send on before deleting it. */
    public void exportDamaged(RecentWorkbook recent) {
        Path folder = services.settings().lastDirectory().orElse(null);
        dialogs.chooseFileToSave(Messages.get("limits.stored.exportTitle"), DialogService.FileKind.CRITERIA_JSON, folder,
                WorkbookFiles.clean(recent.unit() + " " + recent.period()) + ".json").ifPresent(target ->
                Tasks.create(() -> {
                    services.files().exportJson(recent.id(), target);
                    return target;
                }).busy(model, Messages.get("ui.busy.saving", target.getFileName()))
                        .onSuccess(written -> dialogs.showInfo(Messages.get("limits.stored.exportTitle"),
                                Messages.get("limits.stored.exported", recent.unit(), written.toAbsolutePath())))
                        .onError(dialogs::showError).start());
    }

    /** "Xóa" of a damaged workbook, after asking. */
    public void deleteDamaged(RecentWorkbook recent) {
        if (!dialogs.confirm(Messages.get("limits.stored.deleteTitle"), Messages.get("limits.stored.deleteConfirm",
                recent.unit()), Messages.get("limits.stored.delete"))) {
            return;
        }
        Tasks.create(() -> {
            services.store().deleteAssessment(recent.id());
            return recent.id();
        }).onSuccess(id -> refreshRecent()).onError(dialogs::showError).start();
    }

    /** "Mở sổ mẫu": a new copy of the bundled sample, so the original stays as it was shipped. */
    public void openSample() {
        closeCurrentThen(this::importSample);
    }

    private void importSample() {
        Tasks.create(() -> {
            Assessment copy = services.sampleAssessment().withId(UUID.randomUUID().toString());
            WorkbookStore store = services.store();
            store.createAssessment(copy);
            return new EditSession(store, copy);
        }).busy(model, Messages.get("ui.busy.opening")).onSuccess(this::show).onError(dialogs::showError).start();
    }

    public void openFile() {
        dialogs.chooseFileToOpen(Messages.get("ui.open.title"), DialogService.FileKind.WORKBOOK,
                services.settings().lastDirectory().orElse(null)).ifPresent(this::openFile);
    }

    /** Imports a .cchc into the store (asking when its workbook is already there) and opens it. */
    public void openFile(Path file) {
        // A file that is no workbook is refused first: the clerk is not asked to save the open one for nothing.
        Tasks.create(() -> {
            services.files().checkIsWorkbook(file);
            return file;
        }).onSuccess(checked -> closeCurrentThen(() -> importFile(checked, OnConflict.ASK)))
                .onError(dialogs::showError).start();
    }

    /** A session opened from a file, with what the file changed in the copy that was here (a returned round). */
    private record Imported(EditSession session, List<AssessmentChanges.Change> changes) {
    }

    private void importFile(Path file, OnConflict choice) {
        Tasks.create(() -> {
            WorkbookStore store = services.store();
            Assessment here = choice == OnConflict.REPLACE ? services.files().peekLocalCopy(file).orElse(null) : null;
            String id = services.files().open(file, choice);
            Assessment opened = store.loadAssessment(id).orElseThrow();
            List<AssessmentChanges.Change> changes = here == null ? List.of()
                    : AssessmentChanges.between(here, opened);
            return new Imported(limited(new EditSession(store, opened)), changes);
        }).busy(model, Messages.get("ui.busy.reading", file.getFileName())).onSuccess(imported -> {
            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
            show(imported.session());
            if (choice == OnConflict.REPLACE) {
                Notices.done(owner, Messages.get("exchange.returned.acceptedTitle"),
                        Messages.get("exchange.returned.accepted", file.getFileName(), imported.changes().size()));
            }
        }).onError(error -> {
            if (error instanceof AssessmentExistsException) {
                // A returned round: what the other side changed, before anything is taken.
                exchange.askAboutReturnedFile(file, answer -> {
                    switch (answer) {
                        case ACCEPT -> importFile(file, OnConflict.REPLACE);
                        case KEEP_BOTH -> importFile(file, OnConflict.KEEP_BOTH);
                        case CANCEL -> { }
                    }
                });
            } else {
                dialogs.showError(error);
            }
        }).start();
    }

    /** A department's part opened by itself may be edited only in its criteria; call off the JavaFX thread. */
    private EditSession limited(EditSession session) {
        services.parts().limitOf(session.assessment().id()).ifPresent(session::limitTo);
        return session;
    }

    private static final int SHOWN_CHANGES = 30;

    private void show(EditSession session) {
        model.open(session, false);
        services.settings().setLastAssessment(session.assessment().id());
        refreshRecent();
    }

    // ---- creating --------------------------------------------------------------------------------------------

    public void newWorkbook() {
        newWorkbook(null);
    }

    /** "Tạo sổ chấm điểm mới" with {@code preselected} (when not null) chosen as the criteria set. */
    public void newWorkbook(CriteriaSet preselected) {
        if (!requireStore()) {
            return;
        }
        Tasks.create(() -> {
            Map<String, CriteriaSet> sets = new LinkedHashMap<>();
            services.bundledCriteriaSets().forEach(s -> sets.put(s.id(), s));
            services.store().listCriteriaSets().forEach(s -> sets.putIfAbsent(s.id(), s));
            return new ArrayList<>(sets.values());
        }).onSuccess(sets -> showNewWorkbookDialog(sets, preselected)).onError(dialogs::showError).start();
    }

    private void showNewWorkbookDialog(List<CriteriaSet> sets, CriteriaSet preselected) {
        NewWorkbookViewModel form = new NewWorkbookViewModel(sets);
        if (preselected != null) {
            form.preselect(preselected);
        }
        NewWorkbookDialog dialog = new NewWorkbookDialog(owner, form, dialogs, (file, loaded) ->
                Tasks.create(() -> services.readCriteriaSet(file))
                        .busy(model, Messages.get("ui.busy.reading", file.getFileName()))
                        .onSuccess(loaded).onError(dialogs::showError).start());
        dialog.showAndWait().ifPresent(assessment -> closeCurrentThen(() -> create(assessment)));
    }

    private void create(Assessment assessment) {
        Tasks.create(() -> {
            WorkbookStore store = services.store();
            store.createAssessment(assessment);
            try {
                if (store.loadCriteriaSet(assessment.criteria().id()).isEmpty()) {
                    store.saveCriteriaSet(assessment.criteria());
                }
            } catch (UserFacingException e) {
                LOG.log(Level.INFO, "Criteria set not kept in the store", e);
            }
            return new EditSession(store, assessment);
        }).busy(model, Messages.get("ui.busy.creating")).onSuccess(this::show).onError(dialogs::showError).start();
    }

    // ---- criteria sets ---------------------------------------------------------------------------------------

    /** "Bộ tiêu chí…": the library of criteria sets; "Tạo sổ chấm điểm từ bộ này" comes back to the new-workbook form. */
    public void openCriteriaLibrary() {
        if (requireStore()) {
            CriteriaLibraryWindow.show(owner, services.store(), this::newWorkbook);
        }
    }

    // ---- saving and closing ----------------------------------------------------------------------------------

    public void save() {
        save(() -> { });
    }

    private void save(Runnable after) {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        Path file = model.fileProperty().get();
        if (file == null) {
            saveAs(after);
        } else {
            saveTo(file, after);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable after) {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        Path current = model.fileProperty().get();
        Path folder = current != null ? current.toAbsolutePath().getParent()
                : services.settings().lastDirectory().orElse(null);
        dialogs.chooseFileToSave(Messages.get("ui.save.title"), DialogService.FileKind.WORKBOOK, folder,
                suggestedFileName(session.assessment())).ifPresent(file -> saveAsKind(file, after));
    }

    /**
     * "Lưu thành…" of a workbook citing evidence files: asks whether they go along (the last choice first), never
     * dropping them silently; one whose files are not all here is saved data-only and the notice says so.
     */
    private void saveAsKind(Path file, Runnable after) {
        String id = model.session().assessment().id();
        Tasks.create(() -> services.files().hasAllEvidence(id) ? services.files().estimate(id, true) : null)
                .onSuccess(estimate -> {
                    if (estimate == null || estimate.files() == 0) {
                        saveTo(file, false, 0, after);
                        return;
                    }
                    boolean last = services.settings().saveAsWithEvidence();
                    dialogs.askSaveWithEvidence(Messages.get("exchange.saveAs.message", estimate.files(),
                            megabytes(estimate.totalBytes()), megabytes(CchcEvidence.MAIL_LIMIT_BYTES)), last)
                            .ifPresent(withEvidence -> {
                                services.settings().setSaveAsWithEvidence(withEvidence);
                                saveTo(file, withEvidence, 0, after);
                            });
                }).onError(dialogs::showError).start();
    }

    /**
     * "Lưu kèm minh chứng…": shows the size first, offers numbered parts above the mail limit, then asks where.
     * Refused (with the reason) when a cited file is not on this computer.
     */
    public void saveWithEvidence() {
        EditSession session = model.session();
        if (session == null || model.isPreview()) {
            return;
        }
        String id = session.assessment().id();
        Tasks.create(() -> services.files().hasAllEvidence(id) ? services.files().estimate(id, true) : null)
                .onSuccess(estimate -> {
                    if (estimate == null) {
                        dialogs.showError(Messages.get("evidence.ui.save.notAllHere"));
                        return;
                    }
                    int parts = CchcEvidence.partsNeeded(session.assessment(), CchcEvidence.PART_TARGET_BYTES);
                    String message = Messages.get(estimate.aboveMailLimit() ? "evidence.ui.save.aboveLimit"
                                    : "evidence.ui.save.size", estimate.files(), megabytes(estimate.totalBytes()),
                            megabytes(CchcEvidence.MAIL_LIMIT_BYTES), parts);
                    DialogService.EvidenceSaveChoice choice = dialogs.askEvidenceSave(message,
                            estimate.aboveMailLimit() ? parts : 1);
                    if (choice == DialogService.EvidenceSaveChoice.CANCEL) {
                        return;
                    }
                    long partLimit = choice == DialogService.EvidenceSaveChoice.PARTS
                            ? CchcEvidence.PART_TARGET_BYTES : 0;
                    Path current = model.fileProperty().get();
                    Path folder = current != null ? current.toAbsolutePath().getParent()
                            : services.settings().lastDirectory().orElse(null);
                    dialogs.chooseFileToSave(Messages.get("evidence.ui.save.chooserTitle"),
                            DialogService.FileKind.WORKBOOK, folder, suggestedFileName(session.assessment()))
                            .ifPresent(file -> saveTo(file, true, partLimit, () -> { }));
                }).onError(dialogs::showError).start();
    }

    /** "12,3 MB". */
    static String megabytes(long bytes) {
        return vn.cchc.workbook.domain.text.Points.format(java.math.BigDecimal.valueOf(bytes)
                .divide(java.math.BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP)) + " MB";
    }

    /**
     * Saves to {@code file} in the file's own kind: a file that carried evidence is saved with evidence again (in
     * one file), so that "Lưu" never drops the files a workbook was sent with.
     */
    private void saveTo(Path file, Runnable after) {
        saveTo(file, null, 0, after);
    }

    private void saveTo(Path file, Boolean withEvidence, long partLimit, Runnable after) {
        EditSession session = model.session();
        String id = session.assessment().id();
        Tasks.create(() -> {
            // The file is written from the store: every edit must be there first.
            session.requireWritten();
            boolean evidence = withEvidence != null ? withEvidence : carriesEvidence(file)
                    && services.files().hasAllEvidence(id);
            int cited = vn.cchc.workbook.domain.assessment.EvidenceInventory.of(session.assessment()).files().size();
            if (evidence) {
                services.files().saveWithEvidence(id, file, partLimit);
            } else {
                services.files().save(id, file);
            }
            // What was saved, said in the notice: the evidence files are never left out without a word.
            return cited == 0 ? "" : Messages.get(evidence ? "exchange.saved.withEvidence" : "exchange.saved.dataOnly",
                    cited);
        }).busy(model, Messages.get("ui.busy.saving", file.getFileName())).onSuccess(what -> {
            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
            model.refreshFileState();
            refreshRecent();
            lastSaveNotice = Messages.get("ui.notice.saved", file.getFileName(), file.toAbsolutePath().getParent())
                    + (what.isEmpty() ? "" : " " + what);
            Notices.done(owner, Messages.get("ui.notice.saved.title"), lastSaveNotice);
            after.run();
        }).onError(dialogs::showError).start();
    }

    private static boolean carriesEvidence(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) && CchcFile.readManifest(file).hasEvidence();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The text of the last "Đã lưu" notice: where, and whether the evidence files went along. */
    public String lastSaveNotice() {
        return lastSaveNotice;
    }

    /** "Sổ chấm điểm CCHC - Hiền Thành - 6 tháng đầu năm 2023.cchc": readable and safe on every system. */
    public static String suggestedFileName(Assessment assessment) {
        return WorkbookFiles.suggestedFileName(assessment).getFileName().toString();
    }

    /**
     * Runs {@code then} once the open workbook may be closed: every edit it accepted is on disk (waited for, visibly
     * when the disk is slow), and it is saved to its file, not to be saved, or nothing is open.
     */
    public void closeCurrentThen(Runnable then) {
        afterWritesThen(() -> askToSaveThen(then));
    }

    /**
     * Runs {@code then} once every edit the open workbook accepted is on disk. While the session's writer is still
     * writing (a slow disk), the status bar says so and the window waits off the JavaFX thread; when the writer
     * stopped on a refused write, the user chooses: try again, give the unstored changes up (asked twice), or stay
     * (then {@code then} does not run).
     */
    public void afterWritesThen(Runnable then) {
        waitingForWrites = true;
        // Released after the events already queued: the window's own "not saved" question stays away meanwhile.
        Runnable release = () -> Platform.runLater(() -> waitingForWrites = false);
        awaitWrites(() -> {
            release.run();
            then.run();
        }, release);
    }

    /** Whether a close or an open is waiting for the writer (and asks about a refused write itself). */
    public boolean isWaitingForWrites() {
        return waitingForWrites;
    }

    private void awaitWrites(Runnable written, Runnable givenUp) {
        EditSession session = model.session();
        if (session == null || model.isPreview() || session.writeState().isWritten()) {
            written.run();
            return;
        }
        if (session.writeState().isStopped()) {
            askAboutUnwritten(session, written, givenUp);
            return;
        }
        Tasks.create(() -> {
            EditWriter.Outcome outcome;
            do {
                outcome = session.awaitWritten(Duration.ofSeconds(1));
            } while (outcome == EditWriter.Outcome.STILL_WRITING);
            return outcome;
        }).busy(model, Messages.get("writer.waiting")).onSuccess(outcome -> {
            if (model.session() == session) {
                awaitWrites(written, givenUp);
            } else {
                givenUp.run();
            }
        }).onError(error -> {
            givenUp.run();
            dialogs.showError(error);
        }).start();
    }

    private void askAboutUnwritten(EditSession session, Runnable written, Runnable givenUp) {
        EditWriter.State state = session.writeState();
        if (dialogs.confirm(Messages.get("writer.close.title"), Messages.get("writer.close.message", state.pending(),
                state.failure().orElse("")), Messages.get("writer.failure.retry"))) {
            session.retryWrites();
            awaitWrites(written, givenUp);
        } else if (dialogs.confirm(Messages.get("writer.close.title"), Messages.get("writer.close.discardMessage",
                state.pending()), Messages.get("writer.close.discard"))) {
            session.discardUnwritten();
            written.run();
        } else {
            givenUp.run();
        }
    }

    private void askToSaveThen(Runnable then) {
        EditSession session = model.session();
        if (session == null || model.isPreview() || !model.unsavedProperty().get()) {
            then.run();
            return;
        }
        SaveChoice choice = dialogs.askSaveChanges(model.documentName());
        switch (choice) {
            case SAVE -> save(then);
            case DONT_SAVE -> then.run();
            case CANCEL -> { }
        }
    }

    public void closeWorkbook() {
        closeCurrentThen(() -> {
            model.close();
            services.settings().setLastAssessment(null);
            refreshRecent();
        });
    }

    // ---- recovery -------------------------------------------------------------------------------------------

    /** Tệp → Khôi phục dữ liệu…: the backups, to restore one; every workbook as .cchc files. */
    public void recovery() {
        recovery("");
    }

    private void recovery(String problem) {
        CompletableFuture<WorkbookStore> store = services.storeFuture();
        boolean storeOpen = store.isDone() && !store.isCompletedExceptionally();
        RecoveryViewModel recovery = new RecoveryViewModel(services.storeAccess(), services.dataDirectory());
        RecoveryDialog.Choice choice = new RecoveryDialog(owner, recovery, problem, storeOpen).showAndWait();
        switch (choice.action()) {
            case RESTORE -> {
                RecoveryViewModel.Row row = choice.backup();
                if (dialogs.confirm(Messages.get("storesafety.ui.title"),
                        Messages.get("storesafety.ui.confirmRestore", row.when(), row.assessments()),
                        Messages.get("storesafety.ui.restore"))) {
                    closeCurrentThen(() -> reopenAfter(() -> recovery.restore(row)));
                }
            }
            case START_EMPTY -> {
                if (dialogs.confirm(Messages.get("storesafety.ui.title"), Messages.get("storesafety.ui.confirmStartEmpty"),
                        Messages.get("storesafety.ui.startEmpty"))) {
                    reopenAfter(recovery::startEmpty);
                }
            }
            case EXPORT_ALL -> exportAll();
            case CLOSE -> { }
        }
    }

    /** Closes the workbook and the store, runs {@code change} (a restore), opens the store again and says so. */
    private void reopenAfter(Supplier<String> change) {
        model.close();
        model.setStoreReady(false);
        String[] message = new String[1];
        Tasks.create(() -> services.reopenStore(() -> message[0] = change.get()))
                .busy(model, Messages.get("storesafety.ui.busyRestore"))
                .onSuccess(reopened -> reopened.whenComplete((opened, error) -> Platform.runLater(() -> {
                    if (message[0] != null) {
                        dialogs.showInfo(Messages.get("storesafety.ui.title"), message[0]);
                    }
                    storeOpened(error, Optional.empty(), false);
                })))
                .onError(error -> {
                    dialogs.showError(error);
                    services.storeFuture().whenComplete((opened, failed) -> Platform.runLater(
                            () -> storeOpened(failed, Optional.empty(), false)));
                }).start();
    }

    private void exportAll() {
        Optional<Path> folder = dialogs.chooseFolder(Messages.get("storesafety.ui.chooseExportFolder"),
                services.dataDirectory().getParent());
        if (folder.isEmpty()) {
            return;
        }
        Tasks.create(() -> StoreExport.exportAll(services.store(), folder.get()))
                .busy(model, Messages.get("ui.busy.opening"))
                .onSuccess(outcomes -> {
                    long written = outcomes.stream().filter(o -> o.file().isPresent()).count();
                    StringBuilder text = new StringBuilder(Messages.get("storesafety.ui.exported", written, outcomes.size(),
                            folder.get()));
                    outcomes.stream().filter(o -> o.problem().isPresent()).forEach(o -> text.append('\n')
                            .append(o.unitName()).append(": ").append(o.problem().get()));
                    dialogs.showInfo(Messages.get("storesafety.ui.title"), text.toString());
                })
                .onError(dialogs::showError).start();
    }

    private boolean requireStore() {
        if (!model.storeReadyProperty().get()) {
            dialogs.showError(Messages.get("ui.store.notReady"));
            return false;
        }
        return true;
    }

    private void logOnly(Throwable error) {
        LOG.log(Level.WARNING, "Could not check the last workbook", error);
    }

}
