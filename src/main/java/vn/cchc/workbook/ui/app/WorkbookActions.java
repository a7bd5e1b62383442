package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Window;

import vn.cchc.workbook.app.AssessmentExistsException;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.OnConflict;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.store.WorkbookStore;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.DialogService.ImportChoice;
import vn.cchc.workbook.ui.common.DialogService.SaveChoice;
import vn.cchc.workbook.ui.common.Tasks;
import vn.cchc.workbook.ui.common.Texts;
import vn.cchc.workbook.ui.criteria.CriteriaLibraryWindow;
import vn.cchc.workbook.ui.help.WelcomeDialog;
import vn.cchc.workbook.ui.newworkbook.NewWorkbookDialog;
import vn.cchc.workbook.ui.newworkbook.NewWorkbookViewModel;
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

    public WorkbookActions(AppServices services, MainWindowModel model, StartViewModel start, DialogService dialogs,
                           Window owner) {
        this.services = services;
        this.model = model;
        this.start = start;
        this.dialogs = dialogs;
        this.owner = owner;
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
        model.begin(Texts.t("ui.busy.openingStore"));
        services.storeFuture().whenComplete((store, error) -> Platform.runLater(() -> {
            model.end();
            storeOpened(error, file, preview);
        }));
    }

    private void storeOpened(Throwable error, Optional<Path> file, boolean preview) {
        if (error != null) {
            start.show(List.of());
            dialogs.showError(error);
            return;
        }
        model.setStoreReady(true);
        if (services.store().isReadOnly()) {
            dialogs.showError(Texts.t("ui.store.readOnly", services.store().databaseFile()));
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

    private void offerToContinue() {
        Optional<String> last = services.settings().lastAssessment();
        if (last.isEmpty()) {
            return;
        }
        Tasks.create(() -> {
            WorkbookStore store = services.store();
            return store.containsAssessment(last.get()) && store.hasUnsavedChanges(last.get())
                    ? store.loadAssessment(last.get()) : Optional.<Assessment>empty();
        }).onSuccess(found -> found.ifPresent(assessment -> {
            if (dialogs.confirm(Texts.t("ui.continue.title"),
                    Texts.t("ui.continue.message", assessment.unit().name(), assessment.period().label(),
                            assessment.year()), Texts.t("ui.continue.yes"))) {
                openStored(assessment.id());
            }
        })).onError(this::logOnly).start();
    }

    // ---- opening ---------------------------------------------------------------------------------------------

    public void refreshRecent() {
        if (!services.storeFuture().isDone()) {
            return;
        }
        Tasks.create(() -> StartViewModel.read(services.store()))
                .onSuccess(start::show)
                .onError(error -> {
                    start.show(List.of());
                    dialogs.showError(error);
                }).start();
    }

    public void openRecent(RecentWorkbook recent) {
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
            return new EditSession(store, assessment);
        }).busy(model, Texts.t("ui.busy.opening")).onSuccess(this::show).onError(dialogs::showError).start();
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
        }).busy(model, Texts.t("ui.busy.opening")).onSuccess(this::show).onError(dialogs::showError).start();
    }

    public void openFile() {
        dialogs.chooseFileToOpen(Texts.t("ui.open.title"), DialogService.FileKind.WORKBOOK).ifPresent(this::openFile);
    }

    /** Imports a .cchc into the store (asking when its workbook is already there) and opens it. */
    public void openFile(Path file) {
        closeCurrentThen(() -> importFile(file, OnConflict.ASK));
    }

    private void importFile(Path file, OnConflict choice) {
        Tasks.create(() -> {
            String id = services.files().open(file, choice);
            WorkbookStore store = services.store();
            return new EditSession(store, store.loadAssessment(id).orElseThrow());
        }).busy(model, Texts.t("ui.busy.reading", file.getFileName())).onSuccess(session -> {
            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
            show(session);
        }).onError(error -> {
            if (error instanceof AssessmentExistsException exists) {
                ImportChoice answer = dialogs.askImportConflict(file.getFileName().toString(),
                        exists.localHasUnsavedChanges());
                switch (answer) {
                    case REPLACE -> importFile(file, OnConflict.REPLACE);
                    case KEEP_BOTH -> importFile(file, OnConflict.KEEP_BOTH);
                    case CANCEL -> { }
                }
            } else {
                dialogs.showError(error);
            }
        }).start();
    }

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
                        .busy(model, Texts.t("ui.busy.reading", file.getFileName()))
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
        }).busy(model, Texts.t("ui.busy.creating")).onSuccess(this::show).onError(dialogs::showError).start();
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
        dialogs.chooseFileToSave(Texts.t("ui.save.title"), DialogService.FileKind.WORKBOOK, folder,
                suggestedFileName(session.assessment())).ifPresent(file -> saveTo(file, after));
    }

    private void saveTo(Path file, Runnable after) {
        EditSession session = model.session();
        String id = session.assessment().id();
        Tasks.create(() -> {
            services.files().save(id, file);
        }).busy(model, Texts.t("ui.busy.saving", file.getFileName())).onSuccess(done -> {
            services.settings().setLastDirectory(file.toAbsolutePath().getParent());
            model.update();
            refreshRecent();
            Notices.done(owner, Texts.t("ui.notice.saved.title"), Texts.t("ui.notice.saved", file.getFileName(),
                    file.toAbsolutePath().getParent()));
            after.run();
        }).onError(dialogs::showError).start();
    }

    /** "Sổ chấm điểm CCHC - Hiền Thành - 6 tháng đầu năm 2023.cchc": readable and safe on every system. */
    public static String suggestedFileName(Assessment assessment) {
        return WorkbookFiles.suggestedFileName(assessment).getFileName().toString();
    }

    /** Runs {@code then} once the open workbook may be closed: saved, not to be saved, or nothing open. */
    public void closeCurrentThen(Runnable then) {
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

    private boolean requireStore() {
        if (!model.storeReadyProperty().get()) {
            dialogs.showError(Texts.t("ui.store.notReady"));
            return false;
        }
        return true;
    }

    private void logOnly(Throwable error) {
        LOG.log(Level.WARNING, "Could not check the last workbook", error);
    }

}
