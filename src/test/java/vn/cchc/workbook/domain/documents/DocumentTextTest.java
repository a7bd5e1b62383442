package vn.cchc.workbook.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.document.HeaderBlock;

class DocumentTextTest {

    @ParameterizedTest
    @CsvSource({
        "2023-09-06, 'Hiền Thành, ngày 06 tháng 9 năm 2023'",
        "2023-02-15, 'Hiền Thành, ngày 15 tháng 02 năm 2023'",
        "2024-01-01, 'Hiền Thành, ngày 01 tháng 01 năm 2024'",
        "2023-12-31, 'Hiền Thành, ngày 31 tháng 12 năm 2023'",
        "2023-03-10, 'Hiền Thành, ngày 10 tháng 3 năm 2023'"})
    void placeDateLineTakesLeadingZerosForDaysBelowTenAndJanuaryAndFebruary(LocalDate date, String expected) {
        assertThat(DocumentText.placeDateLine("Hiền Thành", date)).isEqualTo(expected);
    }

    @Test
    void referenceLineNamesWhatWasTypedAndIsLeftOutWhenNothingWas() {
        assertThat(DocumentText.referenceLine(new DocumentReference("Công văn", "103/UBND",
                LocalDate.of(2023, 9, 6), "UBND xã Hiền Thành")))
                .isEqualTo("(Kèm theo Công văn số 103/UBND ngày 06/9/2023 của UBND xã Hiền Thành)");
        assertThat(DocumentText.referenceLine(new DocumentReference("Báo cáo", "52/BC-UBND", null, "")))
                .isEqualTo("(Kèm theo Báo cáo số 52/BC-UBND)");
        assertThat(DocumentText.referenceLine(new DocumentReference("", "", LocalDate.of(2023, 2, 20), "")))
                .isEqualTo("(Kèm theo Công văn ngày 20/02/2023)");
        assertThat(DocumentText.referenceLine(new DocumentReference("Báo cáo", "", null, " "))).isEmpty();
        assertThat(DocumentText.referenceLine(DocumentReference.NONE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Hiền Thành, xa, xã Hiền Thành, ỦY BAN NHÂN DÂN XÃ HIỀN THÀNH",
        "UBND xã Hiền Thành, xa, xã Hiền Thành, ỦY BAN NHÂN DÂN XÃ HIỀN THÀNH",
        "thị trấn Hồ Xá, xa, thị trấn Hồ Xá, ỦY BAN NHÂN DÂN THỊ TRẤN HỒ XÁ",
        "Vĩnh Linh, huyen, huyện Vĩnh Linh, ỦY BAN NHÂN DÂN HUYỆN VĨNH LINH",
        "Sở Nội vụ, so-nganh, Sở Nội vụ, SỞ NỘI VỤ"})
    void unitIsNamedWithItsLevelInTitlesAndAsACommitteeInTheHeader(String name, String level, String inTitle,
                                                                    String header) {
        AssessedUnit unit = new AssessedUnit(name, UnitLevel.fromId(level).orElseThrow(), "", "");
        assertThat(DocumentText.unitInTitle(unit)).isEqualTo(inTitle);
        assertThat(String.join(" ", HeaderBlock.of(unit).unitLines())).isEqualTo(header);
    }

    @Test
    void placeFallsBackFromTypedToThePlaceNameToTheBareUnitName() {
        AssessedUnit unit = new AssessedUnit("UBND xã Hiền Thành", UnitLevel.COMMUNE, "", "");
        assertThat(DocumentText.place(unit, "Vĩnh Linh")).isEqualTo("Vĩnh Linh");
        assertThat(DocumentText.place(unit, " ")).isEqualTo("Hiền Thành");
        assertThat(DocumentText.place(new AssessedUnit("X", UnitLevel.COMMUNE, "", "Gio Linh"), null))
                .isEqualTo("Gio Linh");
    }

    @Test
    void aSummaryIsTheFirstSentenceCutAtAWholeWord() {
        assertThat(DocumentText.summary("Chậm 01 văn bản. Đề nghị khắc phục.", 200)).isEqualTo("Chậm 01 văn bản.");
        assertThat(DocumentText.summary("  Không có   sáng kiến  ", 200)).isEqualTo("Không có sáng kiến");
        String cut = DocumentText.summary("Đơn vị chưa cung cấp đầy đủ tài liệu kiểm chứng theo quy định", 30);
        assertThat(cut).isEqualTo("Đơn vị chưa cung cấp đầy đủ…").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void periodsAndAppendixHeadings() {
        assertThat(DocumentText.periodText(Period.FIRST_HALF, 2023)).isEqualTo("6 tháng đầu năm 2023");
        assertThat(DocumentText.periodText(Period.FULL_YEAR, 2023)).isEqualTo("năm 2023");
        assertThat(DocumentText.periodText(Period.other("9 tháng"), 2023)).isEqualTo("9 tháng năm 2023");
        assertThat(DocumentText.periodText(Period.other("Quý III/2023"), 2023)).isEqualTo("Quý III/2023");
        assertThat(DocumentText.appendixHeading(0, 1)).isEqualTo("PHỤ LỤC");
        assertThat(DocumentText.appendixHeading(3, 5)).isEqualTo("PHỤ LỤC IV");
        assertThat(DocumentText.shortDate(LocalDate.of(2023, 10, 31))).isEqualTo("31/10/2023");
    }
}
