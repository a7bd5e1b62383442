package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

import vn.cchc.workbook.app.EvidenceService;
import vn.cchc.workbook.app.OnConflict;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * Saving and opening a workbook with 50 MB of evidence (50 scanned PDFs of 1 MB, incompressible): "Lưu kèm minh
 * chứng" from the store to one .cchc, and opening that .cchc into another data folder (every file streamed to
 * staging, hashed, type-checked and taken into the store). Run with {@code -prof gc}: the allocation per operation
 * shows that neither holds the evidence in memory, and the fork runs with a 48 MB heap, less than the evidence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx48m"})
public class EvidenceCchcBenchmark {

    static final int FILES = 50;
    static final int FILE_BYTES = 1024 * 1024;

    private Path root;
    private H2WorkbookStore unit;
    private H2WorkbookStore appraiser;
    private String id;
    private Path saved;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        root = Files.createTempDirectory("evidence-bench-");
        unit = H2WorkbookStore.open(root.resolve("unit"));
        appraiser = H2WorkbookStore.open(root.resolve("appraiser"));
        Assessment a = SmallCommune.standard("Hiền Thành");
        EvidenceService service = new EvidenceService(unit);
        List<EvidenceDocument> cited = new ArrayList<>();
        Path scans = Files.createDirectories(root.resolve("scans"));
        for (int i = 0; i < FILES; i++) {
            Path scan = EvidenceSamples.write(scans, "Bản quét " + i + ".pdf",
                    EvidenceSamples.largePdf("Bản quét " + i, FILE_BYTES, i));
            cited.add(service.attach(a, scan, new EvidenceDocument(i + "/BC-UBND", null, "Bản quét " + i, "")));
        }
        a = a.withEntry(a.entry("2.1").withEvidence(cited));
        unit.createAssessment(a);
        id = a.id();
        saved = root.resolve("kem-minh-chung.cchc");
        new WorkbookFiles(unit).saveWithEvidence(id, saved, 0);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        unit.close();
        appraiser.close();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }

    @Benchmark
    public Object saveWithEvidence() {
        return new WorkbookFiles(unit).saveWithEvidence(id, root.resolve("lai.cchc"), 0);
    }

    @Benchmark
    public String openWithEvidence() {
        return new WorkbookFiles(appraiser).open(saved, OnConflict.REPLACE);
    }
}
