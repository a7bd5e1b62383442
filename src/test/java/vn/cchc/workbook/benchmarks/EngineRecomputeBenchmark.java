package vn.cchc.workbook.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.testdata.GeneratedAssessment;

/**
 * What the scoring screen does on every keystroke that changes a score: store one edit (checked by
 * {@link Assessment#withEntry}) and recompute every figure of a 500-node assessment. Target: ≤ 1 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineRecomputeBenchmark {

    private Assessment assessment;
    private List<Entry> edits;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        assessment = GeneratedAssessment.scored();
        if (assessment.criteria().nodes().size() != 500) {
            throw new IllegalStateException("expected 500 nodes, got " + assessment.criteria().nodes().size());
        }
        // One edit per leaf, each changing its appraisal, applied to the same base assessment in turn.
        edits = assessment.criteria().leaves().stream().map(this::changedAppraisal).toList();
    }

    private Entry changedAppraisal(CriterionNode leaf) {
        Entry entry = assessment.entry(leaf.code());
        Entry full = entry.withFirstAppraisal(GeneratedAssessment.input(leaf, 0));
        return full.equals(entry) ? entry.withFirstAppraisal(GeneratedAssessment.input(leaf, 1)) : full;
    }

    @Benchmark
    public Scorecard editOneLeafAndRecompute() {
        Entry edit = edits.get(next);
        next = (next + 1) % edits.size();
        return ScoreEngine.score(assessment.withEntry(edit));
    }

    @Benchmark
    public Scorecard recomputeOnly() {
        return ScoreEngine.score(assessment);
    }
}
