package vn.cchc.workbook.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.EvidenceSource;

/**
 * A workbook file's evidence worked on outside the local store, for the command line ({@code evidence add},
 * {@code save --with-evidence}, {@code evidence extract}): the file's evidence is received (checked as on opening)
 * into a private temporary folder, which is deleted on {@link #close()}. Files the .cchc does not carry are looked up
 * in the local store's evidence folder, if one is given (the unit's own workbook saved without evidence).
 */
public final class EvidenceWorkFolder implements AutoCloseable {

    private final Path root;
    private final EvidenceFolder folder;
    private final EvidenceFolder fallback;
    private final Assessment assessment;

    private EvidenceWorkFolder(Path root, EvidenceFolder folder, EvidenceFolder fallback, Assessment assessment) {
        this.root = root;
        this.folder = folder;
        this.fallback = fallback;
        this.assessment = assessment;
    }

    /**
     * Opens {@code file} with its evidence into a new temporary folder.
     *
     * @param localData the local store's data folder to take files the .cchc does not carry from, or null
     * @throws vn.cchc.workbook.interchange.CchcFileException when the file or any of its evidence is refused
     */
    public static EvidenceWorkFolder open(Path file, Path localData) {
        Path root;
        try {
            root = Files.createTempDirectory("cchc-evidence-");
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.cli.noTemp", String.valueOf(e.getMessage()));
        }
        EvidenceFolder folder = EvidenceFolder.in(root);
        Path staging = folder.newStagingFolder();
        try {
            CchcEvidence.Received received = CchcEvidence.receive(file, staging);
            Assessment assessment = received.contents().assessment();
            Map<String, EvidenceFile> cited = EvidenceInventory.of(assessment).files();
            received.staged().forEach((sha256, staged) -> folder.adopt(staged, cited.get(sha256)));
            folder.discard(staging);
            EvidenceFolder fallback = localData == null ? null : EvidenceFolder.in(localData);
            return new EvidenceWorkFolder(root, folder, fallback, assessment);
        } catch (RuntimeException e) {
            delete(root);
            throw e;
        }
    }

    public Assessment assessment() {
        return assessment;
    }

    /** The evidence folder files are attached into (for {@link EvidenceService}-like checks by the caller). */
    public EvidenceFolder folder() {
        return folder;
    }

    /** Whether the content of {@code file} is available (carried by the .cchc, attached, or in the local store). */
    public boolean has(EvidenceFile file) {
        return folder.contains(file.sha256()) || fallback != null && fallback.contains(file.sha256());
    }

    /** The cited files that are available nowhere (a .cchc saved without evidence, opened elsewhere). */
    public List<EvidenceFile> missing(Assessment of) {
        return EvidenceInventory.of(of).files().values().stream().filter(f -> !has(f)).toList();
    }

    /** Streams a file's checked content from wherever it is available. */
    public void copyTo(EvidenceFile file, OutputStream out) {
        if (!folder.contains(file.sha256()) && fallback != null) {
            fallback.copyTo(file, out);
        } else {
            folder.copyTo(file, out);
        }
    }

    /** This folder as the source of a .cchc save. */
    public EvidenceSource source() {
        return new EvidenceSource() {
            @Override
            public boolean has(EvidenceFile file) {
                return EvidenceWorkFolder.this.has(file);
            }

            @Override
            public void copyTo(EvidenceFile file, OutputStream out) {
                EvidenceWorkFolder.this.copyTo(file, out);
            }
        };
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(all.sorted(Comparator.reverseOrder()).toList());
            for (Path path : paths) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(EvidenceWorkFolder.class.getName())
                    .log(java.util.logging.Level.WARNING, "Cannot delete " + root, e);
        }
    }
}
