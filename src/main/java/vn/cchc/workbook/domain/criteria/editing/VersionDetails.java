package vn.cchc.workbook.domain.criteria.editing;

import java.time.LocalDate;
import java.util.Objects;

import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * What the clerk types when saving a set as a new version: its name, the decision that issued it
 * ("Quyết định số 1675/QĐ-UBND ngày 16/11/2022"), the year it applies to and a version label.
 *
 * @param decisionDate may be null when the decision is not known yet
 */
public record VersionDetails(String name, String decisionNumber, LocalDate decisionDate, int year, String version,
                             UnitLevel level) {

    public VersionDetails {
        name = name == null ? "" : name.strip();
        decisionNumber = decisionNumber == null ? "" : decisionNumber.strip();
        version = version == null ? "" : version.strip();
        Objects.requireNonNull(level, "level");
    }
}
