package vn.cchc.workbook.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one routine through which the program writes every file it keeps or hands to the user (.cchc, JSON, .xlsx,
 * .docx, settings, backups, charts): the bytes go to a hidden temporary file in the target's folder, are forced to
 * disk, and the temporary file then replaces the target in one rename (atomic where the file system allows, a plain
 * replace otherwise), after which the folder itself is synced. A process killed at any moment, or a power cut,
 * therefore leaves either the old file or the new one whole, never a mixture.
 *
 * <p>A failed write removes its temporary file; temporary files left by a killed write are removed by the next
 * write of the same target. Every failure becomes a {@link SafeWriteException} whose Vietnamese message names the
 * file and says what to do; the log keeps the cause. New files get the user's normal permissions (the umask), not
 * owner-only ones.
 */
public final class SafeFileWriter {

    /** Writes the content to a stream; may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(SafeFileWriter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_PART = 100;
    private static final String SUFFIX = ".tmp";
    private static final int BUFFER = 1 << 16;

    private SafeFileWriter() {
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code content} writes. The stream is buffered; {@code content} must not
     * close it.
     *
     * @throws SafeWriteException with a message naming the file when the folder is missing or read-only, the disk
     *         is full, the target is a folder or held open by another program, or {@code content} fails
     */
    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        String shownName = String.valueOf(file.getFileName());
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SafeWriteException("files.write.noFolder", shownName, String.valueOf(folder));
        }
        if (Files.isDirectory(file)) {
            throw new SafeWriteException("files.write.isFolder", file.toString());
        }
        removeLeftovers(folder, shownName);
        Path temp = folder.resolve(tempPrefix(shownName) + HexFormat.of().formatHex(randomBytes()) + SUFFIX);
        try {
            writeAndSync(temp, content, folder, shownName);
            replace(temp, file, shownName);
            syncFolder(folder);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void writeAndSync(Path temp, Content content, Path folder, String shownName) {
        FileChannel channel;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (AccessDeniedException denied) {
            throw failure(denied, "files.write.readOnly", shownName, folder);
        } catch (IOException refused) {
            if (isDiskFull(refused)) {
                throw failure(refused, "files.write.diskFull", shownName);
            }
            if (!Files.isWritable(folder)) {
                throw failure(refused, "files.write.readOnly", shownName, folder);
            }
            throw failure(refused, "files.write.failed", shownName, reason(refused));
        }
        try (channel) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException writing) {
            throw failure(writing, isDiskFull(writing) ? "files.write.diskFull" : "files.write.failed", shownName,
                    reason(writing));
        }
    }

    private static void replace(Path temp, Path file, String shownName) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException locked) {
            // Windows refuses to replace a file another program (Excel, Word) holds open, or one marked read-only.
            throw failure(locked, "files.write.locked", shownName);
        } catch (NoSuchFileException gone) {
            throw failure(gone, "files.write.failed", shownName, reason(gone));
        } catch (FileSystemException other) {
            if (Files.isDirectory(file)) {
                throw failure(other, "files.write.isFolder", file);
            }
            // Windows reports a target held open by another program as "being used by another process".
            throw failure(other, isDiskFull(other) ? "files.write.diskFull" : "files.write.locked", shownName);
        } catch (IOException other) {
            throw failure(other, "files.write.failed", shownName, reason(other));
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); Windows cannot open folders. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Folder not synced: " + folder, e);
        }
    }

    /** ".Sổ chấm điểm.cchc.~": hidden on Linux and macOS, and clearly tied to its target everywhere. */
    public static String tempPrefix(String targetName) {
        String part = targetName.length() > NAME_PART ? targetName.substring(0, NAME_PART) : targetName;
        return "." + part + ".~";
    }

    /** Whether {@code candidate} is a temporary file this class made for {@code targetName}. */
    public static boolean isTempOf(String candidate, String targetName) {
        String prefix = tempPrefix(targetName);
        if (!candidate.startsWith(prefix) || !candidate.endsWith(SUFFIX)) {
            return false;
        }
        String middle = candidate.substring(prefix.length(), candidate.length() - SUFFIX.length());
        return middle.matches("[0-9a-f]{16}");
    }

    private static void removeLeftovers(Path folder, String targetName) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                p -> isTempOf(String.valueOf(p.getFileName()), targetName) && Files.isRegularFile(p))) {
            for (Path leftover : files) {
                deleteQuietly(leftover);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not look for leftover temporary files in " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Temporary file not removed: " + file, e);
        }
    }

    static boolean isDiskFull(IOException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("no space left") || message.contains("not enough space")
                || message.contains("disk full") || message.contains("quota");
    }

    private static String reason(IOException error) {
        String reason = error instanceof FileSystemException fs ? fs.getReason() : error.getMessage();
        return reason == null ? error.getClass().getSimpleName() : reason;
    }

    private static SafeWriteException failure(IOException cause, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        LOG.log(Level.WARNING, "Write failed: " + key, cause);
        return new SafeWriteException(cause, key, shown);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
