package vn.cchc.workbook.app;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.EvidenceInventory;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.JsonCheck;

/**
 * Removes evidence files no workbook needs any more: stored but never cited (an attachment given up), or cited only
 * by a workbook since deleted. A file is needed while any workbook cites it, while the edit history of any workbook
 * cites it (undo brings the citation back), and while an earlier round cites it ("Các vòng trước"). The sweep is
 * checked: when any of those cannot be read in full, nothing is removed.
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
     * @throws StoreException when a workbook, its history or an earlier round cannot be read (nothing removed)
     */
    public static Result sweep(WorkbookStore store) {
        EvidenceFolder folder = store.evidenceFolder();
        Set<String> stored = folder.storedHashes();
        if (stored.isEmpty()) {
            return new Result(0, 0, 0);
        }
        Set<String> needed = needed(store);
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

    private static Set<String> needed(WorkbookStore store) {
        Set<String> needed = new HashSet<>();
        for (WorkbookStore.AssessmentSummary summary : store.listAssessments()) {
            Assessment assessment = store.loadAssessment(summary.id())
                    .orElseThrow(() -> new StoreException("store.assessment.notFound", summary.id()));
            needed.addAll(EvidenceInventory.of(assessment).files().keySet());
            for (WorkbookStore.EntryEdit edit : store.history(summary.id(), Integer.MAX_VALUE)) {
                cite(edit.before(), needed);
                cite(edit.after(), needed);
            }
            for (WorkbookStore.EarlierRound round : store.earlierRounds(summary.id())) {
                byte[] data = store.earlierRoundData(round.id())
                        .orElseThrow(() -> new StoreException("exchange.round.missing", round.label()));
                JsonCheck<Assessment> check = AssessmentJson.check(data);
                if (!check.isValid()) {
                    throw new StoreException("exchange.round.unreadable", round.label());
                }
                needed.addAll(EvidenceInventory.of(check.value()).files().keySet());
            }
        }
        return needed;
    }

    private static void cite(Entry entry, Set<String> needed) {
        if (entry == null) {
            return;
        }
        for (EvidenceDocument document : entry.evidence()) {
            if (document.file() != null) {
                needed.add(document.file().sha256());
            }
        }
    }
}
