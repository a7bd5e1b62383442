package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.util.Objects;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.comparison.EarlierPeriod;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.StoreException;
import vn.cchc.workbook.store.WorkbookStore;

/**
 * Links an assessment to an earlier period of the same unit, from files or from the store. The earlier period is
 * kept inside the later assessment as a baseline ({@link EarlierPeriod}), so it travels with the later .cchc file.
 */
public final class PeriodLinks {

    private PeriodLinks() {
    }

    /**
     * Embeds the baseline of {@code earlierFile} in {@code laterFile} and saves the later file (atomically).
     *
     * @param rankText the earlier period's published rank as typed; blank keeps the earlier file's own
     * @return the later assessment as saved
     * @throws vn.cchc.workbook.interchange.CchcFileException when a file is refused or cannot be written
     * @throws vn.cchc.workbook.domain.InvalidInputException  when they are not two periods of the same unit
     */
    public static Assessment linkFiles(Path laterFile, Path earlierFile, String rankText) {
        Assessment later = CchcFile.read(laterFile);
        Assessment earlier = CchcFile.read(earlierFile);
        Assessment linked = EarlierPeriod.link(later, earlier, rankText);
        CchcFile.write(linked, laterFile);
        return linked;
    }

    /**
     * Links two assessments of the store.
     *
     * @throws StoreException when either is not in the store
     */
    public static Assessment linkInStore(WorkbookStore store, String laterId, String earlierId, String rankText) {
        Objects.requireNonNull(store, "store");
        Assessment later = store.loadAssessment(laterId)
                .orElseThrow(() -> new StoreException("store.assessment.notFound", laterId));
        Assessment earlier = store.loadAssessment(earlierId)
                .orElseThrow(() -> new StoreException("store.assessment.notFound", earlierId));
        Assessment linked = EarlierPeriod.link(later, earlier, rankText);
        store.saveEarlierPeriod(laterId, linked.earlierPeriod());
        return linked;
    }
}
