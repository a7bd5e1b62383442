package vn.cchc.workbook.app;

import java.nio.file.Path;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The store cannot be trusted (unreadable pages, fewer workbooks than it recorded, an older state than the side
 * file, no schema history): nothing was written to it. The window and the command line offer to restore a backup
 * ({@link StoreRecovery}).
 */
public final class StoreDamagedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDirectory;

    public StoreDamagedException(Path dataDirectory, String reasonKey, Object... reasonArgs) {
        super("storesafety.damaged", Messages.get(reasonKey, reasonArgs));
        this.dataDirectory = dataDirectory;
    }

    /** The data folder whose store is damaged (where its backups are). */
    public Path dataDirectory() {
        return dataDirectory;
    }
}
