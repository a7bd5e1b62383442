package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** Workbooks shaped like provincial appendices, read into the expected tree with their problems by sheet and row. */
class CriteriaWorkbookReaderTest {

    @TempDir
    Path dir;

    /**
     * A province's appendix: header block, title and decision line, a two-row header of merged cells with line
     * breaks, a row of column numbers, Roman fields with numbering that restarts, "a)" items, comma decimals as text,
     * "1,5 điểm", a hidden row, a blank row, the header repeated on the next page, items without points that are
     * the outcomes of their criterion, a "Tổng cộng" row, a footnote, the signature block, trailing empty columns,
     * and a second sheet.
     */
    private Path appendix() throws IOException {
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("PL01")
                    .row(1, "UBND TỈNH QUẢNG TRỊ", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .row(2, "SỞ NỘI VỤ", null, null, null, "Độc lập - Tự do - Hạnh phúc")
                    .row(4, "PHỤ LỤC I").merge(4, 4, 0, 5)
                    .row(5, "BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2023").merge(5, 5, 0, 5)
                    .row(6, "(Kèm theo Quyết định số 1675/QĐ-UBND ngày 16/11/2022 của UBND tỉnh Quảng Trị)")
                    .merge(6, 6, 0, 5)
                    .row(8, "STT", "Lĩnh vực/Tiêu chí/\nTiêu chí thành phần", "Điểm", null, "Hướng dẫn\nchấm điểm",
                            "Tài liệu\nkiểm chứng")
                    .row(9, null, null, "Tối đa", "Tự đánh giá")
                    .merge(8, 9, 0, 0).merge(8, 9, 1, 1).merge(8, 8, 2, 3).merge(8, 9, 4, 4).merge(8, 9, 5, 5)
                    .row(10, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
                    .row(11, "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 6).bold(11, 1).trailingEmptyCells(11, 20)
                    .row(12, "1", "Kế hoạch CCHC", "3")
                    .row(13, "1.1", "Ban hành kế hoạch CCHC năm", "1,5", null,
                            "Ban hành đúng hạn: 1,5 điểm; ban hành chậm: 0,5 điểm; không ban hành: 0 điểm",
                            "Kế hoạch CCHC năm")
                    .row(14, "1.2", "Mức độ thực hiện kế hoạch", "1,5 điểm", null,
                            "Tính theo tỷ lệ b/a; dưới 70% không tính điểm")
                    .row(15, "2", "Thực hiện chế độ báo cáo", 3)
                    .row(16, "a)", "Báo cáo quý", "1,5", null, "Mỗi báo cáo chậm trừ 0,5 điểm")
                    .row(17, "c)", "Nội dung đã bỏ", 9).hide(17)
                    .row(18, "b)", "Báo cáo năm", 1.5, null, "Đồng ý")
                    .row(20, "STT", "Lĩnh vực/Tiêu chí/\nTiêu chí thành phần", "Điểm", null, "Hướng dẫn\nchấm điểm",
                            "Tài liệu\nkiểm chứng")
                    .row(21, null, null, "Tối đa", "Tự đánh giá")
                    .row(22, "II", "CẢI CÁCH THỂ CHẾ", 4)
                    .row(23, "1", "Ban hành văn bản QPPL đúng quy trình", 2)
                    .row(24, "-", "Ban hành đúng quy trình: 2 điểm")
                    .row(25, "-", "Không đúng quy trình: 0 điểm")
                    .row(26, "2", "Tỷ lệ văn bản được kiểm tra sau ban hành", 2)
                    .row(27, "Tổng cộng", null, 10).merge(27, 27, 0, 1)
                    .row(28, "Ghi chú: (*) Điểm tự đánh giá do đơn vị ghi.")
                    .row(30, null, "Nơi nhận:", null, "TM. ỦY BAN NHÂN DÂN");
            book.sheet("Cấp huyện")
                    .row(1, "BỘ CHỈ SỐ CCHC CẤP HUYỆN NĂM 2024")
                    .row(3, "Mã", "Tiêu chí", "Điểm chuẩn", "Phương pháp chấm", "Đơn vị phụ trách")
                    .row(4, 1, "Công tác chỉ đạo", 2, null, null)
                    .row(5, 1.1, "Kế hoạch", 1, "Không ban hành: 0 điểm; Ban hành: 1 điểm", "Phòng Nội vụ")
                    .row(6, 1.2, "Tuyên truyền", 1, null, "Phòng Văn hóa và Thông tin");
            return book.write(dir.resolve("phu-luc.xlsx"));
        }
    }

    private static CriterionNode node(CriteriaSet set, String code) {
        return set.node(code);
    }

    @Test
    void readsAProvincialAppendixIntoTheExpectedTree() throws IOException {
        CriteriaImport read = CriteriaWorkbookReader.read(appendix());
        CriteriaSet set = read.set();

        assertThat(read.sheet()).isEqualTo("PL01");
        assertThat(set.nodes()).extracting(CriterionNode::code)
                .containsExactly("I", "I.1", "I.1.1", "I.1.2", "I.2", "I.2.a", "I.2.b", "II", "II.1", "II.2");
        assertThat(set.roots()).extracting(CriterionNode::title)
                .containsExactly("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "CẢI CÁCH THỂ CHẾ");
        assertThat(set.nodes()).extracting(n -> n.maxPoints().toPlainString())
                .containsExactly("6", "3", "1.5", "1.5", "3", "1.5", "1.5", "4", "2", "2");
        assertThat(node(set, "I.1.1").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Ban hành đúng hạn", new BigDecimal("1.5")), new Level("Ban hành chậm", new BigDecimal("0.5")),
                new Level("Không ban hành", BigDecimal.ZERO))));
        assertThat(node(set, "I.1.1").evidenceRequired()).isEqualTo("Kế hoạch CCHC năm");
        assertThat(node(set, "I.1.2").rule()).isEqualTo(new ScoringRule.Ratio(new BigDecimal("0.7"), null));
        assertThat(node(set, "I.2.a").title()).isEqualTo("Báo cáo quý");
        assertThat(node(set, "I.2.a").rule()).isEqualTo(new ScoringRule.Deductions(new BigDecimal("0.5")));
        assertThat(node(set, "I.2.b").rule()).isEqualTo(ScoringRule.Manual.FREE);
        // The two "-" rows had no points: they are the outcomes of II.1, not criteria.
        assertThat(node(set, "II.1").isLeaf()).isTrue();
        assertThat(node(set, "II.1").guidance())
                .isEqualTo("- Ban hành đúng quy trình: 2 điểm\n- Không đúng quy trình: 0 điểm");
        assertThat(node(set, "II.1").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Ban hành đúng quy trình", BigDecimal.valueOf(2)),
                new Level("Không đúng quy trình", BigDecimal.ZERO))));
        assertThat(node(set, "II.2").rule()).isEqualTo(ScoringRule.Ratio.PLAIN);
        assertThat(node(set, "I").rule()).isEqualTo(new ScoringRule.Sum());
    }

    @Test
    void numberingThatRestartsInEachFieldKeepsTheProvincesCodeAsPrintedBesideTheKey() throws IOException {
        CriteriaSet set = CriteriaWorkbookReader.read(appendix()).set();

        assertThat(set.nodes()).extracting(CriterionNode::code, CriterionNode::shownCode).containsExactly(
                tuple("I", "I"), tuple("I.1", "1"), tuple("I.1.1", "1.1"), tuple("I.1.2", "1.2"), tuple("I.2", "2"),
                tuple("I.2.a", "2.a"), tuple("I.2.b", "2.b"), tuple("II", "II"), tuple("II.1", "1"),
                tuple("II.2", "2"));
        assertThat(node(set, "I").printedCode()).isEmpty();
        assertThat(CriteriaValidator.validate(set)).noneMatch(Problem::isError);
    }

    @Test
    void anImportedSetWhoseNumberingRestartsExportsAndImportsBackWithItsKeysAndPrintedCodes() throws IOException {
        CriteriaSet first = CriteriaWorkbookReader.read(appendix()).set();
        Path exported = dir.resolve("xuat.xlsx");
        CriteriaTemplateWriter.write(first, exported);

        CriteriaImport second = CriteriaWorkbookReader.read(exported);
        assertThat(second.errors()).isEmpty();
        assertThat(second.set().nodes()).extracting(CriterionNode::code, CriterionNode::printedCode)
                .containsExactlyElementsOf(first.nodes().stream()
                        .map(node -> tuple(node.code(), node.printedCode())).toList());
    }

    @Test
    void numberingThatDoesNotRestartPrintsTheKey() throws IOException {
        CriteriaSet set = CriteriaWorkbookReader.read(appendix(), "Cấp huyện", null).set();

        assertThat(set.nodes()).extracting(CriterionNode::code).containsExactly("1", "1.1", "1.2");
        assertThat(set.nodes()).allMatch(node -> node.printedCode().isEmpty());
    }

    @Test
    void guessesNameLevelYearAndDecisionFromTheTitleRows() throws IOException {
        CriteriaSet set = CriteriaWorkbookReader.read(appendix()).set();
        assertThat(set.name()).isEqualTo("BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2023");
        assertThat(set.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(set.year()).isEqualTo(2023);
        assertThat(set.decision().number()).isEqualTo("1675/QĐ-UBND");
        assertThat(set.decision().date()).isEqualTo(LocalDate.of(2022, 11, 16));
        assertThat(set.decision().issuer()).isEqualTo("UBND tỉnh Quảng Trị");
    }

    @Test
    void metadataGivenByTheUserWins() throws IOException {
        CriteriaSet set = CriteriaWorkbookReader.read(appendix(), null,
                new ImportMetadata("tinh-qt-2025", "Bộ tiêu chí Quảng Trị", UnitLevel.DISTRICT, 2025, "2")).set();
        assertThat(set.id()).isEqualTo("tinh-qt-2025");
        assertThat(set.name()).isEqualTo("Bộ tiêu chí Quảng Trị");
        assertThat(set.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(set.year()).isEqualTo(2025);
        assertThat(set.version()).isEqualTo("2");
    }

    @Test
    void eachNodeKnowsItsRowAndWhatItsRuleWasGuessedFrom() throws IOException {
        CriteriaImport read = CriteriaWorkbookReader.read(appendix());
        assertThat(read.rows()).extracting(ImportedRow::row).containsExactly(11, 12, 13, 14, 15, 16, 18, 22, 23, 26);
        assertThat(read.row("I.2.a").orElseThrow().printedCode()).isEqualTo("a)");
        assertThat(read.row("I.1.1").orElseThrow().printedCode()).isEqualTo("1.1");
        RuleGuess ratio = read.guess("I.1.2").orElseThrow();
        assertThat(ratio.source()).isEqualTo(RuleGuess.Source.GUIDANCE);
        assertThat(ratio.quote()).isEqualTo("tỷ lệ b/a; dưới 70% không tính điểm");
        assertThat(read.guess("I.2.a").orElseThrow().quote()).isEqualTo("Mỗi báo cáo chậm trừ 0,5 điểm");
        assertThat(read.guess("II.2").orElseThrow().quote()).isEqualTo("Tỷ lệ");
        assertThat(read.guess("I.2.b").orElseThrow().source()).isEqualTo(RuleGuess.Source.DEFAULT);
        assertThat(read.row(read.set().node("II.1")).orElseThrow().where()).isEqualTo("Trang tính PL01, dòng 23");
    }

    @Test
    void reportsTheHiddenRowAndNoErrors() throws IOException {
        CriteriaImport read = CriteriaWorkbookReader.read(appendix());
        assertThat(read.hasErrors()).as(read.problems().toString()).isFalse();
        assertThat(read.warnings()).extracting(Problem::where, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trang tính PL01", "domain.criteria.totalNot100"),
                org.assertj.core.groups.Tuple.tuple("Trang tính PL01, dòng 17", "criteriaimport.hiddenRowSkipped"),
                // The second sheet numbers from "1" again: another set, named and not read with the first.
                org.assertj.core.groups.Tuple.tuple("Trang tính Cấp huyện", "criteriasets.import.separateSet"));
    }

    @Test
    void listsTheVisibleSheetsAndReadsTheOneChosen() throws IOException {
        Path file = appendix();
        assertThat(CriteriaWorkbookReader.sheetNames(file)).containsExactly("PL01", "Cấp huyện");
        CriteriaImport read = CriteriaWorkbookReader.read(file, "Cấp huyện", ImportMetadata.NONE);
        CriteriaSet set = read.set();
        assertThat(read.sheets()).containsExactly("PL01", "Cấp huyện");
        assertThat(set.nodes()).extracting(CriterionNode::code).containsExactly("1", "1.1", "1.2");
        assertThat(set.level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(set.year()).isEqualTo(2024);
        assertThat(set.node("1.1").defaultDepartment()).isEqualTo("Phòng Nội vụ");
        assertThat(set.node("1.1").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Không ban hành", BigDecimal.ZERO), new Level("Ban hành", BigDecimal.ONE))));
        assertThat(read.problems()).extracting(Problem::messageKey).containsExactly("domain.criteria.totalNot100");
    }

    @Test
    void aSheetThatDoesNotExistIsRefusedNamingTheSheets() throws IOException {
        Path file = appendix();
        assertThatThrownBy(() -> CriteriaWorkbookReader.read(file, "PL09", ImportMetadata.NONE))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessage("Không có trang tính “PL09”. Các trang tính trong tệp: PL01, Cấp huyện.");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("bang.xlsx"), "không phải Excel");
        assertThatThrownBy(() -> CriteriaWorkbookReader.read(file))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessage("Tệp “bang.xlsx” không phải tệp Excel (.xlsx) hoặc đã bị hỏng.");
    }

    @Test
    void aWorkbookWithoutACriteriaTableIsRefused() throws IOException {
        Path file;
        try (SheetBuilder book = new SheetBuilder()) {
            file = book.sheet("Sheet1").row(1, "Danh sách cán bộ", "Chức vụ").write(dir.resolve("ds.xlsx"));
        }
        assertThatThrownBy(() -> CriteriaWorkbookReader.read(file))
                .isInstanceOf(CriteriaImportException.class)
                .hasMessageStartingWith("Không tìm thấy bảng tiêu chí trong tệp “ds.xlsx”");
    }

    @Test
    void withoutCodesTheTreeFollowsBoldType() throws IOException {
        Path file;
        try (SheetBuilder book = new SheetBuilder()) {
            file = book.sheet("Bảng")
                    .row(2, "Nội dung", "Điểm tối đa", "Hướng dẫn chấm điểm")
                    .row(3, "Công tác chỉ đạo", 3).bold(3, 0)
                    .row(4, "Kế hoạch CCHC", 2)
                    .row(5, "Báo cáo CCHC", 1)
                    .row(6, "Cải cách thể chế", 1).bold(6, 0)
                    .row(7, "Văn bản QPPL", 1)
                    .write(dir.resolve("khong-ma.xlsx"));
        }
        CriteriaImport read = CriteriaWorkbookReader.read(file);
        assertThat(read.set().nodes()).extracting(CriterionNode::code, CriterionNode::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", "Công tác chỉ đạo"),
                org.assertj.core.groups.Tuple.tuple("1.1", "Kế hoạch CCHC"),
                org.assertj.core.groups.Tuple.tuple("1.2", "Báo cáo CCHC"),
                org.assertj.core.groups.Tuple.tuple("2", "Cải cách thể chế"),
                org.assertj.core.groups.Tuple.tuple("2.1", "Văn bản QPPL"));
        assertThat(read.problems()).extracting(Problem::messageKey).contains("criteriaimport.noCodes");
        assertThat(read.hasErrors()).isFalse();
    }

    @Test
    void withoutCodesTheTreeFollowsIndent() throws IOException {
        Path file;
        try (SheetBuilder book = new SheetBuilder()) {
            file = book.sheet("Bảng")
                    .row(1, "Tiêu chí", "Điểm chuẩn")
                    .row(2, "Lĩnh vực một", 2)
                    .row(3, "Tiêu chí một", 2).indent(3, 0)
                    .row(4, "Lĩnh vực hai", 1)
                    .write(dir.resolve("thut-le.xlsx"));
        }
        assertThat(CriteriaWorkbookReader.read(file).set().nodes()).extracting(CriterionNode::code)
                .containsExactly("1", "1.1", "2");
    }
}
