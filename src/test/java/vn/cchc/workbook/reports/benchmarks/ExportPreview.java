package vn.cchc.workbook.reports.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.reports.ExcelExporter;
import vn.cchc.workbook.reports.ExportOptions;

/**
 * Writes an export of all five reports, with every option filled in, for a look in LibreOffice
 * ({@code scripts/xlsx-to-png.sh}) and times repeated exports. Not a test. Argument: the target .xlsx.
 */
public final class ExportPreview {

    private ExportPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "/tmp/cchc-preview.xlsx");
        Assessment assessment = PreviewData.assessment();
        ExportOptions options = ExportOptions.builder()
                .documentDate(LocalDate.of(2023, 9, 6))
                .reference(new DocumentReference("Công văn", "103/UBND", LocalDate.of(2023, 9, 6),
                        "UBND xã Hiền Thành"))
                .signer(new Signer("TM. Ủy ban nhân dân", "Chủ tịch", "Lê Đức Kiên"))
                .recipients(List.of("UBND huyện Vĩnh Linh (BC);", "Ban TV Đảng ủy xã;", "TT HĐND-UBND-UBMT xã;",
                        "Như kính gửi;", "Lưu: VP-VT."))
                .build();
        ExcelExporter exporter = new ExcelExporter();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            exporter.export(assessment, options, target);
            System.out.printf("export %d: %.1f ms wall, %.1f ms cpu%n", i + 1, (System.nanoTime() - start) / 1e6,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        System.out.println("wrote " + target + " (" + ExcelExporter.suggestedFileName(assessment, options) + ")");
    }
}
