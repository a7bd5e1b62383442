package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.EditWriter;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * The state the main window shows: which workbook is open, its title, whether it has changes not written to its
 * file, whether it may be edited, whether its edits are on disk (the session's background writer: "Đang lưu…",
 * "Đã lưu", or stopped with the entries not stored), and what is running in the background. Plain properties, no
 * controls.
 *
 * <p>An edit never makes this read the store on the JavaFX thread (the store may be busy with the writer's sync on a
 * slow disk): the file the workbook belongs to and whether it had changes are read when a workbook is shown and
 * after it is saved ({@link #refreshFileState()}); an edit since then marks it changed.
 */
public final class MainWindowModel implements Tasks.BusyIndicator {

    private final ObjectProperty<EditSession> session = new SimpleObjectProperty<>();
    private final BooleanProperty preview = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty(Messages.get("ui.app.name"));
    private final BooleanProperty unsaved = new SimpleBooleanProperty();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    /** The result is fixed by a recorded "chốt" step: the lock cannot be lifted (the domain refuses it). */
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty(
            Messages.get("ui.menu.edit.undo"));
    private final StringProperty redoText = new SimpleStringProperty(
            Messages.get("ui.menu.edit.redo"));
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty storeReady = new SimpleBooleanProperty();
    private final StringProperty saveState = new SimpleStringProperty("");
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final BooleanProperty writeStopped = new SimpleBooleanProperty();
    private final ObjectProperty<Set<String>> unwrittenCodes = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<EditWriter.State> writeState = new SimpleObjectProperty<>();
    private boolean storeUnsaved;
    private long changesAtRefresh;
    private final StringProperty roundText = new SimpleStringProperty("");
    private final BooleanProperty roundOverdue = new SimpleBooleanProperty();
    private final ObjectProperty<java.util.List<vn.cchc.workbook.domain.assessment.Stage>> allowedSteps =
            new SimpleObjectProperty<>(java.util.List.of());

    /**
     * One binding for everyone: a new one per call was never read by the status bar's text binding, so it stayed
     * invalid and never told it that work had begun (the status bar showed no busy message).
     */
    private final BooleanBinding busy = Bindings.greaterThan(running, 0);
    private final BooleanBinding workbookOpen = session.isNotNull();
    private final BooleanBinding editable = workbookOpen.and(preview.not()).and(locked.not());
    private final BooleanBinding fileActionsAllowed = workbookOpen.and(preview.not());
    private final Runnable sessionListener = this::update;
    /** Called on the writer's thread; the state is shown on the JavaFX thread. */
    private final Runnable writeListener = () -> Platform.runLater(this::update);
    /** Why a read-only workbook is shown (an earlier round); empty for the sample preview and real workbooks. */
    private String readOnlyNote = "";

    /** Shows {@code newSession}; a preview session (store not open yet) is shown read-only. */
    public void open(EditSession newSession, boolean isPreview) {
        open(newSession, isPreview, "");
    }

    /**
     * Shows {@code assessment} read-only, apart from the store (an earlier round), with {@code note} in the status
     * bar and the title ("Vòng trước ngày … — chỉ xem").
     */
    public void openReadOnly(Assessment assessment, String note) {
        open(new EditSession(new PreviewStore(assessment), assessment), true, note);
    }

    private void open(EditSession newSession, boolean isPreview, String note) {
        readOnlyNote = note;
        EditSession old = session.get();
        if (old != null) {
            old.removeListener(sessionListener);
            old.removeWriteListener(writeListener);
        }
        preview.set(isPreview);
        session.set(newSession);
        if (newSession != null) {
            newSession.addListener(sessionListener);
            newSession.addWriteListener(writeListener);
        }
        refreshFileState();
    }

    /**
     * Reads again from the store which file the workbook belongs to and whether it has changes not in that file
     * (after it was shown or saved; the writer has written everything then), and shows it.
     */
    public void refreshFileState() {
        EditSession current = session.get();
        if (current == null || preview.get()) {
            file.set(null);
            storeUnsaved = false;
        } else {
            String id = current.assessment().id();
            file.set(current.store().savedFile(id).orElse(null));
            storeUnsaved = current.store().hasUnsavedChanges(id);
            changesAtRefresh = current.changeCount();
        }
        update();
    }

    public void close() {
        open(null, false);
    }

    /** Shows the session's state after any change (an edit, a write done or refused); reads nothing from the store. */
    public void update() {
        EditSession current = session.get();
        if (current == null) {
            file.set(null);
            title.set(Messages.get("ui.app.name"));
            unsaved.set(false);
            locked.set(false);
            closed.set(false);
            canUndo.set(false);
            canRedo.set(false);
            undoText.set(Messages.get("ui.menu.edit.undo"));
            redoText.set(Messages.get("ui.menu.edit.redo"));
            saveState.set("");
            writeState.set(null);
            writeStopped.set(false);
            unwrittenCodes.set(Set.of());
            roundText.set("");
            roundOverdue.set(false);
            allowedSteps.set(java.util.List.of());
            return;
        }
        Assessment assessment = current.assessment();
        boolean changed = !preview.get() && (storeUnsaved || current.changeCount() > changesAtRefresh);
        unsaved.set(changed);
        locked.set(assessment.locked());
        closed.set(assessment.rounds().closed());
        java.time.LocalDate today = java.time.LocalDate.now();
        roundText.set(vn.cchc.workbook.ui.rounds.RoundTexts.status(assessment, today));
        roundOverdue.set(vn.cchc.workbook.ui.rounds.RoundTexts.overdue(assessment, today));
        allowedSteps.set(preview.get() ? java.util.List.of() : assessment.allowedSteps());
        canUndo.set(!preview.get() && current.canUndo());
        canRedo.set(!preview.get() && current.canRedo());
        // "Hoàn tác (1.1.2)": what Ctrl+Z will restore, also after a restart (the history is kept in the store).
        undoText.set(stepText("ui.menu.edit.undo", canUndo.get() ? current.undoCodes() : List.of()));
        redoText.set(stepText("ui.menu.edit.redo", canRedo.get() ? current.redoCodes() : List.of()));
        title.set(Messages.get(changed ? "ui.app.title.unsaved" : "ui.app.title", documentName()));
        EditWriter.State writes = current.writeState();
        writeState.set(writes);
        writeStopped.set(writes.isStopped());
        unwrittenCodes.set(writes.isStopped() ? writes.unsavedCodes() : Set.of());
        saveState.set(writes.isStopped()
                ? Messages.get("writer.status.stopped", writes.pending())
                : writes.pending() > 0 ? Messages.get("writer.status.saving", writes.pending())
                : !preview.get() && current.store().isReadOnly() ? Messages.get("ui.status.readOnly")
                : Messages.get(preview.get() ? "ui.status.preview"
                : assessment.locked() ? "ui.status.locked" : "ui.status.autosaved"));
        current.partLimit().filter(limit -> !assessment.locked() && !preview.get()).ifPresent(limit ->
                saveState.set(saveState.get() + " · " + Messages.get("exchange.part.status", limit.departmentName(),
                        limit.codes().size())));
        if (!readOnlyNote.isEmpty()) {
            saveState.set(readOnlyNote);
            title.set(Messages.get("ui.app.title", documentName() + " — " + readOnlyNote));
        }
    }

    /** Whether the workbook shown is an earlier round, read-only and apart from the store. */
    public boolean isEarlierRound() {
        return !readOnlyNote.isEmpty();
    }

    /** The file name when the workbook has one, else "unit — period year". */
    public String documentName() {
        EditSession current = session.get();
        if (current == null) {
            return "";
        }
        Path saved = file.get();
        if (saved != null) {
            return saved.getFileName().toString();
        }
        Assessment a = current.assessment();
        return Messages.get("ui.document.name", a.unit().name(), a.period().label(), a.year());
    }

    @Override
    public void begin(String message) {
        running.set(running.get() + 1);
        busyMessage.set(message);
    }

    @Override
    public void end() {
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            busyMessage.set("");
        }
    }

    public void setStoreReady(boolean ready) {
        storeReady.set(ready);
    }

    public ReadOnlyObjectProperty<EditSession> sessionProperty() {
        return session;
    }

    public EditSession session() {
        return session.get();
    }

    public boolean isPreview() {
        return preview.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    /**
     * Whether the result was fixed by a recorded "chốt" step, so "Mở khóa" cannot apply: it is greyed rather than
     * asking "Mở khóa để sửa lại điểm?" and then refusing.
     */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed;
    }

    /** "Hoàn tác", "Hoàn tác (1.1.2)" or "Hoàn tác (12 tiêu chí)", by what the step changes. */
    private static String stepText(String key, List<String> codes) {
        if (codes.isEmpty()) {
            return Messages.get(key);
        }
        long distinct = codes.stream().distinct().count();
        return Messages.get(key + ".of", distinct == 1 ? codes.get(0)
                : Messages.get("ui.menu.edit.criteria", distinct));
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyBooleanProperty storeReadyProperty() {
        return storeReady;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    /** The writer stopped on a refused write: the edits it holds are not on disk (the user is asked what to do). */
    public ReadOnlyBooleanProperty writeStoppedProperty() {
        return writeStopped;
    }

    /** The codes of the entries whose changes the stopped writer holds (marked "chưa lưu" in the table). */
    public ReadOnlyObjectProperty<Set<String>> unwrittenCodesProperty() {
        return unwrittenCodes;
    }

    /** The session's writer as last shown (null without a workbook). */
    public ReadOnlyObjectProperty<EditWriter.State> writeStateProperty() {
        return writeState;
    }

    /** "Thẩm định lần 1 · Bản của đơn vị · Gửi giải trình: hạn 10/12/2026, còn 4 ngày"; empty with no workbook. */
    public ReadOnlyStringProperty roundTextProperty() {
        return roundText;
    }

    /** The next step's deadline has passed. */
    public ReadOnlyBooleanProperty roundOverdueProperty() {
        return roundOverdue;
    }

    /** The "Gửi …" steps this copy can make now. */
    public ReadOnlyObjectProperty<java.util.List<vn.cchc.workbook.domain.assessment.Stage>> allowedStepsProperty() {
        return allowedSteps;
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding workbookOpenProperty() {
        return workbookOpen;
    }

    /** Scores and departments may be changed: a workbook is open, backed by the store, and not locked. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    /** Save, export, lock: a workbook is open and backed by the store. */
    public BooleanBinding fileActionsAllowedProperty() {
        return fileActionsAllowed;
    }
}
