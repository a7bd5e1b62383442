package vn.cchc.workbook.app;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.comparison.MergedUnits;
import vn.cchc.workbook.interchange.CchcEvidence;
import vn.cchc.workbook.interchange.CchcFile;

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
        Assessment linked = EarlierPeriods.link(later, earlier, rankText);
        if (CchcFile.readManifest(laterFile).hasEvidence()) {
            // A file that carries evidence keeps it: rewritten with the files it carried, each checked again.
            try (EvidenceWorkFolder work = EvidenceWorkFolder.open(laterFile, null)) {
                CchcEvidence.write(linked, laterFile, work.source(), 0);
            }
        } else {
            CchcFile.write(linked, laterFile);
        }
        return linked;
    }

    /**
     * Embeds in {@code laterFile} the combined baseline of the former units' files (a merged commune's earlier
     * period) and saves the later file (atomically).
     *
     * @return the later assessment as saved
     * @throws vn.cchc.workbook.interchange.CchcFileException when a file is refused or cannot be written
     * @throws vn.cchc.workbook.domain.InvalidInputException  when the former units cannot be combined
     */
    public static Assessment linkMergedFiles(Path laterFile, List<Path> formerFiles, MergedUnits.Choice choice,
                                             String rankText) {
        Assessment later = CchcFile.read(laterFile);
        List<Assessment> formers = formerFiles.stream().map(CchcFile::read).toList();
        Assessment linked = MergedUnits.link(later, formers, choice, rankText);
        CchcFile.write(linked, laterFile);
        return linked;
    }

    /**
     * Links the store's {@code formerIds} as the earlier period of the merged unit {@code laterId}.
     *
     * @throws StoreException when one of them is not in the store
     */
    public static Assessment linkMergedInStore(WorkbookStore store, String laterId, List<String> formerIds,
                                               MergedUnits.Choice choice, String rankText) {
        Assessment later = loadEarlier(store, laterId);
        List<Assessment> formers = formerIds.stream().map(id -> loadEarlier(store, id)).toList();
        Assessment linked = MergedUnits.link(later, formers, choice, rankText);
        store.saveEarlierPeriod(laterId, linked.earlierPeriod());
        return linked;
    }

    /**
     * Links two assessments of the store.
     *
     * @throws StoreException when either is not in the store
     */
    public static Assessment linkInStore(WorkbookStore store, String laterId, String earlierId, String rankText) {
        Objects.requireNonNull(store, "store");
        Assessment later = sound(store.loadAssessment(laterId)
                .orElseThrow(() -> new StoreException("store.assessment.notFound", laterId)));
        Assessment earlier = sound(store.loadAssessment(earlierId)
                .orElseThrow(() -> new StoreException("store.assessment.notFound", earlierId)));
        Assessment linked = EarlierPeriods.link(later, earlier, rankText);
        store.saveEarlierPeriod(laterId, linked.earlierPeriod());
        return linked;
    }
    /** An assessment of the store that may be linked as the earlier period ("Hiền Thành — 6 tháng đầu năm 2023"). */
    public record EarlierChoice(String assessmentId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The store's other assessments of {@code later}'s unit (by name, without "UBND xã"), newest year first; the
     * domain checks level and order again when one is linked.
     */
    public static List<EarlierChoice> choicesInStore(WorkbookStore store, Assessment later) {
        String unit = simplified(later.unit().name());
        return store.listAssessments().stream()
                .filter(s -> !s.id().equals(later.id()))
                .filter(s -> simplified(s.unitName()).equals(unit))
                .sorted(Comparator.comparingInt(WorkbookStore.AssessmentSummary::year).reversed())
                .map(s -> new EarlierChoice(s.id(),
                        s.unitName() + " — " + (s.period().label() + " " + s.year()).strip()))
                .toList();
    }

    /** An earlier period's .cchc file, read strictly (a refused file throws its Vietnamese message). */
    public static Assessment readEarlier(Path earlierFile) {
        return CchcFile.read(earlierFile);
    }

    /**
     * An earlier assessment of the store.
     *
     * @throws StoreException when it is not in the store
     */
    public static Assessment loadEarlier(WorkbookStore store, String assessmentId) {
        return sound(store.loadAssessment(assessmentId)
                .orElseThrow(() -> new StoreException("store.assessment.notFound", assessmentId)));
    }

    /** Linking scores the earlier period: a stored workbook beyond the bounds is refused first, never scored. */
    private static Assessment sound(Assessment assessment) {
        StoredWorkbookCheck.damageOf(assessment).ifPresent(damage -> {
            throw new UserFacingException("limits.stored.damaged", assessment.unit().name(), damage);
        });
        return assessment;
    }

    private static String simplified(String name) {
        String lower = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        for (String prefix : List.of("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ", "xã ", "phường ", "thị trấn ",
                "huyện ", "quận ", "thị xã ", "thành phố ")) {
            if (lower.startsWith(prefix)) {
                lower = lower.substring(prefix.length());
            }
        }
        return lower.strip();
    }
}
