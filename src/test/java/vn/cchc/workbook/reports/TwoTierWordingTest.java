package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.domain.ranking.RankingTitle;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.testdata.TwoTierWorkbooks;

/** Document wording follows the unit's kind and the year: phường, đặc khu, and rank titles of the two tiers. */
class TwoTierWordingTest {

    @Test
    void aWardAndASpecialZoneAreNamedByTheirKind() {
        assertThat(DocumentText.issuerName(AssessedUnit.of("Đông Hà", UnitKind.WARD, "UBND tỉnh Quảng Trị", "")))
                .isEqualTo("Ủy ban nhân dân phường Đông Hà");
        assertThat(DocumentText.unitInTitle(AssessedUnit.of("Cồn Cỏ", UnitKind.SPECIAL_ZONE, "", "")))
                .isEqualTo("đặc khu Cồn Cỏ");
        assertThat(DocumentText.place(AssessedUnit.of("đặc khu Cồn Cỏ", UnitKind.SPECIAL_ZONE, "", ""), ""))
                .isEqualTo("Cồn Cỏ");
        assertThat(DocumentText.unitInTitle(AssessedUnit.of("Hiền Thành", UnitKind.COMMUNE, "", "")))
                .isEqualTo("xã Hiền Thành");
    }

    @Test
    void aDepartmentDatesItsLettersWhereItsProvinceSits() {
        // Not "Sở Nội vụ, ngày …": a Sở's place is its province's, unless a place name was typed.
        assertThat(DocumentText.place(AssessedUnit.of("Sở Nội vụ", UnitKind.DEPARTMENT, "UBND tỉnh Quảng Trị", ""),
                "")).isEqualTo("Quảng Trị");
        assertThat(DocumentText.place(AssessedUnit.of("Sở Nội vụ", UnitKind.DEPARTMENT, "Ủy ban nhân dân thành phố Huế",
                ""), "")).isEqualTo("Huế");
        assertThat(DocumentText.place(AssessedUnit.of("Sở Nội vụ", UnitKind.DEPARTMENT, "UBND tỉnh Quảng Trị",
                "Đông Hà"), "")).isEqualTo("Đông Hà");
        // Without a parent nor a place name: a gap to write the place in, not "Sở Tư pháp, ngày …".
        assertThat(DocumentText.place(AssessedUnit.of("Sở Tư pháp", UnitKind.DEPARTMENT, "", ""), ""))
                .isEqualTo("……………");
        // A committee keeps its own name as its place.
        assertThat(DocumentText.place(AssessedUnit.of("Đông Hà", UnitKind.WARD, "UBND tỉnh Quảng Trị", ""), ""))
                .isEqualTo("Đông Hà");
    }

    @Test
    void rankingTitlesNameTheCommunesAsTheStructureOfTheirYearDid() {
        // Wards of a city in 2024 (old structure): not "đặc khu", which did not exist yet.
        Ranking wards = Ranking.of(new ArrayList<>(TwoTierWorkbooks.formerWards()), Bands.defaults());
        assertThat(RankingExporter.title(wards, ""))
                .isEqualTo("Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, phường, thị trấn năm 2024");
        Ranking communes = Ranking.of(List.of(BundledData.sampleAssessment()), Bands.defaults());
        assertThat(RankingExporter.title(communes, ""))
                .isEqualTo("Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, thị trấn 6 tháng đầu năm 2023");
        // A period given by the caller is printed as given; the units' data still names them.
        assertThat(RankingExporter.title(communes, "năm 2023"))
                .isEqualTo("Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, thị trấn năm 2023");
        Ranking merged = Ranking.of(List.of(TwoTierWorkbooks.mergedWard()), Bands.defaults());
        assertThat(RankingTitle.of(merged, "")).isEqualTo(new RankingTitle(
                "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, phường, đặc khu 6 tháng đầu năm 2025", ""));
    }

    @Test
    void aRankingOfUnitsOfBothStructuresNamesBothAndSaysThePeriodsDiffer() {
        Ranking mixed = Ranking.of(List.of(TwoTierWorkbooks.mergedWard(), BundledData.sampleAssessment()),
                Bands.defaults());
        assertThat(RankingTitle.of(mixed, "")).isEqualTo(new RankingTitle(
                "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, phường, thị trấn, đặc khu",
                "(các đơn vị thuộc các kỳ đánh giá khác nhau: 6 tháng đầu năm 2023, 6 tháng đầu năm 2025)"));
    }

    @Test
    void districtsAndDepartmentsKeepTheNameOfTheirLevel() {
        Ranking districts = Ranking.of(List.of(TwoTierWorkbooks.district2023()), Bands.defaults());
        assertThat(RankingTitle.of(districts, "")).isEqualTo(new RankingTitle(
                "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các huyện, thị xã, thành phố năm 2023", ""));
    }
}
