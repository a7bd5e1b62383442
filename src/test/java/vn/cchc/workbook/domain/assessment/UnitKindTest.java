package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;

/** Unit kinds of the two-tier structure and the defaults that follow from the kind and the year. */
class UnitKindTest {

    @Test
    void districtsAndTownshipsAreOfferedOnlyBefore2025() {
        assertThat(UnitKind.offeredFor(2024)).contains(UnitKind.DISTRICT, UnitKind.TOWNSHIP, UnitKind.COMMUNE);
        assertThat(UnitKind.offeredFor(2025)).containsExactly(UnitKind.COMMUNE, UnitKind.WARD,
                UnitKind.SPECIAL_ZONE, UnitKind.DEPARTMENT, UnitKind.PROVINCE);
        assertThat(Messages.get(UnitKind.DISTRICT.messageKey())).isEqualTo("Huyện (trước 7/2025)");
        assertThat(Messages.get(UnitLevel.DISTRICT.messageKey())).isEqualTo("cấp huyện (trước 7/2025)");
    }

    @Test
    void wardsAndSpecialZonesAreCommunesScoredAgainstTheCommuneSet() {
        assertThat(UnitKind.WARD.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(UnitKind.SPECIAL_ZONE.level()).isEqualTo(UnitLevel.COMMUNE);
        AssessedUnit old = new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", "");
        assertThat(old.kind()).isEqualTo(UnitKind.COMMUNE);
        assertThatThrownBy(() -> new AssessedUnit("Sở Nội vụ", UnitLevel.DEPARTMENT, "", "", UnitKind.WARD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommuneOf2025ReportsToTheProvinceAndOf2023ToItsDistrict() {
        UnitDefaults today = UnitDefaults.of(UnitKind.WARD, 2025, "Đông Hà", "Quảng Trị", "");
        assertThat(today.parentAuthority()).isEqualTo("UBND tỉnh Quảng Trị");
        assertThat(today.appraisingBody()).isEqualTo("Sở Nội vụ tỉnh Quảng Trị");
        assertThat(today.issuingUnit()).isEqualTo("Ủy ban nhân dân phường Đông Hà");
        assertThat(today.peers()).isEqualTo("xã, phường, đặc khu");

        UnitDefaults before = UnitDefaults.of(UnitKind.COMMUNE, 2023, "Hiền Thành", "Quảng Trị", "Vĩnh Linh");
        assertThat(before.parentAuthority()).isEqualTo("UBND huyện Vĩnh Linh");
        assertThat(before.appraisingBody()).isEqualTo("Phòng Nội vụ huyện Vĩnh Linh");
        assertThat(before.peers()).isEqualTo("xã, thị trấn");
    }

    @Test
    void departmentsAndSpecialZonesAndProvinces() {
        UnitDefaults department = UnitDefaults.of(UnitKind.DEPARTMENT, 2025, "Sở Tư pháp", "Quảng Trị", "");
        assertThat(department.parentAuthority()).isEqualTo("UBND tỉnh Quảng Trị");
        assertThat(department.issuingUnit()).isEqualTo("Sở Tư pháp");
        assertThat(UnitDefaults.of(UnitKind.SPECIAL_ZONE, 2025, "Cồn Cỏ", "Quảng Trị", "").issuingUnit())
                .isEqualTo("Ủy ban nhân dân đặc khu Cồn Cỏ");
        UnitDefaults province = UnitDefaults.of(UnitKind.PROVINCE, 2025, "Quảng Trị", "", "");
        assertThat(province.parentAuthority()).isEmpty();
        assertThat(province.appraisingBody()).isEqualTo("Bộ Nội vụ");
    }

    @Test
    void aDepartmentNamedForAXaIsNamedForTheUnitsOwnKind() {
        assertThat(UnitKind.WARD.ownWording("Công an xã")).isEqualTo("Công an phường");
        assertThat(UnitKind.SPECIAL_ZONE.ownWording("Cán bộ, công chức xã")).isEqualTo("Cán bộ, công chức đặc khu");
        assertThat(UnitKind.TOWNSHIP.ownWording("Đài truyền thanh xã")).isEqualTo("Đài truyền thanh thị trấn");
        assertThat(UnitKind.WARD.ownWording("Công chức Văn hóa - Xã hội")).isEqualTo("Công chức Văn hóa - Xã hội");
        assertThat(UnitKind.COMMUNE.ownWording("Công an xã")).isEqualTo("Công an xã");
        assertThat(UnitKind.DEPARTMENT.ownWording("Văn phòng Sở")).isEqualTo("Văn phòng Sở");
    }
}
