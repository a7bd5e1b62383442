package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * What a keystroke that changes a score costs in the window: {@link EditSession#apply} validates the value,
 * recomputes the figures and hands the store write (commit with its history row, forced to disk) to the session's
 * background writer. Measured as sampled time per edit (p50, p95, p99) so the slow tail shows; before each edit the
 * writer has finished the previous one (a clerk moves to the next cell and types meanwhile), outside the measured
 * time. {@link #typeOneScoreAndWaitUntilWritten} is the whole round trip, edit to "Đã lưu". scripts/bench-edit-disk.sh
 * runs both on the normal disk and with every fsync slowed down to an old hard disk's (a preloaded shim).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EditCommitBenchmark {

    private Path dataDir;
    private H2WorkbookStore store;
    private EditSession session;
    private int next;

    @Setup(Level.Trial)
    public void openStore() throws IOException {
        Path base = System.getProperty("bench.dir") == null ? null : Path.of(System.getProperty("bench.dir"));
        dataDir = base == null ? Files.createTempDirectory("edit-bench") : Files.createTempDirectory(base, "edit-bench");
        store = H2WorkbookStore.open(dataDir);
        Assessment start = SmallCommune.start("Xã Tân Lập", Period.FULL_YEAR, 2025, SmallCommune.standardSet());
        store.createAssessment(start);
        session = new EditSession(store, start);
    }

    @TearDown(Level.Trial)
    public void closeStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The previous edit is on disk before the next keystroke (not measured). */
    @Setup(Level.Invocation)
    public void previousEditWritten() {
        session.requireWritten();
    }

    @Benchmark
    public Object typeOneScoreAndWaitUntilWritten() {
        typeOneScore();
        session.requireWritten();
        return session.scorecard();
    }

    @Benchmark
    public Object typeOneScore() {
        next = next % 40 + 1; // 1..40, never the same value twice in a row
        Entry entry = session.assessment().entry("2.1").withSelf(new RuleInput.PointsInput(BigDecimal.valueOf(next)));
        session.apply(entry);
        return session.scorecard();
    }
}
