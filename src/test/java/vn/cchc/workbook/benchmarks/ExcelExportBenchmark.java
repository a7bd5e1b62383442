package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.reports.ExcelExporter;
import vn.cchc.workbook.reports.ExportOptions;

/**
 * What the window does when the user exports again: all five reports of the bundled sample assessment (xã Hiền
 * Thành, 120 criteria) with every document option filled in, written to a real .xlsx file, in a JVM that has
 * exported before. One operation = scoring, laying out the five sheets and writing the file. Target: ≤ 100 ms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExcelExportBenchmark {

    private final ExcelExporter exporter = new ExcelExporter();
    private Assessment assessment;
    private ExportOptions options;
    private Path folder;
    private Path target;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        assessment = BundledData.sampleAssessment();
        options = ExportOptions.builder()
                .documentDate(LocalDate.of(2023, 9, 6))
                .reference(new DocumentReference("Công văn", "103/UBND", LocalDate.of(2023, 9, 6),
                        "UBND xã Hiền Thành"))
                .signer(new Signer("TM. Ủy ban nhân dân", "Chủ tịch", "Lê Đức Kiên"))
                .recipients(List.of("UBND huyện Vĩnh Linh (BC);", "Lưu: VP-VT."))
                .build();
        folder = Files.createTempDirectory("cchc-export-bench");
        target = folder.resolve(ExcelExporter.suggestedFileName(assessment, options));
    }

    @Benchmark
    public Path exportAllFiveReports() {
        exporter.export(assessment, options, target);
        return target;
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
