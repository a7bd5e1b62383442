package vn.cchc.workbook.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.evidence.ContentSniffer;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceNames;
import vn.cchc.workbook.domain.evidence.EvidenceType;

/**
 * The evidence files kept inside the local store: the folder {@code evidence/} of the data folder, one file per
 * distinct content, named by its SHA-256 ({@code evidence/ab/ab12…}). The same file attached to several criteria or
 * workbooks is kept once. A file enters only through {@link #add} (a file on this computer) or {@link #adopt} (a file
 * received in a .cchc and already checked), and only when its content is an accepted type within the size limit; it
 * is written to a temporary name first and moved into place whole, and is read-only afterwards. Reading back checks
 * the hash again ({@link #copyTo}), so a file changed on disk is never passed on as the original.
 */
public final class EvidenceFolder {

    private static final Logger LOG = Logger.getLogger(EvidenceFolder.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INCOMING = ".incoming-";
    private static final int BUFFER = 1 << 16;

    private final Path root;

    EvidenceFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The folder of the store in {@code dataDir}. */
    public static EvidenceFolder in(Path dataDir) {
        return new EvidenceFolder(dataDir.resolve("evidence"));
    }

    /** The folder itself (for help texts and tests). */
    public Path root() {
        return root;
    }

    /**
     * Copies {@code source} into the store after checking its size and content.
     *
     * @return the stored file, named after {@code source} made safe, with the extension of its real type
     * @throws StoreException naming the file when it is missing, a folder, too large, not an accepted type, or
     *                        cannot be read or stored
     */
    public EvidenceFile add(Path source) {
        String shown = String.valueOf(source.getFileName());
        if (!Files.exists(source)) {
            throw new StoreException("evidence.add.notFound", source.toString());
        }
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException("evidence.add.notAFile", shown);
        }
        try {
            long size = Files.size(source);
            if (size > EvidenceLimits.MAX_FILE_BYTES) {
                throw new StoreException("evidence.add.tooLarge", shown, EvidenceLimits.megabytes(size),
                        EvidenceLimits.megabytes(EvidenceLimits.MAX_FILE_BYTES));
            }
            if (size == 0) {
                throw new StoreException("evidence.add.empty", shown);
            }
        } catch (IOException e) {
            throw new StoreException(e, "evidence.add.unreadable", shown, reason(e));
        }
        Path temp = newTemp();
        try {
            Copied copied;
            try (InputStream in = Files.newInputStream(source)) {
                copied = copyBounded(in, temp, shown);
            } catch (IOException e) {
                throw new StoreException(e, "evidence.add.unreadable", shown, reason(e));
            }
            EvidenceType type = sniff(temp).orElseThrow(() -> new StoreException("evidence.add.notAccepted",
                    shown, vn.cchc.workbook.domain.text.Messages.get(ContentSniffer.describeForeign(temp)),
                    EvidenceType.acceptedLabels()));
            place(temp, copied.sha256());
            return new EvidenceFile(EvidenceNames.sanitise(shown, type), type, copied.size(), copied.sha256());
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A fresh private folder inside the store to receive files into (from a .cchc), on the same disk so that
     * {@link #adopt} is a rename. Remove it with {@link #discard} whatever happens.
     */
    public Path newStagingFolder() {
        try {
            Files.createDirectories(root);
            return Files.createDirectory(root.resolve(INCOMING + random()));
        } catch (IOException e) {
            throw new StoreException(e, "evidence.store.failed", root.toString(), reason(e));
        }
    }

    /**
     * Takes in a received file that was already checked (hash, size, type): moves {@code staged} into place, or
     * leaves the stored copy when the same content is already kept.
     */
    public void adopt(Path staged, EvidenceFile file) {
        place(staged, file.sha256());
    }

    /** Deletes a staging folder and whatever is left in it. */
    public void discard(Path stagingFolder) {
        if (stagingFolder == null || !Files.isDirectory(stagingFolder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(stagingFolder)) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list " + stagingFolder, e);
        }
        deleteQuietly(stagingFolder);
    }

    /** Whether the content with this hash is kept here. */
    public boolean contains(String sha256) {
        return EvidenceFile.isSha256(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    /**
     * The hashes of every file kept here: {@code <2 hex>/<64 hex>} under the folder, the first two matching. Staging
     * folders, temporary names and anything else are not stored files and are never listed.
     *
     * @throws StoreException when the folder cannot be listed
     */
    public java.util.Set<String> storedHashes() {
        java.util.Set<String> hashes = new java.util.TreeSet<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        try (java.util.stream.Stream<Path> shards = Files.list(root)) {
            for (Path shard : (Iterable<Path>) shards::iterator) {
                String prefix = shard.getFileName().toString();
                if (prefix.length() != 2 || !Files.isDirectory(shard, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (java.util.stream.Stream<Path> files = Files.list(shard)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        String name = file.getFileName().toString();
                        if (EvidenceFile.isSha256(name) && name.startsWith(prefix)
                                && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                            hashes.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("exchange.store.listFailed", root, reason(e));
        }
        return hashes;
    }

    /**
     * Removes the stored file with this hash (no longer cited anywhere; the caller checked that).
     *
     * @return its size in bytes, or -1 when it was not kept here
     */
    public long remove(String sha256) {
        if (!contains(sha256)) {
            return -1;
        }
        Path file = pathOf(sha256);
        try {
            long size = Files.size(file);
            // Placed files are read-only; on Windows that also forbids deleting them.
            file.toFile().setWritable(true, true);
            Files.delete(file);
            return size;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove unreferenced evidence " + file, e);
            return -1;
        }
    }

    /** The stored file, when it is kept here (for reading only). */
    public Optional<Path> find(String sha256) {
        return contains(sha256) ? Optional.of(pathOf(sha256)) : Optional.empty();
    }

    /**
     * Streams the stored content of {@code file} to {@code out}, checking its size and hash as it goes; the caller
     * discards what it wrote when this throws.
     *
     * @throws StoreException when the file is missing from the store or its content is no longer the original
     */
    public void copyTo(EvidenceFile file, OutputStream out) {
        Path stored = find(file.sha256())
                .orElseThrow(() -> new StoreException("evidence.store.missing", file.name()));
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(stored)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > file.size()) {
                    throw new StoreException("evidence.store.changed", file.name());
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new StoreException(e, "evidence.store.unreadable", file.name(), reason(e));
        }
        if (size != file.size() || !HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
            throw new StoreException("evidence.store.changed", file.name());
        }
    }

    /** Copies the stored content of {@code file} to {@code target} (which must not exist), checked as in copyTo. */
    public void copyTo(EvidenceFile file, Path target) {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            copyTo(file, out);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new StoreException(e, "evidence.store.failed", target.toString(), reason(e));
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Optional<EvidenceType> sniff(Path file) {
        try {
            return ContentSniffer.sniff(file);
        } catch (IOException e) {
            throw new StoreException(e, "evidence.store.failed", file.toString(), reason(e));
        }
    }

    private record Copied(long size, String sha256) {
    }

    private Copied copyBounded(InputStream in, Path temp, String shown) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > EvidenceLimits.MAX_FILE_BYTES) {
                    // The file grew while it was read.
                    throw new StoreException("evidence.add.tooLarge", shown, EvidenceLimits.megabytes(size),
                            EvidenceLimits.megabytes(EvidenceLimits.MAX_FILE_BYTES));
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()));
    }

    private void place(Path temp, String sha256) {
        Path target = pathOf(sha256);
        try {
            if (Files.isRegularFile(target)) {
                return;
            }
            Files.createDirectories(target.getParent());
            try (var channel = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, target);
            }
            if (!target.toFile().setWritable(false, false)) {
                LOG.fine("Cannot make " + target + " read-only");
            }
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            // Another save put the same content in place first.
        } catch (IOException e) {
            throw new StoreException(e, "evidence.store.failed", target.toString(), reason(e));
        }
    }

    private Path newTemp() {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StoreException(e, "evidence.store.failed", root.toString(), reason(e));
        }
        return root.resolve(INCOMING + random() + ".tmp");
    }

    private static String random() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException gone) {
            // Nothing to do.
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
