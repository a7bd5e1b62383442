package vn.cchc.workbook.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * The data shipped inside the program: the sample criteria sets ("Bộ tiêu chí mẫu") a user starts from and
 * replaces with their province's own (today's structure: xã, phường, đặc khu and sở, ban, ngành of 2025; and the
 * 2023 commune and district sets, the district one marked as before 7/2025), the sample assessment of xã Hiền
 * Thành (6 tháng đầu năm 2023), and a merged commune of 2025 whose earlier period is its former communes' results.
 * Each is read once through the same strict readers as a user's file and then shared (the values are immutable).
 */
public final class BundledData {

    public static final String COMMUNE_CRITERIA = "/vn/cchc/workbook/bundled/criteria/mau-xa.json";
    public static final String DISTRICT_CRITERIA = "/vn/cchc/workbook/bundled/criteria/mau-huyen.json";
    public static final String SAMPLE_ASSESSMENT = "/vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json";
    public static final String COMMUNE_CRITERIA_2025 = "/vn/cchc/workbook/bundled/criteria/mau-xa-2025.json";
    public static final String DEPARTMENT_CRITERIA = "/vn/cchc/workbook/bundled/criteria/mau-so-2025.json";
    public static final String MERGED_SAMPLE = "/vn/cchc/workbook/bundled/samples/sap-nhap-6t-2025.json";

    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private BundledData() {
    }

    /**
     * The sample sets in the order offered to the user: today's structure first (communes, then departments), then
     * the 2023 commune set and the district set kept for workbooks before 7/2025.
     */
    public static List<CriteriaSet> sampleCriteriaSets() {
        return List.of(set(COMMUNE_CRITERIA_2025), set(DEPARTMENT_CRITERIA), set(COMMUNE_CRITERIA),
                set(DISTRICT_CRITERIA));
    }

    /**
     * The 2023 sample set for {@code level} (the one the Hiền Thành sample and older workbooks were scored against);
     * for departments, the 2025 one, the only sample there is.
     *
     * @throws IllegalArgumentException for provinces, for which no sample is shipped
     */
    public static CriteriaSet sampleCriteriaSet(UnitLevel level) {
        return set(switch (level) {
            case COMMUNE -> COMMUNE_CRITERIA;
            case DISTRICT -> DISTRICT_CRITERIA;
            case DEPARTMENT -> DEPARTMENT_CRITERIA;
            case PROVINCE -> throw new IllegalArgumentException("No sample criteria set for " + level);
        });
    }

    /**
     * The sample set a new assessment of {@code level} for {@code year} starts from: from 2025 on the sets of the
     * two-tier structure; districts only before 2025.
     *
     * @throws IllegalArgumentException for provinces, and for districts from 2025 (the tier no longer exists)
     */
    public static CriteriaSet sampleCriteriaSet(UnitLevel level, int year) {
        if (year < vn.cchc.workbook.domain.assessment.UnitKind.FIRST_TWO_TIER_YEAR) {
            return sampleCriteriaSet(level);
        }
        return set(switch (level) {
            case COMMUNE -> COMMUNE_CRITERIA_2025;
            case DEPARTMENT -> DEPARTMENT_CRITERIA;
            case DISTRICT, PROVINCE -> throw new IllegalArgumentException("No sample criteria set for " + level
                    + " in " + year);
        });
    }

    private static CriteriaSet set(String resource) {
        return (CriteriaSet) CACHE.computeIfAbsent(resource, r -> CriteriaSetJson.check(bytes(r)).valueOrThrow());
    }

    /**
     * A merged ward of 2025 (phường Đông Hà, from the former phường 1, phường 5 and phường Đông Lễ), 6 tháng đầu
     * năm 2025, scored against the 2025 commune sample, whose earlier period is the average of its former wards'
     * results for 2024.
     */
    public static Assessment mergedSample() {
        return (Assessment) CACHE.computeIfAbsent(MERGED_SAMPLE, r -> AssessmentJson.check(bytes(r)).valueOrThrow());
    }

    /** Xã Hiền Thành, 6 tháng đầu năm 2023: every row of the appraisal appendix the project's seeds reproduce. */
    public static Assessment sampleAssessment() {
        return (Assessment) CACHE.computeIfAbsent(SAMPLE_ASSESSMENT,
                r -> AssessmentJson.check(bytes(r)).valueOrThrow());
    }

    /** Whether {@code resource} (one of the constants above) is part of this build. */
    public static boolean isPresent(String resource) {
        return BundledData.class.getResource(resource) != null;
    }

    /** A missing or unreadable bundled file is a broken build, not something the user caused. */
    private static byte[] bytes(String resource) {
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException("Reading bundled resource " + resource, failed);
        }
    }
}
