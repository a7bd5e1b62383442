package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Period;

/**
 * One row of the ranking: a unit's appraised points per lĩnh vực, total, index, rank and band.
 *
 * @param position       STT: the row number in ranked order, from 1
 * @param assessmentId   the assessment ranked
 * @param source         where it came from (the file name), for messages; may be blank
 * @param fieldPoints    appraised points per lĩnh vực code of the reference set; a code the unit lacks, or whose
 *                       lĩnh vực is not applicable or not yet appraised, is absent
 * @param unappraisedFields the lĩnh vực codes of the unit's set that are applicable with nothing appraised yet:
 *                       printed as a dash, not as 0,00
 * @param notApplicableFields the lĩnh vực codes of the unit's set that it marked không áp dụng: a dash, and the note
 *                       says so (the index is computed without them)
 * @param total          total points (achieved + bonus − penalty)
 * @param index          the index; null when nothing was applicable (then the unit is not ranked)
 * @param rank           1 for the highest index; units whose index is equal at 2 decimals share it (đồng hạng)
 *                       and the next rank skips (1, 2, 2, 4); 0 when not ranked
 * @param tied           shares its rank with another unit
 * @param band           xếp loại, or null when not ranked
 * @param differences    how the unit's criteria differ from the reference set (empty when identical)
 * @param published      whether total and index are the published ones ({@link Ranking#basis()}); false when
 *                       computed, by choice or because the unit recorded no published result
 * @param period         the period the unit's workbook assesses
 * @param year           its year: with the unit's kind, what the sheet's title calls the unit (a 2024 commune
 *                       belongs to the old structure, a 2025 one to the two-tier one)
 * @param unappraised    applicable criteria still without an appraised score when ranked on its computed result
 *                       (0 on a published one): the outputs say so, its figures may still rise
 */
public record RankedUnit(int position, String assessmentId, AssessedUnit unit, String source,
                         Map<String, BigDecimal> fieldPoints, Set<String> unappraisedFields,
                         Set<String> notApplicableFields, BigDecimal total, BigDecimal index, int rank,
                         boolean tied, Band band, List<CriteriaDifference> differences,
                         boolean published, Period period, int year, int unappraised) {

    public RankedUnit {
        fieldPoints = Map.copyOf(fieldPoints);
        unappraisedFields = Set.copyOf(unappraisedFields);
        notApplicableFields = Set.copyOf(notApplicableFields);
        differences = List.copyOf(differences);
        java.util.Objects.requireNonNull(period, "period");
    }

    /** The same row with another band (the thresholds changed; nothing else did). */
    public RankedUnit withBand(Band value) {
        return new RankedUnit(position, assessmentId, unit, source, fieldPoints, unappraisedFields,
                notApplicableFields, total, index, rank, tied, value, differences, published, period, year,
                unappraised);
    }

    public boolean isRanked() {
        return rank > 0;
    }

    /**
     * Whether lĩnh vực {@code code} shows a dash, not points: the unit has it but nothing in it is appraised yet, or
     * it is marked không áp dụng.
     */
    public boolean fieldDashed(String code) {
        return unappraisedFields.contains(code) || notApplicableFields.contains(code);
    }

    /** The points of lĩnh vực {@code code}, or null when the unit's set has no such lĩnh vực or it has no points. */
    public BigDecimal fieldPoints(String code) {
        return fieldPoints.get(code);
    }
}
