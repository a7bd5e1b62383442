package vn.cchc.workbook.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

import vn.cchc.workbook.testdata.CommuneWorkbooks;

/**
 * Writes the input of {@code scripts/bench-rank.sh}: {@code COUNT} commune workbooks (.cchc, the bundled commune
 * set, every leaf appraised) in {@code FOLDER}. Usage: {@code RankBenchmarkData FOLDER [COUNT]}.
 */
public final class RankBenchmarkData {

    private RankBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Files.createDirectories(folder);
        CommuneWorkbooks.write(folder, count);
        System.out.println("Wrote " + count + " workbooks to " + folder);
    }
}
