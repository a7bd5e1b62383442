package vn.cchc.workbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDossier;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.interchange.EvidenceSource;
import vn.cchc.workbook.reports.EvidenceIndexReport;

/**
 * Writes the hồ sơ minh chứng ({@link EvidenceDossier}) to a folder or a ZIP file: one subfolder per criterion
 * code, the files under safe unique names, and the index sheet at the top. Every file's content is checked against
 * its hash as it is copied; each file is written atomically.
 */
public final class EvidenceDossierExport {

    /** What was written. */
    public record Result(Path target, int files, int documents, int withoutEvidence) {
    }

    private EvidenceDossierExport() {
    }

    /**
     * Writes the dossier to {@code target}: a ZIP file when its name ends with ".zip", otherwise a folder, which must
     * not exist yet or be empty.
     *
     * @throws UserFacingException when the folder is not empty, or a file cannot be read or written
     */
    public static Result write(Assessment assessment, EvidenceSource source, Path target) {
        EvidenceDossier dossier = EvidenceDossier.of(assessment, source::has);
        byte[] index = EvidenceIndexReport.toBytes(assessment, dossier);
        String indexName = Messages.get("evidence.index.fileName");
        int files = 0;
        if (String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip")) {
            int[] count = {0};
            SafeFileWriter.write(target, out -> {
                ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(indexName));
                zip.write(index);
                zip.closeEntry();
                for (EvidenceDossier.Item item : dossier.items()) {
                    if (!item.path().isEmpty()) {
                        zip.putNextEntry(new ZipEntry(item.path()));
                        source.copyTo(item.document().file(), zip);
                        zip.closeEntry();
                        count[0]++;
                    }
                }
                zip.finish();
            });
            files = count[0];
        } else {
            requireEmptyFolder(target);
            SafeFileWriter.write(target.resolve(indexName), index);
            for (EvidenceDossier.Item item : dossier.items()) {
                if (!item.path().isEmpty()) {
                    Path file = target.resolve(item.path());
                    createFolder(file.getParent());
                    SafeFileWriter.write(file, out -> source.copyTo(item.document().file(), out));
                    files++;
                }
            }
        }
        return new Result(target, files, dossier.items().size(), dossier.withoutEvidence().size());
    }

    private static void requireEmptyFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    throw new UserFacingException("evidence.export.folderNotEmpty", folder.toString());
                }
            } catch (IOException e) {
                throw new UserFacingException(e, "evidence.export.failed", folder.toString(),
                        String.valueOf(e.getMessage()));
            }
        } else if (Files.exists(folder)) {
            throw new UserFacingException("evidence.export.notAFolder", folder.toString());
        }
        createFolder(folder);
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.export.failed", folder.toString(),
                    String.valueOf(e.getMessage()));
        }
    }
}
