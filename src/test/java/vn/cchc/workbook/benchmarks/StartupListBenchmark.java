package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import vn.cchc.workbook.app.StoredWorkbookCheck;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

/**
 * Start-up with many stored workbooks: opening the store (its check reads every workbook) and then listing them on
 * the start screen with each one's index. "each read twice" lists by loading every workbook again (as before);
 * "each read once" lists from the opening check's reading ({@link StoredWorkbookCheck#checkAll}). The two are
 * alternated over several rounds on the same store; prints the median of each and the workbooks read. Run by
 * scripts/bench-startup-list.sh [WORKBOOKS] [ROUNDS]; not part of {@code mvn verify}.
 */
public final class StartupListBenchmark {

    private StartupListBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int workbooks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Files.createTempDirectory("startup-list-bench");
        try {
            Assessment sample = BundledData.sampleAssessment();
            try (WorkbookStore store = H2WorkbookStore.open(folder)) {
                for (int n = 1; n <= workbooks; n++) {
                    store.createAssessment(sample.withId("bench-" + n));
                }
            }
            List<Long> twice = new ArrayList<>();
            List<Long> once = new ArrayList<>();
            long readsTwice = 0;
            long readsOnce = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                try (H2WorkbookStore store = H2WorkbookStore.open(folder)) {
                    for (WorkbookStore.AssessmentSummary summary : store.listAssessments()) {
                        StoredWorkbookCheck.check(store, summary.id());
                    }
                    readsTwice = store.assessmentReads();
                }
                twice.add(System.nanoTime() - start);
                start = System.nanoTime();
                try (H2WorkbookStore store = H2WorkbookStore.open(folder)) {
                    StoredWorkbookCheck.checkAll(store);
                    readsOnce = store.assessmentReads();
                }
                once.add(System.nanoTime() - start);
            }
            System.out.printf("%d workbooks (the bundled commune sample, 120 nodes), %d rounds, %d cores%n",
                    workbooks, rounds, Runtime.getRuntime().availableProcessors());
            System.out.printf("each read twice: median %.2f s, %d workbook reads%n", median(twice), readsTwice);
            System.out.printf("each read once:  median %.2f s, %d workbook reads%n", median(once), readsOnce);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e9;
    }
}
