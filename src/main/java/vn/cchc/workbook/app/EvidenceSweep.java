package vn.cchc.workbook.app;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes evidence files no workbook needs any more: stored but never cited (an attachment given up), or cited only
 * by a workbook since deleted. A file is needed while any workbook cites it, while the edit history of any workbook
 * cites it (undo brings the citation back), and while an earlier round cites it ("Các vòng trước"). The store answers
 * which files those are in one query ({@link WorkbookStore#citedEvidenceFiles()}); when it cannot, nothing is
 * removed.
 */
public final class EvidenceSweep {

    private static final Logger LOG = Logger.getLogger(EvidenceSweep.class.getName());

    private EvidenceSweep() {
    }

    /** What a sweep did: files removed and their bytes, files kept. */
    public record Result(int removed, long bytes, int kept) {
    }

    /**
     * Sweeps the store's evidence folder. Call when nothing else uses the store (the window does it while the store
     * opens, before the first workbook is shown).
     *
     * @throws StoreException when the store cannot say which files are cited (nothing removed)
     */
    public static Result sweep(WorkbookStore store) {
        EvidenceFolder folder = store.evidenceFolder();
        Set<String> stored = folder.storedHashes();
        if (stored.isEmpty()) {
            return new Result(0, 0, 0);
        }
        Set<String> needed = store.citedEvidenceFiles();
        int removed = 0;
        long bytes = 0;
        for (String sha256 : stored) {
            if (!needed.contains(sha256)) {
                long size = folder.remove(sha256);
                if (size >= 0) {
                    removed++;
                    bytes += size;
                }
            }
        }
        Result result = new Result(removed, bytes, stored.size() - removed);
        if (removed > 0) {
            LOG.log(Level.INFO, "Removed {0} unreferenced evidence files ({1} bytes), kept {2}",
                    new Object[] {removed, bytes, result.kept()});
        }
        return result;
    }
}
