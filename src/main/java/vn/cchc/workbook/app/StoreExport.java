package vn.cchc.workbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.interchange.CchcFile;

/**
 * Every workbook of the store written as a .cchc file into one folder, on request ("Xuất tất cả" in the recovery
 * dialog, {@code store export} on the command line): a copy the officer can keep elsewhere or send. The store is
 * only read (a read-only store will do), and one workbook that cannot be read or written does not stop the others.
 */
public final class StoreExport {

    private static final Logger LOG = Logger.getLogger(StoreExport.class.getName());

    /**
     * One workbook's outcome.
     *
     * @param unitName the unit, to show
     * @param file     the file written, or empty when it failed
     * @param problem  why it failed (Vietnamese), or empty
     */
    public record Outcome(String unitName, Optional<Path> file, Optional<String> problem) {
    }

    private StoreExport() {
    }

    /** Writes every workbook of {@code store} into {@code folder} (created when missing); never overwrites a file. */
    public static List<Outcome> exportAll(WorkbookStore store, Path folder) {
        Objects.requireNonNull(store, "store");
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException failed) {
            throw new UserFacingException(failed, "storesafety.export.folder", folder.toString());
        }
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (WorkbookStore.AssessmentSummary summary : store.listAssessments()) {
            try {
                Assessment assessment = store.loadAssessment(summary.id())
                        .orElseThrow(() -> new UserFacingException("storesafety.export.unreadable"));
                Path file = freeName(folder, WorkbookFiles.suggestedFileName(assessment).getFileName().toString(),
                        used);
                CchcFile.write(assessment, file);
                outcomes.add(new Outcome(summary.unitName(), Optional.of(file), Optional.empty()));
            } catch (UserFacingException failed) {
                outcomes.add(new Outcome(summary.unitName(), Optional.empty(), Optional.of(failed.getMessage())));
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Workbook not exported: " + summary.id(), failed);
                outcomes.add(new Outcome(summary.unitName(), Optional.empty(),
                        Optional.of(Messages.get("storesafety.export.unreadable"))));
            }
        }
        return outcomes;
    }

    private static Path freeName(Path folder, String name, Set<String> used) {
        String base = name.endsWith(CchcFile.EXTENSION) ? name.substring(0, name.length() - CchcFile.EXTENSION.length())
                : name;
        String candidate = base + CchcFile.EXTENSION;
        for (int n = 2; used.contains(candidate) || Files.exists(folder.resolve(candidate)); n++) {
            candidate = base + " (" + n + ")" + CchcFile.EXTENSION;
        }
        used.add(candidate);
        return folder.resolve(candidate);
    }
}
