package vn.cchc.workbook.reports;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the page check's files to a folder, to look at them: {@code PrintSamplesDump <folder>} (test classpath). */
final class PrintSamplesDump {

    private PrintSamplesDump() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/print-check"));
        for (PrintSamples.Export export : PrintSamples.exportAll(folder)) {
            System.out.println(export.file());
        }
    }
}
