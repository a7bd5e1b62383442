package vn.cchc.workbook.ui.scoring;

import java.util.List;

import vn.cchc.workbook.domain.assessment.Responsibility;

/**
 * The departments answering for a node: its own list, or the nearest ancestor's when it has none
 * ({@code fromCode} then names that ancestor).
 */
public record EffectiveResponsibility(List<Responsibility> responsibilities, String fromCode, boolean inherited) {
}
