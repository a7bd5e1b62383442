package vn.cchc.workbook.ui.comparison;

/**
 * One line of the comparison, formatted for display.
 *
 * @param status    "" for a matched node, "Mới" / "Bỏ" / "Điểm tối đa đổi" otherwise
 * @param direction 1 when points went up, -1 when down, 0 when unchanged or not comparable
 * @param kind      how the row relates to the earlier period, for its style
 * @param earlierRank for a lĩnh vực, the earlier period's rank typed for it ("xếp thứ 7/10"); "" otherwise
 */
public record ChangeRow(String code, String label, int depth, String earlier, String now, String change,
                        int direction, String status, Kind kind, String earlierRank) {

    /** Matched, new, dropped: as {@code NodeChange.Status}, and a department row. */
    public enum Kind { MATCHED, NEW, DROPPED, DEPARTMENT }
}
