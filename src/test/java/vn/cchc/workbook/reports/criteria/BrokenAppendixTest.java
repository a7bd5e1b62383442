package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.Problem;

/** Each mistake a real appendix makes is reported at its sheet and row, and only there. */
class BrokenAppendixTest {

    @TempDir
    Path dir;

    /** Title above, header on row 3, then the given rows from row 4 on the sheet "Phụ lục 2". */
    private CriteriaImport read(Object[]... rows) throws IOException {
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("Ghi chú").row(1, "Tệp gửi kèm công văn");
            book.sheet("Phụ lục 2").row(1, "BỘ TIÊU CHÍ CẤP XÃ NĂM 2023")
                    .row(3, "STT", "Nội dung", "Điểm tối đa");
            for (int i = 0; i < rows.length; i++) {
                book.row(4 + i, rows[i]);
            }
            return CriteriaWorkbookReader.read(book.write(dir.resolve("pl.xlsx")));
        }
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static final Object[] FIELD = {"1", "Công tác chỉ đạo", 3};

    @Test
    void childrenNotAddingUpToTheParent() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", "1,5"), row("1.2", "Báo cáo", 1));
        assertThat(read.errors()).extracting(Problem::where, Problem::messageKey, Problem::message)
                .containsExactly(tuple("Trang tính Phụ lục 2, dòng 4", "criteriaimport.childrenSum",
                        "Tổng điểm các mục con của “1” là 2,50, khác điểm tối đa 3,00."));
    }

    @Test
    void missingPoints() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", 2), row("1.2", "Báo cáo"), row("1.3", "Khác", 1));
        assertThat(read.errors()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("Trang tính Phụ lục 2, dòng 6", "Tiêu chí “1.2” thiếu điểm tối đa."));
    }

    @Test
    void unreadablePoints() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", "hai"), row("1.2", "Báo cáo", 2));
        // Only there: not again as "Tổng điểm các mục con của “1” là 2,00…" on the lĩnh vực's row.
        assertThat(read.errors()).extracting(Problem::where, Problem::messageKey).containsExactly(
                tuple("Trang tính Phụ lục 2, dòng 5", "criteriaimport.pointsUnreadable"));
    }

    /**
     * A maximum of 1E+308 (typed, or pasted from another workbook) was refused on its row, and then again on its
     * parent's as a sum of three hundred digits: "Tổng điểm các mục con của “1” là 1000000000000…".
     */
    @Test
    void pointsTooLargeAreReportedOnTheirRowOnly() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", 1e308), row("1.2", "Báo cáo", 1));
        assertThat(read.errors()).extracting(Problem::where, Problem::message).singleElement()
                .satisfies(error -> {
                    assertThat(error.toList().get(0)).isEqualTo("Trang tính Phụ lục 2, dòng 5");
                    assertThat((String) error.toList().get(1)).contains("quá lớn");
                });
    }

    /**
     * Maxima typed as formulas and saved by a program that does not compute them (no value in the file): POI reads
     * such a cell as 0, so a leaf's "=2*0,5" was 0,00 without a word and a parent's "=SUM(…)" failed its sum.
     */
    @Test
    void formulasSavedWithoutTheirValuesAreNamedNotReadAsZero() throws IOException {
        CriteriaImport read = read(row("1", "Công tác chỉ đạo", new SheetBuilder.Uncomputed("SUM(C5:C6)")),
                row("1.1", "Kế hoạch", new SheetBuilder.Uncomputed("[1]Sheet1!A1*2")), row("1.2", "Báo cáo", 1));
        assertThat(read.errors()).extracting(Problem::where, Problem::message).containsExactly(tuple(
                "Trang tính Phụ lục 2, dòng 5", "Điểm tối đa của tiêu chí “1.1” là công thức chưa có giá trị tính "
                        + "sẵn (=[1]Sheet1!A1*2); chương trình không tự tính công thức. Hãy mở tệp bằng Excel, lưu "
                        + "lại rồi nhập lại, hoặc gõ số điểm vào ô."));
        assertThat(read.warnings()).extracting(Problem::where, Problem::messageKey)
                .contains(tuple("Trang tính Phụ lục 2, dòng 4", "criteriaimport.formulaFromChildren"));
    }

    @Test
    void aParentWithoutPointsTakesItsChildrensSumWithAWarning() throws IOException {
        CriteriaImport read = read(row("1", "Công tác chỉ đạo"), row("1.1", "Kế hoạch", 2), row("1.2", "Báo cáo", 1));
        assertThat(read.hasErrors()).isFalse();
        assertThat(read.set().node("1").maxPoints()).isEqualByComparingTo("3");
        assertThat(read.warnings()).extracting(Problem::where, Problem::messageKey).contains(
                tuple("Trang tính Phụ lục 2, dòng 4", "criteriaimport.pointsFromChildren"));
    }

    @Test
    void aDuplicateCode() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", 2), row("1.1", "Báo cáo", 1));
        assertThat(read.errors()).extracting(Problem::where, Problem::message).containsExactly(
                tuple("Trang tính Phụ lục 2, dòng 6", "Mã “1.1” trùng với mã ở dòng 5."));
    }

    @Test
    void aCodeOutOfOrder() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", 2), row("1.3", "Báo cáo", 1));
        assertThat(read.hasErrors()).isFalse();
        assertThat(read.warnings()).extracting(Problem::where, Problem::message).contains(
                tuple("Trang tính Phụ lục 2, dòng 6", "Mã “1.3” không đúng thứ tự: sau “1.1” lẽ ra là mục “2”."));
    }

    @Test
    void aCodeWhoseParentIsMissingGoesUnderTheNearestOne() throws IOException {
        CriteriaImport read = read(FIELD, row("1.1", "Kế hoạch", 2), row("1.2.1", "Báo cáo", 1));
        assertThat(read.set().node("1").children()).extracting(n -> n.code()).containsExactly("1.1", "1.2.1");
        assertThat(read.warnings()).extracting(Problem::where, Problem::messageKey).contains(
                tuple("Trang tính Phụ lục 2, dòng 6", "criteriaimport.parentMissing"));
    }

    @Test
    void aTotalThatDoesNotMatchTheFields() throws IOException {
        CriteriaImport read = read(row("1", "Công tác chỉ đạo", 60), row("2", "Thể chế", 40),
                row("", "Tổng điểm", 90));
        assertThat(read.hasErrors()).isFalse();
        assertThat(read.warnings()).extracting(Problem::where, Problem::message).containsExactly(
                // The workbook's notes sheet holds no table: it is named as skipped.
                tuple("Trang tính Ghi chú", "Trang tính “Ghi chú” không có bảng tiêu chí; đã bỏ qua."),
                tuple("Trang tính Phụ lục 2, dòng 6", "Dòng tổng ghi 90,00 điểm, nhưng cộng các lĩnh vực được 100,00 điểm."));
    }

    @Test
    void aRuleThatDoesNotFitIsReportedAtItsRow() throws IOException {
        try (SheetBuilder book = new SheetBuilder()) {
            book.sheet("PL").row(1, "STT", "Nội dung", "Điểm tối đa", "Cách chấm")
                    .row(2, "1", "Kế hoạch", 1, "Chọn mức: Đúng hạn: 2; Chậm: 0,5");
            CriteriaImport read = CriteriaWorkbookReader.read(book.write(dir.resolve("r.xlsx")));
            assertThat(read.errors()).extracting(Problem::where, Problem::messageKey).containsExactly(
                    tuple("Trang tính PL, dòng 2", "domain.criteria.levelOutOfRange"));
        }
    }
}
