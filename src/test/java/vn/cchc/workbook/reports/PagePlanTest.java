package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.reports.PagePlan.Kind.BODY;
import static vn.cchc.workbook.reports.PagePlan.Kind.CONTINUATION;
import static vn.cchc.workbook.reports.PagePlan.Kind.FOOTER;
import static vn.cchc.workbook.reports.PagePlan.Kind.GROUP;
import static vn.cchc.workbook.reports.PagePlan.Kind.REPEAT;
import static vn.cchc.workbook.reports.PagePlan.Kind.TOP;
import static vn.cchc.workbook.reports.PagePlan.Kind.TOTAL;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The page rules on small, hand-made sheets: heights in points, a page of 100 points. */
class PagePlanTest {

    private static final double PAGE = 100;

    private final List<PagePlan.Row> rows = new ArrayList<>();

    private PagePlanTest add(PagePlan.Kind kind, double height, int count) {
        for (int i = 0; i < count; i++) {
            rows.add(new PagePlan.Row(height, kind));
        }
        return this;
    }

    private List<Integer> plan() {
        return PagePlan.pageStarts(rows, PAGE);
    }

    /** Rows on each page, by kind, from the plan. */
    private List<List<PagePlan.Kind>> pages() {
        List<Integer> starts = plan();
        List<List<PagePlan.Kind>> pages = new ArrayList<>();
        List<PagePlan.Kind> page = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (starts.contains(r)) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.add(rows.get(r).kind());
        }
        pages.add(page);
        return pages;
    }

    private double height(int first, int last) {
        double sum = 0;
        for (int r = first; r < last; r++) {
            sum += rows.get(r).height();
        }
        return sum;
    }

    @Test
    void aSheetThatFitsHasOnePage() {
        add(TOP, 20, 1).add(REPEAT, 10, 1).add(BODY, 10, 5).add(TOTAL, 10, 1);
        assertThat(plan()).isEmpty();
    }

    @Test
    void aFewRowsThatCannotShareAPageWithTheSignatureStillLeaveItSomeRows() {
        // Three units, a tall header block and the notes and signature: not one page. Before, the first page took
        // all three rows (its first rows) and the notes and signature went alone onto the second, under a repeated
        // header.
        add(TOP, 30, 1).add(REPEAT, 25, 1).add(BODY, 8, 3).add(PagePlan.Kind.NOTE, 10, 2).add(FOOTER, 8, 3);
        List<List<PagePlan.Kind>> pages = pages();
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).as("the last page").contains(BODY, PagePlan.Kind.NOTE, FOOTER);
        assertThat(pages.get(0)).as("the first page").contains(BODY).doesNotContain(PagePlan.Kind.NOTE, FOOTER);
    }

    @Test
    void aFewRowsThatFitWithTheSignaturePrintOnOnePage() {
        add(TOP, 30, 1).add(REPEAT, 25, 1).add(BODY, 5, 3).add(PagePlan.Kind.NOTE, 5, 2).add(FOOTER, 5, 3);
        assertThat(plan()).isEmpty();
    }

    @Test
    void everyPageHoldsNoMoreThanItsHeightWithTheRepeatedHeader() {
        add(TOP, 20, 1).add(REPEAT, 10, 1).add(BODY, 10, 40).add(TOTAL, 10, 1);
        List<Integer> starts = plan();
        List<Integer> bounds = new ArrayList<>(starts);
        bounds.add(rows.size());
        int from = 0;
        for (int b = 0; b < bounds.size(); b++) {
            double used = height(from, bounds.get(b)) + (b == 0 ? 0 : 10);
            assertThat(used).isLessThanOrEqualTo(PAGE);
            from = bounds.get(b);
        }
        // 40 body rows of 10 points: 7 on the first page (after 30 points of title and header), 9 on later ones.
        assertThat(starts).hasSize(4);
    }

    @Test
    void theSignatureBlockNeverSplitsAndTakesTheTotalsAndLastRowsWithIt() {
        // The body would fill the first page exactly; the total and the 30-point signature cannot follow alone.
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 10, 8).add(TOTAL, 10, 1).add(FOOTER, 10, 3);
        List<List<PagePlan.Kind>> pages = pages();
        assertThat(pages).hasSize(2);
        List<PagePlan.Kind> last = pages.get(1);
        assertThat(last).containsSubsequence(BODY, BODY, TOTAL, FOOTER, FOOTER, FOOTER);
        assertThat(pages.get(0)).doesNotContain(FOOTER, TOTAL);
    }

    @Test
    void aGroupHeadingNeverEndsAPage() {
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 10, 7).add(GROUP, 10, 1).add(BODY, 10, 10).add(TOTAL, 10, 1);
        for (List<PagePlan.Kind> page : pages()) {
            assertThat(page.getLast()).isNotEqualTo(GROUP);
        }
    }

    @Test
    void aCriterionOverItsSubCriteriaNeverEndsAPage() {
        // The eighth body row, a criterion over the two after it, would end the first page (8 rows fit).
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 10, 7);
        rows.add(new PagePlan.Row(10, BODY, true));
        add(BODY, 10, 10).add(TOTAL, 10, 1);
        List<Integer> starts = plan();
        assertThat(starts).isNotEmpty();
        assertThat(rows.get(starts.get(0) - 1).keepWithNext()).as("the last row of page 1").isFalse();
        assertThat(starts.get(0)).isEqualTo(9);
    }

    @Test
    void aCriterionRowGivesWayWhenKeepingItWouldBreakThePage() {
        // A criterion whose only sub-criterion is taller than a page with it: the criterion may end the page.
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 10, 3);
        rows.add(new PagePlan.Row(10, BODY, true));
        add(BODY, 85, 1).add(BODY, 10, 3).add(TOTAL, 10, 1);
        List<Integer> starts = plan();
        for (int i = 0; i < starts.size(); i++) {
            double used = height(i == 0 ? 0 : starts.get(i - 1), starts.get(i)) + (i == 0 ? 0 : 10);
            assertThat(used).as("page %d", i + 1).isLessThanOrEqualTo(PAGE);
        }
    }

    @Test
    void noPageButTheLastHoldsFewerThanThreeRows() {
        // Filling the first page (8 rows) would leave one or two rows alone on the second, before the tail (the
        // last two rows, one of them 70 points tall, and the total): the first page gives up rows instead.
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 10, 10).add(BODY, 70, 1).add(TOTAL, 5, 1);
        List<List<PagePlan.Kind>> pages = pages();
        for (int p = 0; p < pages.size() - 1; p++) {
            assertThat(pages.get(p).stream().filter(k -> k == BODY).count()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theTitleBlockStaysWithTheHeaderAndTheFirstRows() {
        add(TOP, 60, 1).add(REPEAT, 10, 1).add(BODY, 15, 4).add(TOTAL, 10, 1);
        List<List<PagePlan.Kind>> pages = pages();
        // 60 + 10 + 2 × 15 would fit, but the first page must show three rows under its header: so all go on.
        assertThat(pages.get(0)).startsWith(TOP, REPEAT, BODY);
        assertThat(pages.get(0).stream().filter(k -> k == BODY).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRowCutIntoPiecesEndsAPageInsideItselfInsteadOfLeavingItEmpty() {
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 10, 5).add(BODY, 10, 1).add(CONTINUATION, 10, 7)
                .add(BODY, 10, 6).add(TOTAL, 10, 1);
        List<List<PagePlan.Kind>> pages = pages();
        assertThat(pages.get(1).getFirst()).isEqualTo(CONTINUATION);
        assertThat(height(0, plan().get(0))).isEqualTo(PAGE);
    }

    @Test
    void rowsTooTallForTheRulesAreStillPlacedOnPagesOfTheirOwn() {
        add(TOP, 10, 1).add(REPEAT, 10, 1).add(BODY, 85, 3).add(TOTAL, 10, 1).add(FOOTER, 40, 1);
        List<Integer> starts = plan();
        assertThat(starts).isNotEmpty();
        List<Integer> bounds = new ArrayList<>(starts);
        bounds.add(rows.size());
        int from = 0;
        for (int b = 0; b < bounds.size(); b++) {
            assertThat(height(from, bounds.get(b)) + (b == 0 ? 0 : 10)).isLessThanOrEqualTo(PAGE);
            from = bounds.get(b);
        }
    }
}
