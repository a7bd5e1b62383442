package vn.cchc.workbook.ui.recovery;

import java.nio.file.Path;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.app.StoreAccess;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * The "Khôi phục" dialog's model: the backups of the data folder (date, number of workbooks), and the restore of
 * one, which the caller runs off the JavaFX thread with the store closed.
 */
public final class RecoveryViewModel {


    /**
     * One backup as listed.
     *
     * @param name        the backup's file name (what is restored)
     * @param when        when it was made, local time
     * @param assessments the workbooks in it
     */
    public record Row(String name, String when, long assessments) {
    }

    private final StoreAccess access;
    private final Path dataDirectory;
    private final ObservableList<Row> backups = FXCollections.observableArrayList();

    public RecoveryViewModel(StoreAccess access, Path dataDirectory) {
        this.access = Objects.requireNonNull(access, "access");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        reload();
    }

    /** Reads the backups again, newest first. */
    public void reload() {
        backups.setAll(access.backups(dataDirectory).stream().map(RecoveryViewModel::row).toList());
    }

    private static Row row(StoreAccess.Backup backup) {
        return new Row(backup.name(), VietnameseDates.formatToTheSecond(backup.createdAt()),
                backup.assessments());
    }

    public ObservableList<Row> backups() {
        return backups;
    }

    /**
     * Puts {@code row}'s backup in place of the store (the store must be closed); returns what to tell the user:
     * the backup's time and workbooks, and that later changes are not in it, and where the old store was kept.
     */
    public String restore(Row row) {
        StoreAccess.Restored restored = access.restore(dataDirectory, row.name());
        String message = Messages.get("storesafety.restored", row.when(), restored.backup().assessments());
        return restored.setAside().map(file -> message + "\n" + Messages.get("storesafety.setAside", file.toString()))
                .orElse(message);
    }

    /** Sets the damaged store aside and lets the next opening begin with an empty one (the store must be closed). */
    public String startEmpty() {
        return access.startEmpty(dataDirectory)
                .map(file -> Messages.get("storesafety.startedEmpty", file.toString()))
                .orElse(Messages.get("storesafety.startedEmptyNothingKept"));
    }
}
