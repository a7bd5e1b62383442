package vn.cchc.workbook.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.evidence.ContentSniffer;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.evidence.EvidenceLimits;
import vn.cchc.workbook.domain.evidence.EvidenceNames;
import vn.cchc.workbook.domain.evidence.EvidenceType;

/**
 * Attaching evidence files to criteria and opening them, for the window and the command line.
 *
 * <p>Opening never hands the system a stored file or a received one: it makes a read-only copy in a private folder
 * of the data folder ({@code viewer/}, owner-only where the file system has permissions), checks on the way that the
 * copy is exactly the stored content (hash and size) and that its content is still the type its name says, and only
 * then returns the copy for the system's viewer of that type. A path from an older workbook is treated the same way:
 * opened only when the file exists on this computer and its content is an accepted type matching its name.
 */
public final class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WorkbookStore store;

    public EvidenceService(WorkbookStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Copies {@code file} into the store and returns {@code citation} with it attached. The caller records the
     * edited entry (through the edit session in the window, the store on the command line).
     *
     * @throws UserFacingException naming the file when it is refused (type, size, the workbook's limits)
     */
    public EvidenceDocument attach(Assessment assessment, Path file, EvidenceDocument citation) {
        EvidenceFile stored = store.evidenceFolder().add(file);
        EvidenceInventory.of(assessment).checkRoomFor(stored);
        return citation.withFile(stored);
    }

    /** Whether the file of {@code document} is kept in this computer's store (a data-only workbook has none). */
    public boolean isAvailable(EvidenceDocument document) {
        return document.file() != null && store.evidenceFolder().contains(document.file().sha256());
    }

    /**
     * A checked, read-only copy of the stored file in a private folder, for the system's viewer.
     *
     * @throws UserFacingException when the file is not in the store, changed, or its content is not its type
     */
    public Path viewableCopy(EvidenceFile file) {
        Path target = newViewerFolder().resolve(file.name());
        store.evidenceFolder().copyTo(file, target);
        return checkedCopy(target, file.type(), file.name());
    }

    /**
     * For a document cited by a path only (older workbooks): a checked, read-only copy of that file when it exists on
     * this computer, is within the size limit and its content is an accepted type matching its name.
     *
     * @throws UserFacingException saying why not
     */
    public Path viewableCopyOfPath(String filePath) {
        Path source;
        try {
            source = Path.of(filePath);
        } catch (InvalidPathException unusable) {
            throw new UserFacingException("evidence.open.pathMissing", filePath);
        }
        if (!source.isAbsolute() || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("evidence.open.pathMissing", filePath);
        }
        String shown = String.valueOf(source.getFileName());
        EvidenceType type;
        try {
            if (Files.size(source) > EvidenceLimits.MAX_FILE_BYTES) {
                throw new UserFacingException("evidence.open.tooLarge", shown);
            }
            type = ContentSniffer.sniff(source).orElseThrow(() -> new UserFacingException(
                    "evidence.open.notAccepted", shown, vn.cchc.workbook.domain.text.Messages.get(
                            ContentSniffer.describeForeign(source))));
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.open.unreadable", shown, String.valueOf(e.getMessage()));
        }
        if (!type.matchesName(shown)) {
            throw new UserFacingException("evidence.open.mismatch", shown, type.label());
        }
        Path target = newViewerFolder().resolve(EvidenceNames.sanitise(shown, type));
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[1 << 16];
            long copied = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                copied += n;
                if (copied > EvidenceLimits.MAX_FILE_BYTES) {
                    throw new UserFacingException("evidence.open.tooLarge", shown);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.open.unreadable", shown, String.valueOf(e.getMessage()));
        }
        return checkedCopy(target, type, shown);
    }

    /** Re-checks the copy itself (what the viewer will get) and makes it read-only. */
    private Path checkedCopy(Path copy, EvidenceType expected, String shown) {
        Optional<EvidenceType> actual;
        try {
            actual = ContentSniffer.sniff(copy);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UserFacingException(e, "evidence.open.unreadable", shown, String.valueOf(e.getMessage()));
        }
        if (actual.isEmpty() || actual.get() != expected || !expected.matchesName(copy.getFileName().toString())) {
            deleteQuietly(copy);
            throw new UserFacingException("evidence.open.mismatch", shown, expected.label());
        }
        if (!copy.toFile().setWritable(false, false)) {
            LOG.fine("Cannot make the viewer copy read-only: " + copy);
        }
        return copy;
    }

    /** The folder of viewer copies; copies from earlier sessions are removed when possible. */
    public Path viewerRoot() {
        return store.evidenceFolder().root().resolveSibling("viewer");
    }

    /** Removes viewer copies left from earlier runs (a viewer still holding one keeps it until next time). */
    public void clearViewerCopies() {
        Path root = viewerRoot();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                    for (Path file : files) {
                        file.toFile().setWritable(true);
                        deleteQuietly(file);
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Cannot clear " + folder, e);
                }
                deleteQuietly(folder);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot clear " + root, e);
        }
    }

    private Path newViewerFolder() {
        Path root = viewerRoot();
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        try {
            Files.createDirectories(root);
            Path folder = root.resolve(HexFormat.of().formatHex(bytes));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createDirectory(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            return Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.open.noFolder", root.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot delete " + file, e);
        }
    }

    /** The store folder this service keeps files in (for tests and messages). */
    EvidenceFolder folder() {
        return store.evidenceFolder();
    }
}
