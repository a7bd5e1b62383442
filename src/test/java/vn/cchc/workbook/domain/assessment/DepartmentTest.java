package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a narrow column shows of a department: its short name, else its name without the word of rank. */
class DepartmentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Công chức Văn phòng - Thống kê        | ''     | Văn phòng - Thống kê",
        "công chức Tư pháp - Hộ tịch           | ''     | Tư pháp - Hộ tịch",
        "Phòng Nội vụ                          | ''     | Nội vụ",
        "Bộ phận Tiếp nhận và Trả kết quả      | ''     | Tiếp nhận và Trả kết quả",
        "Cán bộ, công chức xã                  | ''     | Cán bộ, công chức xã",
        "Công an xã                            | ''     | Công an xã",
        "Công chức                             | ''     | Công chức",
        "Phòng                                 | ''     | Phòng",
        "Công chức Văn phòng - Thống kê        | VP-TK  | VP-TK"
    })
    void aNarrowColumnShowsTheShortNameElseTheNameWithoutItsWordOfRank(String name, String shortName, String shown) {
        Department department = new Department("d", name, shortName);

        assertThat(department.shownName()).isEqualTo(shown);
        // Documents and exports print the name as typed.
        assertThat(department.name()).isEqualTo(name);
    }
}
