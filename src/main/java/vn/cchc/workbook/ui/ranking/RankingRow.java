package vn.cchc.workbook.ui.ranking;

import java.util.List;

/**
 * One unit of the ranking, formatted as the table shows it.
 *
 * @param fieldPoints one text per lĩnh vực column, blank where the unit's set lacks it
 * @param rank        "1", "2", "2" (đồng hạng shows in the note), blank when not ranked
 * @param indexValue  the index for the chart; NaN when there is none
 */
public record RankingRow(int position, String unit, String source, List<String> fieldPoints, String total,
                         String index, String rank, String band, String note, boolean tied, double indexValue) {

    public RankingRow {
        fieldPoints = List.copyOf(fieldPoints);
    }
}
