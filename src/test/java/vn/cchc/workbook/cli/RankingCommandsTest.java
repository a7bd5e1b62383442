package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.SmallCommune;

/** rank, link and compare, run in-process on real files. */
class RankingCommandsTest {

    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path write(Assessment assessment, String name) {
        Path file = folder.resolve(name);
        CchcFile.write(assessment, file);
        return file;
    }

    @Test
    void rankListsTheBadFileRanksTheRestAndWritesTheSheet() throws Exception {
        Path a = write(SmallCommune.standard("Hiền Thành"), "hien-thanh.cchc");
        Assessment better = SmallCommune.scored(SmallCommune.standard("Vĩnh Lâm"), "1.1", "4");
        Path b = write(better, "vinh-lam.cchc");
        Path bad = folder.resolve("hong.cchc");
        Files.writeString(bad, "{}");
        Path out = folder.resolve("xếp hạng.xlsx");

        CliRun run = run("rank", a.toString(), b.toString(), bad.toString(), "-o", out.toString(), "--bands", "85,79,65");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("Bỏ qua " + bad + ": ").contains("hong.cchc");
        assertThat(run.out()).contains("Đã xếp hạng 2 đơn vị, ghi ra " + out + "; 1 tệp bị bỏ qua.")
                .contains("  Hạng 1: Vĩnh Lâm, chỉ số 80,00, Khá")
                .contains("  Hạng 2: Hiền Thành, chỉ số 79,00, Khá");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Xếp hạng")).isNotNull();
        }
    }

    /** Four units tied at "Hạng 1" were printed as three: the fourth, as high as they, was not named. */
    @Test
    void everyUnitTiedWithTheThirdIsPrintedToo() {
        List<Path> files = new java.util.ArrayList<>();
        for (String name : List.of("Hiền Thành", "Vĩnh Lâm", "Tân Lập", "Cam Lộ", "Gio Linh")) {
            Assessment unit = SmallCommune.standard(name);
            files.add(write(name.equals("Gio Linh") ? SmallCommune.scored(unit, "1.1", "1") : unit, name + ".cchc"));
        }
        List<String> args = new java.util.ArrayList<>(List.of("rank"));
        files.forEach(file -> args.add(file.toString()));
        args.addAll(List.of("-o", folder.resolve("xh.xlsx").toString()));

        CliRun run = run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("  Hạng 1: ")).toList()).hasSize(4);
        assertThat(run.out()).doesNotContain("Gio Linh");
    }

    /**
     * Two copies of one workbook and a unit of another period: the copy left out was counted in the periods' warning
     * ("năm 2023 (2 đơn vị)" for one unit ranked), and its line did not say which file was ranked instead.
     */
    @Test
    void aSecondCopyOfOneWorkbookIsNamedAndNotCountedInThePeriodsWarning() {
        Assessment unit = SmallCommune.standard("Hiền Thành");
        Path first = write(unit, "a.cchc");
        Path copy = write(unit, "a (2).cchc");
        Assessment other = SmallCommune.standard("Vĩnh Lâm");
        Path half = write(other.withDescription(other.unit(), Period.FIRST_HALF, 2024), "b.cchc");

        CliRun run = run("rank", first.toString(), copy.toString(), half.toString(), "-o",
                folder.resolve("xh.xlsx").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("năm 2023 (1 đơn vị); 6 tháng đầu năm 2024 (1 đơn vị)")
                .contains("Bỏ qua a (2).cchc (Hiền Thành): cùng một sổ chấm điểm với tệp “a.cchc”");
    }

    @Test
    void rankPrintsTheDocumentOptionsAndWarnsWhenPeriodsDiffer() throws Exception {
        Path a = write(SmallCommune.standard("Hiền Thành"), "a.cchc");
        Assessment other = SmallCommune.standard("Vĩnh Lâm");
        Path b = write(other.withDescription(other.unit(), Period.FIRST_HALF, 2024), "b.cchc");
        Path out = folder.resolve("xh.xlsx");

        CliRun run = run("rank", a.toString(), b.toString(), "-o", out.toString(), "--date", "15/03/2024",
                "--ref-kind", "Báo cáo", "--ref-number", "15/BC-NV", "--signer-line", "KT. TRƯỞNG PHÒNG",
                "--signer-title", "Phó Trưởng phòng", "--signer-name", "Trần Thị Cúc", "--recipient", "Lưu: VT.");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Lưu ý: các đơn vị được xếp hạng thuộc các kỳ đánh giá khác nhau")
                .contains("6 tháng đầu năm 2024 (1 đơn vị)");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('|');
                }
            }));
            assertThat(all.toString()).contains("Ngày 15 tháng 3 năm 2024").contains("(Kèm theo Báo cáo số 15/BC-NV)")
                    .contains("KT. TRƯỞNG PHÒNG|").contains("PHÓ TRƯỞNG PHÒNG|").contains("Trần Thị Cúc|")
                    .contains("- Lưu: VT.|").contains("Lưu ý: các đơn vị được xếp hạng thuộc các kỳ");
        }
    }

    @Test
    void aReferenceKindAloneIsRefusedNotDropped() {
        Path a = write(SmallCommune.standard("Hiền Thành"), "a.cchc");
        CliRun run = run("rank", a.toString(), "-o", folder.resolve("x.xlsx").toString(), "--ref-kind", "Báo cáo");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--ref-kind “Báo cáo” cần kèm --ref-number");
        CliRun export = run("export", a.toString(), "-o", folder.resolve("y.xlsx").toString(), "--ref-kind", "Báo cáo");
        assertThat(export.exitCode()).isNotZero();
        assertThat(export.err()).contains("--ref-kind “Báo cáo” cần kèm --ref-number");
        assertThat(folder.resolve("y.xlsx")).doesNotExist();
    }

    @Test
    void rankExitsWithOneWhenNothingCouldBeRanked() throws Exception {
        Path bad = folder.resolve("hong.cchc");
        Files.writeString(bad, "không phải sổ");
        Path out = folder.resolve("out.xlsx");

        CliRun run = run("rank", bad.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Bỏ qua").contains("Không xếp hạng được đơn vị nào.");
        assertThat(out).doesNotExist();
    }

    @Test
    void rankRefusesBadBandsAsAnErrorMessage() {
        Path a = write(SmallCommune.standard("Hiền Thành"), "hien-thanh.cchc");

        CliRun run = run("rank", a.toString(), "-o", folder.resolve("o.xlsx").toString(), "--bands", "60,70,80");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Các ngưỡng xếp loại phải giảm dần");
    }

    @Test
    void linkEmbedsTheEarlierPeriodAndCompareSummarisesIt() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        half = SmallCommune.scored(half, "1.1", "2");
        half = SmallCommune.scored(half, "2.1", "30");
        Path earlier = write(half, "6 tháng.cchc");
        Path later = write(SmallCommune.standard("Hiền Thành"), "cả năm.cchc");

        CliRun link = run("link", later.toString(), "--earlier", earlier.toString(), "--rank", "xếp thứ 4/18");

        assertThat(link.exitCode()).as(link.err()).isZero();
        assertThat(link.out()).contains("Đã gắn kết quả 6 tháng đầu năm 2023 (xếp thứ 4/18) vào " + later);
        assertThat(CchcFile.read(later).earlierPeriod().rankText()).isEqualTo("xếp thứ 4/18");

        CliRun compare = run("compare", later.toString());

        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("So sánh Hiền Thành: cả năm 2023 với 6 tháng đầu năm 2023")
                .contains("Tổng điểm: 32,00 → 79,00 (+47,00)")
                .contains("Xếp hạng: xếp thứ 4/18 → -")
                .contains("Cùng bộ tiêu chí.")
                .contains("  1. Công tác chỉ đạo, điều hành CCHC: 2,00 → 9,00 (+7,00)")
                .contains("Nội dung bị trừ điểm lặp lại so với kỳ trước (2):")
                .contains("  2.1 Tiêu chí 2.1: kỳ trước bị trừ 20,00, kỳ này bị trừ 10,00")
                .doesNotContain("chưa thẩm định");
    }

    @Test
    void compareBeforeAnyAppraisalComparesTheSelfScoresAndSaysSo() {
        Assessment half = SmallCommune.scored(
                SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet()), "2.1", "30");
        Assessment full = SmallCommune.start("Hiền Thành", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        full = full.withEntry(full.entry("2.1").withSelf(SmallCommune.points("45")));
        Path later = write(vn.cchc.workbook.domain.comparison.EarlierPeriods.link(full, half, ""), "ca-nam.cchc");

        CliRun partial = run("compare", later.toString());

        // One criterion of four self-scored: its 45 points are not compared with the earlier whole.
        assertThat(partial.exitCode()).as(partial.err()).isZero();
        assertThat(partial.out()).contains("Kỳ này chưa thẩm định: so sánh theo điểm tự đánh giá của đơn vị.")
                .contains("Tổng điểm: 30,00 → 45,00 (chưa chấm xong)")
                .contains("  1. Công tác chỉ đạo, điều hành CCHC: — → — (chưa chấm)\n")
                .contains("  2. Cải cách thủ tục hành chính: 30,00 → 45,00 (chưa chấm xong)\n");

        for (String[] score : new String[][] {{"1.1", "3"}, {"1.2", "6"}, {"2.2", "30"}}) {
            full = full.withEntry(full.entry(score[0]).withSelf(SmallCommune.points(score[1])));
        }
        later = write(vn.cchc.workbook.domain.comparison.EarlierPeriods.link(full, half, ""), "ca-nam-du.cchc");
        CliRun compare = run("compare", later.toString());
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("Tổng điểm: 30,00 → 84,00 (+54,00)");
    }

    @Test
    void linkRefusesAnotherUnitAndCompareNeedsALink() {
        Path earlier = write(SmallCommune.standard("Vĩnh Lâm"), "vinh-lam.cchc");
        Path later = write(SmallCommune.standard("Hiền Thành"), "hien-thanh.cchc");

        CliRun link = run("link", later.toString(), "--earlier", earlier.toString());
        CliRun compare = run("compare", later.toString());

        assertThat(link.exitCode()).isEqualTo(1);
        assertThat(link.err()).contains("Kỳ trước thuộc đơn vị “Vĩnh Lâm”");
        assertThat(compare.exitCode()).isEqualTo(1);
        assertThat(compare.err()).contains("chưa gắn kỳ trước nào");
    }

    @Test
    void helpIsVietnamese() {
        CliRun run = run("rank", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Xếp hạng các đơn vị từ các tệp sổ chấm điểm .cchc").contains("--bands");
    }
}
