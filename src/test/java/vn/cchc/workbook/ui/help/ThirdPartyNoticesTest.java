package vn.cchc.workbook.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The About box names the program's licence and every shipped library with its own. */
class ThirdPartyNoticesTest {

    @Test
    void theListNamesTheProgramsLicenceAndTheLibrariesWithTheirs() {
        String text = ThirdPartyNotices.text();

        assertThat(text).startsWith("Sổ chấm điểm CCHC được phát hành theo Giấy phép Apache 2.0");
        assertThat(text).contains("(MPL 2.0) H2 Database Engine")
                .contains("(GPLv2+CE) javafx controls")
                .contains("Apache POI")
                .contains("(The 3-Clause BSD License) ControlsFX")
                .contains("(MIT License) atlantafx-base")
                .doesNotContain("junit");
    }

    @Test
    void everyLibraryWithoutItsOwnLicenceFileHasItsTextShipped() {
        for (String file : new String[] {"GPL-2.0-with-Classpath-exception.txt", "MPL-2.0.txt", "Apache-2.0.txt",
                "MIT-AtlantaFX.txt", "BSD-3-Clause-curvesapi.txt"}) {
            assertThat(ThirdPartyNotices.class.getResource("/META-INF/third-party/licenses/" + file)).as(file)
                    .isNotNull();
        }
        assertThat(ThirdPartyNotices.class.getResource("/META-INF/third-party/poi-jar/META-INF/NOTICE")).isNotNull();
    }
}
