package vn.cchc.workbook.ui.scoring;

import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * The departments answering for a node: its own list, or the nearest ancestor's when it has none
 * ({@code fromCode} then names that ancestor).
 */
public record EffectiveResponsibility(List<Responsibility> responsibilities, String fromCode, boolean inherited) {

    /** The departments answering for {@code code} in {@code assessment}: its own, or the nearest ancestor's. */
    static EffectiveResponsibility of(Assessment assessment, String code) {
        Entry own = assessment.entry(code);
        if (!own.responsibilities().isEmpty()) {
            return new EffectiveResponsibility(own.responsibilities(), code, false);
        }
        Optional<CriterionNode> parent = assessment.criteria().parentOf(code);
        while (parent.isPresent()) {
            Entry entry = assessment.entry(parent.get().code());
            if (!entry.responsibilities().isEmpty()) {
                return new EffectiveResponsibility(entry.responsibilities(), parent.get().code(), true);
            }
            parent = assessment.criteria().parentOf(parent.get().code());
        }
        return new EffectiveResponsibility(List.of(), null, false);
    }
}
