package vn.cchc.workbook.reports.criteria;

import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * What the user says about the set being imported. Every field may be null: the reader then takes it from the
 * lines above the table (the template's "Tên bộ tiêu chí:", "Cấp:", "Năm áp dụng:" lines, or the appendix title
 * "BỘ TIÊU CHÍ … CẤP XÃ NĂM 2023"), and otherwise falls back to the file name, cấp xã and the current year.
 */
public record ImportMetadata(String id, String name, UnitLevel level, Integer year, String version) {

    public static final ImportMetadata NONE = new ImportMetadata(null, null, null, null, null);

    public ImportMetadata {
        id = blankToNull(id);
        name = blankToNull(name);
        version = blankToNull(version);
    }

    public ImportMetadata withName(String newName) {
        return new ImportMetadata(id, newName, level, year, version);
    }

    public ImportMetadata withLevel(UnitLevel newLevel) {
        return new ImportMetadata(id, name, newLevel, year, version);
    }

    public ImportMetadata withYear(Integer newYear) {
        return new ImportMetadata(id, name, level, newYear, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
