package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Replaces a file so that a process killed at any moment, or a power cut, leaves either the old file or the new one
 * whole: the bytes go to a temporary file in the same folder, are forced to disk, and the temporary file is then
 * renamed over the target in one step. Temporary files left by a killed save are removed on the next save of the
 * same target. Used for every file the program writes for the user (.cchc, exported JSON).
 */
public final class AtomicFileWriter {

    private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_PART = 100;
    private static final String SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    /** @throws CchcFileException with a message naming the file when the folder is missing, read-only or the target locked */
    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String shownName = String.valueOf(absolute.getFileName());
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CchcFileException("cchc.save.noFolder", shownName, String.valueOf(folder));
        }
        if (Files.isDirectory(absolute)) {
            throw new CchcFileException("cchc.save.isFolder", absolute.toString());
        }
        removeLeftovers(folder, shownName);
        Path temp = folder.resolve(tempPrefix(shownName) + HexFormat.of().formatHex(randomBytes()) + SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (AccessDeniedException e) {
                throw new CchcFileException(e, "cchc.save.readOnly", shownName, folder.toString());
            } catch (IOException e) {
                if (!Files.isWritable(folder)) {
                    throw new CchcFileException(e, "cchc.save.readOnly", shownName, folder.toString());
                }
                throw new CchcFileException(e, "cchc.save.failed", shownName, reason(e));
            }
            try {
                move(temp, absolute);
            } catch (AccessDeniedException e) {
                throw new CchcFileException(e, "cchc.save.locked", shownName);
            } catch (NoSuchFileException e) {
                throw new CchcFileException(e, "cchc.save.failed", shownName, reason(e));
            } catch (FileSystemException e) {
                // Windows reports a target held open by another program as "being used by another process".
                throw new CchcFileException(e, "cchc.save.locked", shownName);
            } catch (IOException e) {
                throw new CchcFileException(e, "cchc.save.failed", shownName, reason(e));
            }
            syncFolder(folder);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
    static String tempPrefix(String targetName) {
        String part = targetName.length() > NAME_PART ? targetName.substring(0, NAME_PART) : targetName;
        return "." + part + ".~";
    }

    static boolean isTempOf(String candidate, String targetName) {
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

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
