package vn.cchc.workbook.domain.criteria.editing;

import java.util.Collection;

import vn.cchc.workbook.domain.text.TextFolding;

/**
 * Ids for new criteria sets: readable ASCII made from the name, year and version ("bo-tieu-chi-xa-2024-v2"), so
 * that a JSON file or a log line says which set it is, and never one already taken.
 */
public final class CriteriaSetIds {

    private static final int MAX_NAME_PART = 40;

    private CriteriaSetIds() {
    }

    public static String newId(String name, int year, String version, Collection<String> taken) {
        String base = slug(name, MAX_NAME_PART);
        if (base.isEmpty()) {
            base = "bo-tieu-chi";
        }
        base = base + "-" + year;
        String versionPart = slug(version, 20);
        if (!versionPart.isEmpty()) {
            base = base + "-v" + versionPart;
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII letters and digits joined by single hyphens: Vietnamese marks dropped, đ as d. */
    static String slug(String text, int maxLength) {
        return TextFolding.slug(text, maxLength);
    }
}
