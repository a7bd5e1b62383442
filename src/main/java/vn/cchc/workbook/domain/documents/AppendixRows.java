package vn.cchc.workbook.domain.documents;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Scorecard;

/**
 * Which rows a phụ lục of lost points lists (as the appendix of the 2023 Hiền Thành letter does): every lĩnh vực
 * (and bonus or penalty group), so the total row adds up, then every node that lost points and its parents.
 * Shared by the Excel appendix and the Word letter.
 */
public final class AppendixRows {

    private AppendixRows() {
    }

    /** Codes of the rows to list for {@code track}. */
    public static Set<String> withDeductions(Assessment assessment, Scorecard scorecard, Track track) {
        Set<String> codes = new HashSet<>();
        for (NodeResult result : scorecard.nodes()) {
            if (result.depth() == 0) {
                codes.add(result.code());
            }
            Figures figures = result.figures(track);
            boolean lost = result.node().section() == Section.MAIN && figures.hasDeduction();
            // A penalty that was incurred is listed too, with what caused it.
            boolean penalised = result.node().section() == Section.PENALTY && figures.isScored()
                    && figures.achieved().signum() > 0;
            if (lost || penalised) {
                codes.add(result.code());
                Optional<CriterionNode> parent = assessment.criteria().parentOf(result.code());
                while (parent.isPresent() && codes.add(parent.get().code())) {
                    parent = assessment.criteria().parentOf(parent.get().code());
                }
            }
        }
        return codes;
    }
}
