package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.cchc.workbook.reports.criteria.DocxBuilder.MERGED_ABOVE;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.reports.criteria.DocxBuilder.Bold;
import vn.cchc.workbook.reports.criteria.DocxBuilder.MergeStart;
import vn.cchc.workbook.reports.criteria.DocxBuilder.Numbered;
import vn.cchc.workbook.reports.criteria.DocxBuilder.Wide;

/**
 * Criteria sets in the layouts provinces publish them: a Word appendix whose table goes on over a page break,
 * an Excel set with one sheet per field, a set with "IV. ĐIỂM CỘNG" and "V. ĐIỂM BỊ TRỪ", and a set whose sums do
 * not add up, each read node by node with its sections, rules and warnings.
 */
class PublishedLayoutsTest {

    @TempDir
    Path dir;

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Object[] cells(Object... values) {
        return values;
    }

    // --- Word ------------------------------------------------------------------------------------------------------

    /**
     * The decision's header block as a borderless table, the title paragraphs, the criteria table with a two-row
     * header of merged cells (STT and title merged down, "Điểm" across "Tối đa" and "Tự chấm"), Word's automatic
     * numbering in the STT cells (I., 1., 1.1.), an evidence cell merged down three rows, then a page break and the
     * table going on without its header, its first row the rest of a guidance cell split by the break, and the
     * signature block as another table.
     */
    private Path wordAppendix() throws IOException {
        try (DocxBuilder doc = new DocxBuilder()) {
            doc.romanThenDecimalList()
                    .table(cells(new Bold("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"),
                            new Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")))
                    .paragraph("PHỤ LỤC")
                    .paragraph("BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2025")
                    .paragraph("(Kèm theo Quyết định số 2150/QĐ-UBND ngày 20/3/2025 của UBND tỉnh Quảng Trị)")
                    .table(
                            cells(new MergeStart("STT"), new MergeStart("Lĩnh vực, tiêu chí, tiêu chí thành phần"),
                                    new Wide(2, "Điểm"), new MergeStart("Hướng dẫn chấm điểm"),
                                    new MergeStart("Tài liệu kiểm chứng")),
                            cells(MERGED_ABOVE, MERGED_ABOVE, "Tối đa", "Tự chấm", MERGED_ABOVE, MERGED_ABOVE),
                            cells(new Numbered(0, ""), new Bold("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH"),
                                    "6", "", "", ""),
                            cells(new Numbered(1, ""), "Kế hoạch cải cách hành chính năm", "3", "", "",
                                    new MergeStart("Kế hoạch CCHC năm; báo cáo kết quả thực hiện")),
                            cells(new Numbered(2, ""), "Ban hành kế hoạch đúng thời hạn", "1", "",
                                    "Ban hành đúng hạn: 1 điểm; ban hành chậm: 0,5 điểm; không ban hành: 0 điểm",
                                    MERGED_ABOVE),
                            cells(new Numbered(2, ""), "Mức độ hoàn thành kế hoạch", "2", "",
                                    "Hoàn thành tốt: 75% điểm; Hoàn thành: 50% điểm; Không hoàn thành: 0 điểm",
                                    MERGED_ABOVE),
                            cells(new Numbered(1, ""), "Ban hành nội quy, quy chế làm việc", "2", "",
                                    "Mỗi nội quy, quy chế được ban hành đúng quy định đạt: 0,5 điểm", ""),
                            cells(new Numbered(1, ""), "Tuyên truyền cải cách hành chính", "1", "",
                                    "Có tuyên truyền trên trang thông tin điện tử: 1 điểm;", ""))
                    .pageBreak()
                    .table(
                            cells("", "", "", "", "Không tuyên truyền: 0 điểm", ""),
                            cells(new Numbered(0, ""), new Bold("CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), "4", "", "", ""),
                            cells(new Numbered(1, ""), "Tỷ lệ hồ sơ giải quyết đúng hạn", "2", "",
                                    "Tính theo tỷ lệ b/a; dưới 70% không tính điểm", ""),
                            cells(new Numbered(1, ""), "Công khai thủ tục hành chính", "2", "",
                                    "Mỗi TTHC không công khai đầy đủ trừ 0,25 điểm", ""),
                            cells(new Wide(2, "Tổng cộng"), "10", "", "", ""))
                    .table(cells("Nơi nhận:\n- Như trên;", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"));
            return doc.write(dir.resolve("phu-luc-quyet-dinh.docx"));
        }
    }

    @Test
    void aWordAppendixContinuedOverAPageIsReadNodeByNode() throws IOException {
        CriteriaImport read = CriteriaWorkbookReader.read(wordAppendix());
        CriteriaSet set = read.set();
        assertThat(set.nodes()).extracting(CriterionNode::code)
                .containsExactly("I", "I.1", "I.1.1", "I.1.2", "I.2", "I.3", "II", "II.1", "II.2");
        assertThat(set.nodes()).extracting(CriterionNode::maxPoints).map(BigDecimal::toPlainString)
                .containsExactly("6", "3", "1", "2", "2", "1", "4", "2", "2");
        assertThat(set.node("I").title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
        assertThat(set.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(set.year()).isEqualTo(2025);
        assertThat(set.decision().number()).isEqualTo("2150/QĐ-UBND");

        assertThat(set.node("I.1.1").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Ban hành đúng hạn", d("1")), new Level("Ban hành chậm", d("0.5")),
                new Level("Không ban hành", d("0")))));
        // Levels as shares of the maximum: 75% and 50% of 2 points.
        assertThat(set.node("I.1.2").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Hoàn thành tốt", d("1.5")), new Level("Hoàn thành", d("1")),
                new Level("Không hoàn thành", d("0")))));
        assertThat(set.node("I.2").rule()).isEqualTo(new ScoringRule.PerItem(d("0.5")));
        assertThat(set.node("I.2").ruleWording())
                .isEqualTo("Mỗi nội quy, quy chế được ban hành đúng quy định đạt: 0,5 điểm");
        // The guidance split by the page break is joined again, and then read as two levels.
        assertThat(set.node("I.3").guidance()).isEqualTo(
                "Có tuyên truyền trên trang thông tin điện tử: 1 điểm;\nKhông tuyên truyền: 0 điểm");
        assertThat(set.node("I.3").rule()).isInstanceOf(ScoringRule.Levels.class);
        assertThat(set.node("II.1").rule()).isEqualTo(new ScoringRule.Ratio(d("0.7"), null));
        assertThat(set.node("II.2").rule()).isEqualTo(new ScoringRule.Deductions(d("0.25")));
        // The evidence cell merged down three rows belongs to the first of them.
        assertThat(set.node("I.1").evidenceRequired()).isEqualTo("Kế hoạch CCHC năm; báo cáo kết quả thực hiện");

        assertThat(read.rows()).extracting(ImportedRow::where).containsSubsequence(
                "Bảng 2, dòng 3", "Bảng 2, dòng 8", "Bảng 3, dòng 2");
        assertThat(read.sheet()).isEqualTo("Bảng 2, Bảng 3");
        assertThat(read.skipped()).containsExactly("Bảng 1", "Bảng 4");
        assertThat(read.errors()).isEmpty();
        assertThat(read.warnings()).extracting(Problem::where, Problem::messageKey).containsExactlyInAnyOrder(
                tuple("Bảng 1", "criteriasets.import.tableSkipped"),
                tuple("Bảng 2", "domain.criteria.totalNot100"),
                tuple("Bảng 2, dòng 6", "criteriasets.levelsBelowMax"),
                tuple("Bảng 4", "criteriasets.import.tableSkipped"));
    }

    @Test
    void wordTablesCanBeListedAndOneReadAlone() throws IOException {
        Path file = wordAppendix();
        assertThat(CriteriaWorkbookReader.sheetNames(file)).containsExactly("Bảng 1", "Bảng 2", "Bảng 3", "Bảng 4");
        CriteriaImport second = CriteriaWorkbookReader.read(file, "Bảng 2", ImportMetadata.NONE);
        // Alone, the table has one Roman field, so its numbering does not restart and needs no field prefix.
        assertThat(second.set().nodes()).extracting(CriterionNode::code)
                .containsExactly("I", "1", "1.1", "1.2", "2", "3");
        assertThat(second.sheet()).isEqualTo("Bảng 2");
    }

    @Test
    void docAndPdfFilesAreAskedToBeSavedAsDocxFirst() throws IOException {
        for (String name : List.of("phu-luc.doc", "phu-luc.pdf")) {
            Path file = Files.writeString(dir.resolve(name), "%PDF-1.4 or an old Word file");
            assertThatThrownBy(() -> CriteriaWorkbookReader.read(file))
                    .isInstanceOf(CriteriaImportException.class)
                    .hasMessageContaining("“" + name + "”")
                    .hasMessageContaining("lưu thành Word (.docx) hoặc Excel (.xlsx)");
        }
        Path broken = Files.writeString(dir.resolve("hong.docx"), "not a zip");
        assertThatThrownBy(() -> CriteriaWorkbookReader.read(broken))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessage("Tệp “hong.docx” không phải tệp Word (.docx) hoặc đã bị hỏng.");
    }

    // --- Excel, one sheet per field ----------------------------------------------------------------------------------

    private Path sheetPerField() throws IOException {
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("Hướng dẫn").row(1, "Các trang sau là các lĩnh vực của Bộ chỉ số CCHC cấp xã năm 2025.");
            book.sheet("LV1").row(1, "BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2025")
                    .row(3, "STT", "Tiêu chí", "Điểm tối đa", "Hướng dẫn chấm điểm")
                    .row(4, "1", "Công tác chỉ đạo, điều hành", 50)
                    .row(5, "1.1", "Kế hoạch CCHC", 30, "Ban hành đúng hạn: 30 điểm; chậm: 15 điểm; không ban hành: 0 điểm")
                    .row(6, "1.2", "Sáng kiến CCHC", 20, "Mỗi sáng kiến được công nhận: 10 điểm");
            book.sheet("LV2")
                    .row(2, "STT", "Tiêu chí", "Điểm tối đa", "Hướng dẫn chấm điểm")
                    .row(3, "2", "Cải cách thủ tục hành chính", 30)
                    .row(4, "2.1", "Tỷ lệ hồ sơ đúng hạn", 30, "Tính theo tỷ lệ b/a");
            book.sheet("LV3")
                    .row(2, "STT", "Tiêu chí", "Điểm tối đa", "Hướng dẫn chấm điểm")
                    .row(3, "3", "Chính quyền số", 20)
                    .row(4, "3.1", "Tỷ lệ hồ sơ trực tuyến toàn trình", 20, "Tỷ lệ b/a; dưới 50% không tính điểm")
                    .row(6, "Tổng cộng (1+2+3)", null, 100);
            return book.write(dir.resolve("mot-trang-mot-linh-vuc.xlsx"));
        }
    }

    @Test
    void anExcelSetWithOneSheetPerFieldIsReadAsOneSetInOrder() throws IOException {
        CriteriaImport read = CriteriaWorkbookReader.read(sheetPerField());
        CriteriaSet set = read.set();
        assertThat(set.nodes()).extracting(CriterionNode::code)
                .containsExactly("1", "1.1", "1.2", "2", "2.1", "3", "3.1");
        assertThat(set.mainMaximum()).isEqualByComparingTo("100");
        assertThat(set.node("1.2").rule()).isEqualTo(new ScoringRule.PerItem(d("10")));
        assertThat(set.node("3.1").rule()).isEqualTo(new ScoringRule.Ratio(d("0.5"), null));
        // Where each field came from.
        assertThat(read.row("1").orElseThrow().where()).isEqualTo("Trang tính LV1, dòng 4");
        assertThat(read.row("2").orElseThrow().where()).isEqualTo("Trang tính LV2, dòng 3");
        assertThat(read.row("3.1").orElseThrow().where()).isEqualTo("Trang tính LV3, dòng 4");
        assertThat(read.sheet()).isEqualTo("LV1, LV2, LV3");
        assertThat(read.skipped()).containsExactly("Hướng dẫn");
        assertThat(read.problems()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("Trang tính Hướng dẫn", "Trang tính “Hướng dẫn” không có bảng tiêu chí; đã bỏ qua."));
        assertThat(set.year()).isEqualTo(2025);
    }

    // --- sections outside the 100 ------------------------------------------------------------------------------------

    private Path withBonusAndPenalty() throws IOException {
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("Phụ lục").row(1, "BỘ TIÊU CHÍ CẤP XÃ NĂM 2025")
                    .row(3, "STT", "Nội dung", "Điểm tối đa", "Hướng dẫn chấm điểm")
                    .row(4, "I", "CÔNG TÁC CHỈ ĐẠO", 40)
                    .row(5, "1", "Kế hoạch CCHC", 40, "Có: Điểm tối đa / Không: 0 điểm")
                    .row(6, "II", "CẢI CÁCH TTHC", 35)
                    .row(7, "1", "Tỷ lệ hồ sơ đúng hạn", 35, "Tính theo tỷ lệ b/a")
                    .row(8, "III", "CHÍNH QUYỀN SỐ", 25)
                    .row(9, "1", "Hồ sơ trực tuyến", 25, "Tỷ lệ b/a; dưới 50% không tính điểm")
                    .row(10, "", "TỔNG ĐIỂM (I+II+III)", 100)
                    .row(11, "IV", "ĐIỂM CỘNG", 5)
                    .row(12, "1", "Sáng kiến được cấp có thẩm quyền công nhận", 3, "Mỗi sáng kiến được công nhận: 1 điểm")
                    .row(13, "2", "Mô hình mới được nhân rộng", 3, "Mỗi mô hình được nhân rộng: 1,5 điểm")
                    .row(14, "V", "ĐIỂM BỊ TRỪ", 5)
                    .row(15, "1", "Bị cơ quan có thẩm quyền phê bình", 5,
                            "Mỗi lần bị cơ quan có thẩm quyền phê bình: 1 điểm")
                    .row(17, null, "Nơi nhận:", null, "TM. ỦY BAN NHÂN DÂN");
            return book.write(dir.resolve("diem-cong.xlsx"));
        }
    }

    @Test
    void diemCongAndDiemBiTruAreOutsideTheHundredWithTheirCaps() throws IOException {
        CriteriaImport read = CriteriaWorkbookReader.read(withBonusAndPenalty());
        CriteriaSet set = read.set();
        assertThat(read.errors()).isEmpty();
        assertThat(set.roots()).extracting(CriterionNode::code, CriterionNode::section).containsExactly(
                tuple("I", Section.MAIN), tuple("II", Section.MAIN), tuple("III", Section.MAIN),
                tuple("IV", Section.BONUS), tuple("V", Section.PENALTY));
        assertThat(set.mainMaximum()).isEqualByComparingTo("100");
        assertThat(set.node("IV").maxPoints()).isEqualByComparingTo("5");
        assertThat(set.node("IV.1").section()).isEqualTo(Section.BONUS);
        assertThat(set.node("IV.1").rule()).isEqualTo(new ScoringRule.PerItem(d("1")));
        assertThat(set.node("IV.2").rule()).isEqualTo(new ScoringRule.PerItem(d("1.5")));
        assertThat(set.node("V.1").rule()).isEqualTo(new ScoringRule.PerItem(d("1")));
        // "Có: Điểm tối đa / Không: 0 điểm": the maximum in words.
        assertThat(set.node("I.1").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Có", d("40")), new Level("Không", d("0")))));
        assertThat(read.warnings()).isEmpty();
        assertThat(CriteriaValidator.validate(set)).isEmpty();
    }

    // --- sums that do not add up -------------------------------------------------------------------------------------

    private Path sumsNotAddingUp() throws IOException {
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("Phụ lục").row(1, "BỘ TIÊU CHÍ CẤP XÃ NĂM 2025")
                    .row(3, "STT", "Nội dung", "Điểm tối đa")
                    .row(4, "1", "Công tác chỉ đạo", 16)
                    .row(5, "1.1", "Kế hoạch", 10)
                    .row(6, "1.2", "Báo cáo", 5)
                    .row(7, "2", "Thủ tục hành chính", 84)
                    .row(8, "2.1", "Công khai", 40)
                    .row(9, "2.2", "Đúng hạn", 44)
                    .row(10, "Tổng cộng", null, 100);
            return book.write(dir.resolve("lech-tong.xlsx"));
        }
    }

    @Test
    void aSetWhoseSumsDoNotAddUpIsRefusedUnlessKeptAsPublished() throws IOException {
        Path file = sumsNotAddingUp();
        CriteriaImport strict = CriteriaWorkbookReader.read(file);
        assertThat(strict.errors()).extracting(Problem::where, Problem::messageKey)
                .containsExactly(tuple("Trang tính Phụ lục, dòng 4", "criteriaimport.childrenSum"));

        CriteriaImport kept = CriteriaWorkbookReader.read(file, null, ImportMetadata.NONE, true);
        assertThat(kept.errors()).isEmpty();
        assertThat(kept.set().asPublished()).isTrue();
        assertThat(kept.set().node("1").maxPoints()).isEqualByComparingTo("16");
        assertThat(kept.warnings()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("Trang tính Phụ lục, dòng 4", "Giữ như bản đã ban hành: tổng điểm các mục con của “1” là 15,00, "
                        + "khác điểm tối đa 16,00 đã in."));
        // The difference stays on the set: whoever validates it later (library, editor) sees it as a warning.
        assertThat(CriteriaValidator.validate(kept.set())).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.where()).isEqualTo("1");
        });
    }

    // --- messages ----------------------------------------------------------------------------------------------------

    @Test
    void aFileWithoutAPointsColumnSaysWhichColumnsItFound() throws IOException {
        Path file;
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("PL").row(1, "BỘ TIÊU CHÍ").row(3, "STT", "Nội dung", "Tài liệu kiểm chứng")
                    .row(4, "1", "Công tác chỉ đạo", "Kế hoạch");
            file = book.write(dir.resolve("thieu-cot.xlsx"));
        }
        assertThatThrownBy(() -> CriteriaWorkbookReader.read(file))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessageEndingWith("Các cột tìm thấy: “STT”, “Nội dung”, “Tài liệu kiểm chứng”.");
    }

    @Test
    void noMessagePrintsAnEmptyCode() throws IOException {
        Path orphan;
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("PL").row(3, "STT", "Nội dung", "Điểm tối đa")
                    .row(4, "2.1", "Mục không có lĩnh vực", 1)
                    .row(5, "3", "Lĩnh vực", 1);
            orphan = book.write(dir.resolve("mo-coi.xlsx"));
        }
        for (Path file : List.of(orphan, wordAppendix(), sheetPerField(), withBonusAndPenalty(), sumsNotAddingUp())) {
            CriteriaImport read = CriteriaWorkbookReader.read(file);
            assertThat(read.problems()).as(file.getFileName().toString())
                    .allSatisfy(problem -> assertThat(problem.describe()).doesNotContain("“”"));
        }
        CriteriaImport read = CriteriaWorkbookReader.read(orphan);
        assertThat(read.warnings()).extracting(Problem::message).contains(
                "Không tìm thấy mục “2” chứa mã “2.1”; đã xếp “2.1” thành mục gốc.");
    }
}
