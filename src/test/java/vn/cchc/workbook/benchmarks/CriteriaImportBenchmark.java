package vn.cchc.workbook.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import vn.cchc.workbook.reports.criteria.CriteriaImport;
import vn.cchc.workbook.reports.criteria.CriteriaWorkbookReader;

/**
 * Importing a 1,000-row criteria appendix from .xlsx: open the workbook, find the table under a title block and a
 * two-row merged header, build the tree, guess every rule and list the problems. Target: ≤ 2 s (issue 6).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CriteriaImportBenchmark {

    static final int ROWS = 1000;

    private Path file;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        file = Files.createTempFile("criteria-1000-", ".xlsx");
        write(file);
        CriteriaImport check = CriteriaWorkbookReader.read(file);
        if (check.set().nodes().size() != ROWS || check.hasErrors()) {
            throw new IllegalStateException("expected " + ROWS + " nodes without errors, got "
                    + check.set().nodes().size() + " " + check.errors());
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public CriteriaImport importThousandRows() {
        return CriteriaWorkbookReader.read(file);
    }

    /** 10 fields × 9 criteria × 10 sub-criteria = 1,000 rows, points as comma text, guidance with rule words. */
    static void write(Path target) throws IOException {
        String[] guidance = {
                "Ban hành đúng hạn: 0,1 điểm; chậm: 0,05 điểm; không ban hành: 0 điểm",
                "Tính theo tỷ lệ b/a; dưới 70% không điểm",
                "Mỗi văn bản chậm trừ 0,05 điểm",
                "Hội đồng xem xét, đánh giá"};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            sheet.createRow(0).createCell(0).setCellValue("UBND TỈNH ……");
            sheet.createRow(2).createCell(0).setCellValue("BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CẤP XÃ NĂM 2024");
            Row header = sheet.createRow(4);
            String[] titles = {"STT", "Lĩnh vực/Tiêu chí", "Điểm", "", "Hướng dẫn chấm điểm", "Tài liệu kiểm chứng"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            Row sub = sheet.createRow(5);
            sub.createCell(2).setCellValue("Tối đa");
            sub.createCell(3).setCellValue("Tự đánh giá");
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 2, 3));
            int r = 6;
            for (int f = 1; f <= 10; f++) {
                r = row(sheet, r, String.valueOf(f), "Lĩnh vực " + f, "9", "", "");
                for (int c = 1; c <= 9; c++) {
                    r = row(sheet, r, f + "." + c, "Tiêu chí " + f + "." + c, "1", "", "");
                    for (int s = 1; s <= 10; s++) {
                        r = row(sheet, r, f + "." + c + "." + s, "Tiêu chí thành phần " + f + "." + c + "." + s,
                                "0,1", guidance[(f + c + s) % guidance.length], "Văn bản số " + s + "/KH-UBND");
                    }
                }
            }
            row(sheet, r, "", "Tổng cộng", "90", "", "");
            workbook.write(out);
        }
    }

    private static int row(Sheet sheet, int r, String code, String title, String points, String guidance,
                           String evidence) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(code);
        row.createCell(1).setCellValue(title);
        row.createCell(2).setCellValue(points);
        row.createCell(4).setCellValue(guidance);
        row.createCell(5).setCellValue(evidence);
        return r + 1;
    }
}
