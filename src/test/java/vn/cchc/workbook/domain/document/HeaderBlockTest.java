package vn.cchc.workbook.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.criteria.UnitLevel;

class HeaderBlockTest {

    @Test
    void aCommunesPeoplesCommitteePrintsNoParentLineAsSeeds000And003Do() {
        AssessedUnit unit = new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", "");
        HeaderBlock block = HeaderBlock.of(unit);
        assertThat(block.parentLine()).isEmpty();
        assertThat(block.lines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ HIỀN THÀNH");
    }

    @Test
    void anAgencyPrintsItsParentInCapitalsAboveItself() {
        AssessedUnit unit = new AssessedUnit("Sở Nội vụ", UnitLevel.DEPARTMENT, "UBND tỉnh Quảng Trị", "");
        assertThat(HeaderBlock.of(unit).lines()).containsExactly("UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ");
    }

    @ParameterizedTest
    @CsvSource({
        "xa, theo-loai, false",
        "huyen, theo-loai, false",
        "tinh, theo-loai, false",
        "so-nganh, theo-loai, true",
        "xa, in, true",
        "so-nganh, khong-in, false"})
    void theWorkbooksChoiceOverridesTheDefaultOfTheUnitsKind(String level, String choice, boolean printed) {
        AssessedUnit unit = new AssessedUnit("Vĩnh Linh", UnitLevel.fromId(level).orElseThrow(), "UBND tỉnh Quảng Trị",
                "", ParentLine.fromId(choice).orElseThrow());
        assertThat(HeaderBlock.of(unit).parentLine()).isEqualTo(printed ? "UBND TỈNH QUẢNG TRỊ" : "");
    }

    @Test
    void noParentLineWhenNoneIsRecordedEvenIfChosen() {
        AssessedUnit unit = new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "", "", ParentLine.SHOWN);
        assertThat(HeaderBlock.of(unit).lines()).containsExactly("ỦY BAN NHÂN DÂN", "XÃ HIỀN THÀNH");
    }

    @Test
    void anOfficeIsHeadedByItsAuthorityAndAnAuthorityAloneIsTheUnit() {
        assertThat(HeaderBlock.ofOffice("UBND huyện Vĩnh Linh", "Phòng Nội vụ"))
                .isEqualTo(new HeaderBlock("UBND HUYỆN VĨNH LINH", List.of("PHÒNG NỘI VỤ")));
        assertThat(HeaderBlock.ofOffice("UBND huyện Vĩnh Linh", " "))
                .isEqualTo(new HeaderBlock("", List.of("UBND HUYỆN VĨNH LINH")));
    }
}
