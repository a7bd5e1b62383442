package vn.cchc.workbook.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file so that it is either complete or not there: the content goes to a temporary file in the target's
 * folder, which then replaces the target in one move (atomic where the file system allows). Failures become
 * {@link ReportException}s that tell the user what to do; the log keeps the cause.
 */
final class AtomicFileWriter {

    private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());

    /** Writes the content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new ReportException("reports.error.targetIsFolder", file.toString());
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportException("reports.error.folderMissing", folder == null ? file.toString() : folder.toString());
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        } catch (NoSuchFileException | NotDirectoryException missing) {
            throw failure(missing, "reports.error.folderMissing", folder);
        } catch (IOException refused) {
            throw failure(refused, isDiskFull(refused) ? "reports.error.diskFull" : "reports.error.folderReadOnly",
                    folder);
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(out);
            } catch (IOException writing) {
                throw failure(writing, isDiskFull(writing) ? "reports.error.diskFull" : "reports.error.writeFailed",
                        file, reason(writing));
            }
            replace(temporary, file);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void replace(Path temporary, Path file) {
        try {
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException locked) {
            // Windows refuses to replace a file another program (Excel) holds open, or one marked read-only.
            throw failure(locked, "reports.error.targetLocked", file);
        } catch (FileSystemException other) {
            if (Files.isDirectory(file)) {
                throw failure(other, "reports.error.targetIsFolder", file);
            }
            throw failure(other, isDiskFull(other) ? "reports.error.diskFull" : "reports.error.targetLocked", file);
        } catch (IOException other) {
            throw failure(other, "reports.error.writeFailed", file, reason(other));
        }
    }

    private static boolean isDiskFull(IOException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("no space left") || message.contains("not enough space")
                || message.contains("disk full") || message.contains("quota");
    }

    private static String reason(IOException error) {
        String reason = error instanceof FileSystemException fs ? fs.getReason() : error.getMessage();
        return reason == null ? error.getClass().getSimpleName() : reason;
    }

    private static ReportException failure(IOException cause, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i].toString();
        }
        LOG.log(Level.WARNING, "Export failed: " + key, cause);
        return new ReportException(cause, key, shown);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            LOG.log(Level.FINE, "Could not delete " + temporary, ignored);
        }
    }
}
