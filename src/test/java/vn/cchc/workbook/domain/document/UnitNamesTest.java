package vn.cchc.workbook.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** How a unit is named as the issuer of the letter an export is attached to. */
class UnitNamesTest {

    /** Seen in the export dialog: "Kèm theo Công văn … của Cam Lộ" for the commune Cam Lộ. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cam Lộ               | xa           | UBND xã Cam Lộ
            UBND xã Hiền Thành   | xa           | UBND xã Hiền Thành
            phường Đông Hà       | phuong       | UBND phường Đông Hà
            Phường Ba Đình       | phuong       | UBND phường Ba Đình
            UBND Thị trấn Cửa Việt | thi-tran   | UBND thị trấn Cửa Việt
            Cồn Cỏ               | dac-khu      | UBND đặc khu Cồn Cỏ
            Sở Nội vụ            | so-ban-nganh | Sở Nội vụ
            """)
    void theIssuerIsTheCommitteeOrTheAgency(String name, String kind, String expected) {
        AssessedUnit unit = AssessedUnit.of(name, UnitKind.fromId(kind).orElseThrow(), "UBND tỉnh Quảng Trị", "");
        assertThat(UnitNames.asIssuer(unit)).isEqualTo(expected);
    }

    @Test
    void theKindNamedByANamesFirstWord() {
        assertThat(UnitNames.kindNamedIn("Phường Ba Đình", UnitLevel.COMMUNE))
                .contains(UnitKind.WARD);
        assertThat(UnitNames.kindNamedIn("  UBND thị trấn Cửa Việt", UnitLevel.COMMUNE))
                .contains(UnitKind.TOWNSHIP);
        assertThat(UnitNames.kindNamedIn("Thị xã Quảng Trị", UnitLevel.COMMUNE)).isEmpty();
        assertThat(UnitNames.kindNamedIn("Xãm Ngọc", UnitLevel.COMMUNE)).isEmpty();
        assertThat(UnitNames.kindNamedIn("Hiền Thành", UnitLevel.COMMUNE)).isEmpty();
        assertThat(UnitNames.kindNamedIn("Sở Nội vụ", UnitLevel.DEPARTMENT)).contains(UnitKind.DEPARTMENT);
        assertThat(UnitNames.kindNamedIn("Sở Nội vụ", UnitLevel.COMMUNE)).isEmpty();
        assertThat(UnitNames.kindNamedIn("huyện Vĩnh Linh", UnitLevel.DISTRICT))
                .contains(UnitKind.DISTRICT);
    }

    @Test
    void theKindOfAnyLevelNamedByANamesFirstWord() {
        assertThat(UnitNames.kindNamed("Sở Tư pháp")).contains(UnitKind.DEPARTMENT);
        assertThat(UnitNames.kindNamed("sở Nội vụ tỉnh Quảng Trị")).contains(UnitKind.DEPARTMENT);
        assertThat(UnitNames.kindNamed("UBND tỉnh Quảng Trị")).contains(UnitKind.PROVINCE);
        assertThat(UnitNames.kindNamed("Phường Ba Đình")).contains(UnitKind.WARD);
        assertThat(UnitNames.kindNamed("Huyện Vĩnh Linh")).contains(UnitKind.DISTRICT);
        assertThat(UnitNames.kindNamed("Sơn Thủy")).isEmpty();
        assertThat(UnitNames.kindNamed("Ban Công")).isEmpty();
        assertThat(UnitNames.kindNamed("Thành phố Huế")).isEmpty();
        assertThat(UnitNames.kindNamed("Sở")).isEmpty();
    }
}
