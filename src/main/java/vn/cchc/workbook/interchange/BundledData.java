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
 * replaces with their province's own, and the sample assessment of xã Hiền Thành (6 tháng đầu năm 2023).
 * Each is read once through the same strict readers as a user's file and then shared (the values are immutable).
 */
public final class BundledData {

    public static final String COMMUNE_CRITERIA = "/vn/cchc/workbook/bundled/criteria/mau-xa.json";
    public static final String DISTRICT_CRITERIA = "/vn/cchc/workbook/bundled/criteria/mau-huyen.json";
    public static final String SAMPLE_ASSESSMENT = "/vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json";

    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private BundledData() {
    }

    /** The sample sets in the order offered to the user: communes first, then districts. */
    public static List<CriteriaSet> sampleCriteriaSets() {
        return List.of(sampleCriteriaSet(UnitLevel.COMMUNE), sampleCriteriaSet(UnitLevel.DISTRICT));
    }

    /**
     * The sample set for {@code level}.
     *
     * @throws IllegalArgumentException for a level no sample is shipped for (province, provincial department)
     */
    public static CriteriaSet sampleCriteriaSet(UnitLevel level) {
        String resource = switch (level) {
            case COMMUNE -> COMMUNE_CRITERIA;
            case DISTRICT -> DISTRICT_CRITERIA;
            default -> throw new IllegalArgumentException("No sample criteria set for " + level);
        };
        return (CriteriaSet) CACHE.computeIfAbsent(resource, r -> CriteriaSetJson.check(bytes(r)).valueOrThrow());
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
