package vn.cchc.workbook.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.app.StoreAccess;
import vn.cchc.workbook.app.WorkbookStore;

/** The H2 store behind the application layer's {@link StoreAccess}: what the composition root gives the window. */
public final class H2StoreAccess implements StoreAccess {

    @Override
    public Path defaultDataDirectory() {
        return DataDirectory.resolve(null);
    }

    @Override
    public WorkbookStore open(Path dataDirectory) {
        return H2WorkbookStore.open(dataDirectory);
    }

    @Override
    public List<Backup> backups(Path dataDirectory) {
        return StoreRecovery.backups(dataDirectory).stream().map(H2StoreAccess::backup).toList();
    }

    @Override
    public Restored restore(Path dataDirectory, String backupName) {
        StoreRecovery.Restored restored = StoreRecovery.restore(dataDirectory, backupName);
        return new Restored(backup(restored.backup()), restored.setAside());
    }

    @Override
    public Optional<Path> startEmpty(Path dataDirectory) {
        return StoreRecovery.startEmpty(dataDirectory);
    }

    private static Backup backup(StoreBackups.Backup backup) {
        return new Backup(backup.name(), backup.createdAt(), backup.assessments());
    }
}
