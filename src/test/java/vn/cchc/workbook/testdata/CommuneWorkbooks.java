package vn.cchc.workbook.testdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;

/**
 * Many communes' workbooks as a district receives them: the bundled commune set, every leaf appraised, the scores
 * varied deterministically per unit so that indices spread over the bands and some coincide.
 */
public final class CommuneWorkbooks {

    private CommuneWorkbooks() {
    }

    /** Commune number {@code i} (from 0), scored against {@code set}. */
    public static Assessment commune(int i, CriteriaSet set) {
        Assessment a = Assessment.start(new AssessedUnit(String.format("Xã số %03d", i), UnitLevel.COMMUNE,
                "UBND huyện Vĩnh Linh", ""), Period.FULL_YEAR, 2023, set, List.of());
        List<CriterionNode> leaves = set.leaves();
        // Units lose points on 0–98 % of their leaves; units i and i + 50 lose on the same ones (equal indices).
        int lossPercent = (i % 50) * 2;
        for (int l = 0; l < leaves.size(); l++) {
            CriterionNode leaf = leaves.get(l);
            boolean loses = Math.floorMod(l * 37 + i % 50 * 11, 100) < lossPercent;
            a = a.withEntry(a.entry(leaf.code()).withFirstAppraisal(GeneratedAssessment.input(leaf, loses ? 1 : 0)));
        }
        return a;
    }

    /** Writes {@code count} commune workbooks as .cchc files in {@code folder}. */
    public static List<Path> write(Path folder, int count) {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("xa-%03d.cchc", i));
            CchcFile.write(commune(i, set), file);
            files.add(file);
        }
        return files;
    }
}
