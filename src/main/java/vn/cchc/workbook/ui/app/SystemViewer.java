package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Shows a file (an evidence document, an export, a folder) with the system's program for it: HostServices in the
 * running application, a recorder in tests.
 */
public final class SystemViewer {

    private static final Logger LOG = Logger.getLogger(SystemViewer.class.getName());

    private Consumer<Path> opener = path -> LOG.info("No system viewer for " + path);

    public void open(Path file) {
        opener.accept(file);
    }

    public void setOpener(Consumer<Path> opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }
}
