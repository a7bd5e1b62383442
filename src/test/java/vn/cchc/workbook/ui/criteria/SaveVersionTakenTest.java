package vn.cchc.workbook.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.criteria.editing.VersionDetails;
import vn.cchc.workbook.interchange.BundledData;

/** A set is not saved as a twin of one in the library: the proposal moves to the next free version. */
class SaveVersionTakenTest {

    @Test
    void aTakenNumberedVersionIsProposedAsTheNextFreeOne() {
        CriteriaSet stored = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        SaveVersionDialog.Taken taken = SaveVersionDialog.Taken.of(List.of(stored));
        String year = Integer.toString(stored.year());

        assertThat(taken.has(stored.name().toUpperCase(java.util.Locale.ROOT), year, stored.version())).isTrue();
        assertThat(taken.has(stored.name(), year, stored.version() + " b")).isFalse();

        VersionDetails first = new VersionDetails(stored.name(), "1234/QĐ-UBND", LocalDate.of(2026, 1, 15),
                stored.year(), "1", UnitLevel.COMMUNE);
        SaveVersionDialog.Taken twoTaken = SaveVersionDialog.Taken.of(List.of(
                withVersion(stored, "1"), withVersion(stored, "2")));
        assertThat(twoTaken.free(first).version()).isEqualTo("3");
        assertThat(SaveVersionDialog.Taken.of(List.of()).free(first)).isEqualTo(first);
    }

    private static CriteriaSet withVersion(CriteriaSet set, String version) {
        return set.withIdentity(set.id() + "-" + version, set.name(), version);
    }
}
