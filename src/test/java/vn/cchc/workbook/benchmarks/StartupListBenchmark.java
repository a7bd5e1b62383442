package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.cchc.workbook.app.StoredWorkbookList;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

/**
 * The start screen's list with many stored workbooks. "start-up": opening the store (its check reads every workbook)
 * and the first list, scored from the check's reading. "refresh after an edit": one workbook edited, then the list
 * read again, first by a list that keeps nothing (every workbook read and scored, as every refresh did before the list
 * kept its figures), then by the list that keeps each workbook's figures until its revision changes
 * ({@link StoredWorkbookList}), which read the list before the edit. Prints the medians and the workbooks checked per
 * read. Run by scripts/bench-startup-list.sh [WORKBOOKS] [ROUNDS] [1010] (1010: the generated 1,010-node set of
 * {@link GridKeystrokeBenchmark} instead of the commune sample); not part of {@code mvn verify}.
 */
public final class StartupListBenchmark {

    private StartupListBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int workbooks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean large = args.length > 2 && args[2].equals("1010");
        Path folder = Files.createTempDirectory("startup-list-bench");
        try {
            Assessment sample = large ? selfScored(GridKeystrokeBenchmark.generated())
                    : BundledData.sampleAssessment();
            try (WorkbookStore store = H2WorkbookStore.open(folder)) {
                for (int n = 1; n <= workbooks; n++) {
                    store.createAssessment(sample.withId("bench-" + n));
                }
            }
            List<Long> startUp = new ArrayList<>();
            List<Long> readingAll = new ArrayList<>();
            List<Long> keeping = new ArrayList<>();
            long checkedAll = 0;
            long checkedKept = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                try (H2WorkbookStore store = H2WorkbookStore.open(folder)) {
                    StoredWorkbookList<String> kept = newList();
                    kept.read(store);
                    startUp.add(System.nanoTime() - start);

                    edit(store, "bench-" + (1 + round % workbooks), round);
                    StoredWorkbookList<String> keepsNothing = newList();
                    start = System.nanoTime();
                    keepsNothing.read(store);
                    readingAll.add(System.nanoTime() - start);
                    checkedAll = keepsNothing.workbooksChecked();

                    long before = kept.workbooksChecked();
                    start = System.nanoTime();
                    kept.read(store);
                    keeping.add(System.nanoTime() - start);
                    checkedKept = kept.workbooksChecked() - before;
                }
            }
            System.out.printf("%d workbooks (%s), %d rounds, %d cores%n", workbooks,
                    large ? "the generated set, 1,010 nodes, every leaf self-scored"
                            : "the bundled commune sample, 120 nodes",
                    rounds, Runtime.getRuntime().availableProcessors());
            System.out.printf("start-up (open the store, first list):   median %.3f s%n", median(startUp));
            System.out.printf("refresh after an edit, keeping nothing: median %.3f s, %d workbooks checked%n",
                    median(readingAll), checkedAll);
            System.out.printf("refresh after an edit, kept figures:    median %.3f s, %d workbooks checked%n",
                    median(keeping), checkedKept);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** A list keeping what the start screen keeps: a short text per workbook, not the workbook. */
    private static StoredWorkbookList<String> newList() {
        return new StoredWorkbookList<>(outcome -> outcome.isDamaged() ? outcome.damage()
                : String.valueOf(outcome.scorecard().totals(vn.cchc.workbook.domain.assessment.Track.SELF).index()));
    }

    /** {@code assessment} with every leaf self-scored. */
    private static Assessment selfScored(Assessment assessment) {
        Assessment scored = assessment;
        for (vn.cchc.workbook.domain.criteria.CriterionNode leaf : assessment.criteria().leaves()) {
            scored = scored.withEntry(Entry.empty(leaf.code())
                    .withSelf(new RuleInput.PointsInput(new BigDecimal("0.05"))));
        }
        return scored;
    }

    /** Changes one self score of {@code id}, as a keystroke in the grid does. */
    private static void edit(WorkbookStore store, String id, int round) {
        Assessment assessment = store.loadAssessment(id).orElseThrow();
        Entry scored = assessment.entries().values().stream()
                .filter(e -> e.self() instanceof RuleInput.PointsInput).findFirst().orElseThrow();
        store.saveEntry(id, scored, scored.withSelf(new RuleInput.PointsInput(BigDecimal.valueOf(round % 2))));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e9;
    }
}
