package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.Optional;

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
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * The state the main window shows: which workbook is open, its title, whether it has changes not written to its
 * file, whether it may be edited, and what is running in the background. Plain properties, no controls.
 */
public final class MainWindowModel implements Tasks.BusyIndicator {

    private final ObjectProperty<EditSession> session = new SimpleObjectProperty<>();
    private final BooleanProperty preview = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty(Messages.get("ui.app.name"));
    private final BooleanProperty unsaved = new SimpleBooleanProperty();
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty storeReady = new SimpleBooleanProperty();
    private final StringProperty saveState = new SimpleStringProperty("");
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final StringProperty busyMessage = new SimpleStringProperty("");

    private final BooleanBinding workbookOpen = session.isNotNull();
    private final BooleanBinding editable = workbookOpen.and(preview.not()).and(locked.not());
    private final BooleanBinding fileActionsAllowed = workbookOpen.and(preview.not());
    private final Runnable sessionListener = this::update;

    /** Shows {@code newSession}; a preview session (store not open yet) is shown read-only. */
    public void open(EditSession newSession, boolean isPreview) {
        EditSession old = session.get();
        if (old != null) {
            old.removeListener(sessionListener);
        }
        preview.set(isPreview);
        session.set(newSession);
        if (newSession != null) {
            newSession.addListener(sessionListener);
        }
        update();
    }

    public void close() {
        open(null, false);
    }

    /** Re-reads the session and the store after any change. */
    public void update() {
        EditSession current = session.get();
        if (current == null) {
            file.set(null);
            title.set(Messages.get("ui.app.name"));
            unsaved.set(false);
            locked.set(false);
            canUndo.set(false);
            canRedo.set(false);
            saveState.set("");
            return;
        }
        Assessment assessment = current.assessment();
        Optional<Path> saved = preview.get() ? Optional.empty() : current.store().savedFile(assessment.id());
        file.set(saved.orElse(null));
        boolean changed = !preview.get() && current.store().hasUnsavedChanges(assessment.id());
        unsaved.set(changed);
        locked.set(assessment.locked());
        canUndo.set(!preview.get() && current.canUndo());
        canRedo.set(!preview.get() && current.canRedo());
        title.set(Messages.get(changed ? "ui.app.title.unsaved" : "ui.app.title", documentName()));
        saveState.set(current.writeFailure().isPresent() ? Messages.get("ui.status.notSaved")
                : !preview.get() && current.store().isReadOnly() ? Messages.get("ui.status.readOnly")
                : Messages.get(preview.get() ? "ui.status.preview"
                : assessment.locked() ? "ui.status.locked" : "ui.status.autosaved"));
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

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage;
    }

    public BooleanBinding busyProperty() {
        return Bindings.greaterThan(running, 0);
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
